import type { Metadata } from "next";
import { buttonClass } from "@/components/button";
import Link from "@/components/link";
import { Panel } from "@/components/panel";
import { todayIn } from "@/domain/calendar";
import { MENTEE_STAGES, type MenteeStage, menteeStageLabel, sessionStatus } from "@/domain/mentee-stages";
import { requireUser } from "@/server/auth/session";
import { dayFormatter } from "@/server/locale";
import { listMentees } from "@/server/mentees/mentees.queries";
import { SessionBadge } from "./session-badge";

export const metadata: Metadata = { title: "Mentoring" };

export default async function MenteesPage({ searchParams }: { searchParams: Promise<{ stage?: string }> }) {
  const user = await requireUser();
  const asked = (await searchParams).stage;
  const stage = MENTEE_STAGES.find((s) => s.value === asked)?.value;
  const [{ mentees, byStage, total }, formatDay] = await Promise.all([listMentees(user.id, stage), dayFormatter()]);
  const today = todayIn(user.timeZone);
  const tab = (value: MenteeStage | undefined, label: string, count: number) => (
    <li key={value ?? "all"}>
      <Link
        href={value ? `/mentees?stage=${value}` : "/mentees"}
        aria-current={stage === value ? "page" : undefined}
        className="inline-block rounded-full border border-zinc-300 px-3 py-1 text-sm aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50 aria-[current=page]:font-medium dark:border-zinc-700 dark:aria-[current=page]:bg-zinc-800"
      >
        {label} <span className="text-zinc-600 dark:text-zinc-400">{count}</span>
      </Link>
    </li>
  );
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Mentoring</h1>
          <p className="max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
            The people you mentor: where each one stands, their goals and your sessions. Your map and sprint count only
            the people you learn from.
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href="/mentees/impact" className={buttonClass("secondary")}>
            Impact
          </Link>
          <Link href="/mentees/resources" className={buttonClass("secondary")}>
            Answers
          </Link>
          <Link href="/mentees/group-sessions" className={buttonClass("secondary")}>
            Group sessions
          </Link>
          <Link href="/mentees/applications" className={buttonClass("secondary")}>
            Applications
          </Link>
          <Link href="/mentees/new" className={buttonClass()}>
            Add someone you mentor
          </Link>
        </div>
      </header>
      {total === 0 ? (
        <Panel aria-labelledby="no-mentees">
          <h2 id="no-mentees" className="font-semibold">
            Nobody yet
          </h2>
          <p className="mt-1 max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
            Mentoring others is where what you learn compounds: teaching it makes it yours, and the people you mentor
            teach you back. Add someone you mentor (or would like to), with their goals and a session rhythm.
          </p>
        </Panel>
      ) : (
        <>
          <nav aria-label="Stages">
            <ul className="flex flex-wrap gap-2">
              {tab(undefined, "All", total)}
              {MENTEE_STAGES.map((s) => tab(s.value, s.label, byStage[s.value]))}
            </ul>
          </nav>
          {mentees.length === 0 ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              Nobody is {menteeStageLabel(stage!).toLowerCase()}.
            </p>
          ) : (
            <ul className="grid gap-3 md:grid-cols-2">
              {mentees.map((m) => (
                <Panel key={m.id} as="li" padding="snug" className="space-y-1">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <Link href={`/mentees/${m.id}`} className="font-medium underline-offset-2 hover:underline">
                      {m.name}
                    </Link>
                    <span className="text-xs text-zinc-600 dark:text-zinc-400">{menteeStageLabel(m.stage)}</span>
                  </div>
                  {m.headline || m.organisation ? (
                    <p className="text-sm text-zinc-600 dark:text-zinc-400">
                      {[m.headline, m.organisation].filter(Boolean).join(", ")}
                    </p>
                  ) : null}
                  {m.goals ? <p className="line-clamp-2 text-sm">{m.goals}</p> : null}
                  <p className="flex flex-wrap items-center gap-2 text-sm">
                    <SessionBadge status={sessionStatus(m.nextSessionOn, today, m.stage)} />
                    {m.nextSessionOn ? (
                      <span className="text-zinc-600 dark:text-zinc-400">
                        Next session {formatDay(m.nextSessionOn)}
                      </span>
                    ) : null}
                  </p>
                </Panel>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
