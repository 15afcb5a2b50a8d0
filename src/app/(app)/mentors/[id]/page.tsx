import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CheckInForm } from "@/components/check-in-form";
import Link from "@/components/link";
import { Markdown } from "@/components/markdown";
import { WaitingHere } from "@/components/offline/waiting-here";
import { Panel } from "@/components/panel";
import { Reveal } from "@/components/reveal";
import { RhythmBadge } from "@/components/rhythm-badge";
import { TheirTime } from "@/components/their-time";
import { Timeline } from "@/components/timeline";
import { stagePhase } from "@/domain/stages";
import { isKnownTimeZone } from "@/domain/time-zone";
import { requireUser } from "@/server/auth/session";
import { dayFormatter } from "@/server/locale";
import { getMentorPage } from "@/server/mentors/mentors.detail.queries";
import { workingHoursOf } from "@/server/settings/settings.queries";
import { AddNote } from "./add-note";
import { Brief } from "./brief";
import { MentorActions } from "./mentor-actions";
import { NextStep } from "./next-step";
import { ProfileCard } from "./profile-card";
import { RelationshipPanel } from "./relationship-panel";
import { ValuePanel } from "./value-panel";
import { WarmPaths } from "./warm-paths";

export const metadata: Metadata = { title: "Mentor" };

export default async function MentorPage({ params }: { params: Promise<{ id: string }> }) {
  const formatDayLong = await dayFormatter();
  const user = await requireUser();
  const { id } = await params;
  const data = await getMentorPage(user, id);
  if (!data) notFound();
  const { mentor, value, timeline, allGapAreas, today, brief, wins } = data;
  const phase = stagePhase(mentor.stage);
  // Only a mentor with a time zone has hours to share: the page reads the user's own then.
  const you = mentor.timeZone && isKnownTimeZone(mentor.timeZone) ? await workingHoursOf(user) : null;
  const checkInPanel = (
    <Panel aria-labelledby="log-check-in">
      <h2 id="log-check-in" className="mb-1 text-lg font-semibold">
        Check-ins
      </h2>
      <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
        Logging a conversation resets the clock: the next check-in moves to its date plus the cadence.
      </p>
      <Reveal label="Log a check-in" variant={phase === "relationship" ? "primary" : "secondary"}>
        <CheckInForm mentorId={mentor.id} mentorName={mentor.name} today={today} />
      </Reveal>
    </Panel>
  );
  return (
    <article className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Link href="/mentors" className="text-sm text-brand-700 dark:text-brand-100 hover:underline">
          ← Mentors
        </Link>
        <MentorActions
          id={mentor.id}
          name={mentor.name}
          archived={!!mentor.archivedAt}
          outreachNotes={phase === "relationship"}
        />
      </div>
      {phase === "relationship" ? (
        // On a phone the relationship panel is far down: its most-asked fact comes first.
        <p className="flex flex-wrap items-center gap-2 text-sm lg:hidden" data-testid="next-check-in-top">
          <span className="text-zinc-600 dark:text-zinc-400">Next check-in</span>
          <strong>{mentor.nextCheckInOn ? formatDayLong(mentor.nextCheckInOn) : "none set"}</strong>
          <RhythmBadge nextCheckIn={mentor.nextCheckInOn} today={today} stage={mentor.stage} />
        </p>
      ) : null}
      {mentor.archivedAt ? (
        <p className="rounded-md bg-zinc-100 p-3 text-sm dark:bg-zinc-800">
          Archived: hidden from the list, the map and reminders until you unarchive.
        </p>
      ) : null}
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-8">
          <ProfileCard mentor={mentor} notes={mentor.notes ? <Markdown>{mentor.notes}</Markdown> : null} />
          {you ? (
            <TheirTime
              name={mentor.name}
              you={you}
              them={{ zone: mentor.timeZone, startHour: mentor.workStartHour, endHour: mentor.workEndHour }}
            />
          ) : null}
          <WaitingHere mentorId={mentor.id} />
          <AddNote mentorId={mentor.id} name={mentor.name} today={today} />
          {/* The page follows the stage: the one next step of the pipeline first, or the brief and check-ins of a relationship. */}
          {phase === "relationship" ? (
            <>
              {brief ? <Brief brief={brief} name={mentor.name} today={today} /> : null}
              {checkInPanel}
            </>
          ) : (
            <>
              <NextStep mentor={mentor} />
              {phase === "outreach" && !mentor.archivedAt ? (
                <WarmPaths prospect={{ id: mentor.id, name: mentor.name }} myName={user.name} today={today} />
              ) : null}
              {phase === "conversation" ? checkInPanel : null}
            </>
          )}
          <Timeline entries={timeline} today={today} />
        </div>
        <aside className="space-y-6">
          <RelationshipPanel mentor={mentor} allGapAreas={allGapAreas} today={today} />
          {phase !== "outreach" || value.gave + value.received > 0 ? (
            <ValuePanel mentorId={mentor.id} name={mentor.name} value={value} today={today} />
          ) : null}
          <Panel aria-labelledby="wins" className="space-y-2">
            <h2 id="wins" className="text-lg font-semibold">
              Wins they helped with
            </h2>
            {wins.length ? (
              <ul className="space-y-1 text-sm" data-testid="mentor-wins">
                {wins.map((w) => (
                  <li key={w.id}>
                    <Link href={`/wins#win-${w.id}`} className="underline">
                      {w.title}
                    </Link>{" "}
                    <span className="text-xs text-zinc-600 dark:text-zinc-400">
                      {w.sharedOn ? "· told them" : "· not told yet"}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                None yet. When their advice helps,{" "}
                <Link href="/wins" className="underline">
                  log the win
                </Link>{" "}
                and credit them.
              </p>
            )}
          </Panel>
        </aside>
      </div>
    </article>
  );
}
