import type { Metadata } from "next";
import Link from "@/components/link";
import { Panel } from "@/components/panel";
import { todayIn } from "@/domain/calendar";
import { DEFAULT_SESSION_TIME, dayAndTimeIn, nextSessionDay } from "@/domain/group-sessions";
import { requireUser } from "@/server/auth/session";
import { groupSessionsOf, inviteOptions } from "@/server/group-sessions/group-sessions.queries";
import { dayFormatter } from "@/server/locale";
import { AttendanceForm } from "./attendance-form";
import { ScheduleForm } from "./schedule-form";

export const metadata: Metadata = { title: "Group sessions" };

export default async function GroupSessionsPage() {
  const user = await requireUser();
  const [{ upcoming, past }, options, formatDay] = await Promise.all([
    groupSessionsOf(user.id, user.timeZone),
    inviteOptions(user.id),
    dayFormatter(),
  ]);
  const when = (at: Date, minutes: number) => {
    const { day, time } = dayAndTimeIn(at, user.timeZone);
    return `${formatDay(day)}, ${time} (${minutes} min)`;
  };
  return (
    <div className="space-y-8">
      <Link href="/mentees" className="text-sm text-brand-700 hover:underline dark:text-brand-100">
        ← Mentoring
      </Link>
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Group sessions</h1>
        <p className="max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
          A session with several of the people you mentor: each gets a calendar invitation by email, in their own time
          zone. Afterwards, say who came: it goes on each one&apos;s timeline as a session.
        </p>
      </header>
      <ScheduleForm
        options={options}
        today={todayIn(user.timeZone)}
        day={nextSessionDay(user.timeZone)}
        time={DEFAULT_SESSION_TIME}
        zone={user.timeZone}
      />
      <section aria-labelledby="upcoming" className="space-y-3">
        <h2 id="upcoming" className="text-lg font-semibold">
          Coming up
        </h2>
        {upcoming.length ? (
          <ul className="space-y-3">
            {upcoming.map((s) => (
              <Panel key={s.id} as="li" padding="snug" className="space-y-1 text-sm">
                <p className="font-medium">{s.title}</p>
                <p className="text-zinc-600 dark:text-zinc-400">{when(s.startsAt, s.durationMinutes)}</p>
                <p>
                  Invited: {s.invites.map((i) => `${i.name}${i.invitedAt ? "" : " (no invitation sent)"}`).join(", ")}
                </p>
              </Panel>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing scheduled.</p>
        )}
      </section>
      {past.length ? (
        <section aria-labelledby="past" className="space-y-3">
          <h2 id="past" className="text-lg font-semibold">
            Held
          </h2>
          <ul className="space-y-3">
            {past.map((s) => (
              <Panel key={s.id} as="li" padding="snug" className="space-y-2 text-sm" aria-label={s.title}>
                <p className="font-medium">
                  {s.title}{" "}
                  <span className="font-normal text-zinc-600 dark:text-zinc-400">
                    · {when(s.startsAt, s.durationMinutes)} · {s.attended} of {s.invited} came
                  </span>
                </p>
                <AttendanceForm id={s.id} title={s.title} notes={s.notes} invites={s.invites} />
              </Panel>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
