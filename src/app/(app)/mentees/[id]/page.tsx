import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CheckInForm } from "@/components/check-in-form";
import Link from "@/components/link";
import { Panel } from "@/components/panel";
import { Reveal } from "@/components/reveal";
import { SendResourceForm } from "@/components/send-resource-form";
import { TheirTime } from "@/components/their-time";
import { Timeline } from "@/components/timeline";
import { menteeStageLabel, SESSION_STAGES, sessionStatus } from "@/domain/mentee-stages";
import { isKnownTimeZone } from "@/domain/time-zone";
import { requireUser } from "@/server/auth/session";
import { dayFormatter } from "@/server/locale";
import { getMenteePage, menteeOptions } from "@/server/mentees/mentees.queries";
import { listResources } from "@/server/resources/resources.queries";
import { workingHoursOf } from "@/server/settings/settings.queries";
import { SessionBadge } from "../session-badge";
import { IntroduceForm } from "./introduce-form";
import { MenteeDetails } from "./mentee-details";
import { MenteeValueForm, MenteeWinForm, StageForm } from "./mentee-forms";

export const metadata: Metadata = { title: "Mentee" };

export default async function MenteePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const [data, formatDay, resources, mentees] = await Promise.all([
    getMenteePage(user, id),
    dayFormatter(),
    listResources(user.id),
    menteeOptions(user.id),
  ]);
  if (!data) notFound();
  const { mentee, timeline, today } = data;
  const you = mentee.timeZone && isKnownTimeZone(mentee.timeZone) ? await workingHoursOf(user) : null;
  const holdsSessions = SESSION_STAGES.includes(mentee.stage);
  return (
    <article className="space-y-8">
      <Link href="/mentees" className="text-sm text-brand-700 hover:underline dark:text-brand-100">
        ← Mentoring
      </Link>
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{mentee.name}</h1>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {[menteeStageLabel(mentee.stage), mentee.headline, mentee.organisation].filter(Boolean).join(" · ")}
          </p>
        </div>
        <StageForm id={mentee.id} stage={mentee.stage} />
      </header>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-8">
          <Panel aria-labelledby="goals">
            <h2 id="goals" className="mb-1 text-lg font-semibold">
              Their goals
            </h2>
            <p className="whitespace-pre-line text-sm">
              {mentee.goals || "Not written down yet: ask them what they want from this, and note it in their details."}
            </p>
          </Panel>
          <Panel aria-labelledby="sessions" className="space-y-3">
            <h2 id="sessions" className="text-lg font-semibold">
              Sessions
            </h2>
            <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="next-session">
              <span className="text-zinc-600 dark:text-zinc-400">Next session</span>
              <strong>{mentee.nextSessionOn ? formatDay(mentee.nextSessionOn) : "none set"}</strong>
              <SessionBadge status={sessionStatus(mentee.nextSessionOn, today, mentee.stage)} />
            </p>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              {data.sessions} {data.sessions === 1 ? "session" : "sessions"} held
              {mentee.lastSessionOn ? `, the last on ${formatDay(mentee.lastSessionOn)}` : ""}.
            </p>
            <Reveal label="Log a session" variant={holdsSessions ? "primary" : "secondary"}>
              <CheckInForm menteeId={mentee.id} mentorName={mentee.name} today={today} />
            </Reveal>
          </Panel>
          <Timeline entries={timeline} today={today} />
        </div>
        <aside className="space-y-8">
          {you && mentee.timeZone ? (
            <Panel>
              <TheirTime
                name={mentee.name}
                you={you}
                them={{ zone: mentee.timeZone, startHour: mentee.workStartHour, endHour: mentee.workEndHour }}
              />
            </Panel>
          ) : null}
          <Panel aria-labelledby="taught-back" className="space-y-3">
            <h2 id="taught-back" className="text-lg font-semibold">
              What they teach back
            </h2>
            <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="mentee-value">
              They taught you {data.taughtBack} {data.taughtBack === 1 ? "thing" : "things"}; you gave {data.gave}{" "}
              beyond the sessions.
            </p>
            <Reveal label="Log value exchanged">
              <MenteeValueForm menteeId={mentee.id} today={today} />
            </Reveal>
            <SendResourceForm to={{ menteeId: mentee.id }} name={mentee.name} resources={resources} />
            <IntroduceForm menteeId={mentee.id} name={mentee.name} others={mentees.filter((m) => m.id !== mentee.id)} />
          </Panel>
          <Panel aria-labelledby="their-wins" className="space-y-3">
            <h2 id="their-wins" className="text-lg font-semibold">
              Their wins
            </h2>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              {data.wins ? `${data.wins} so far, on the timeline.` : "None logged yet."} What they achieve is your
              mentoring's impact too.
            </p>
            <Reveal label="Log a win of theirs">
              <MenteeWinForm menteeId={mentee.id} today={today} />
            </Reveal>
          </Panel>
          <Panel aria-labelledby="details" className="space-y-3">
            <h2 id="details" className="text-lg font-semibold">
              Details
            </h2>
            <MenteeDetails mentee={mentee} />
          </Panel>
        </aside>
      </div>
    </article>
  );
}
