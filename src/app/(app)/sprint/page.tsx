import type { Metadata } from "next";
import Link from "@/components/link";
import { Panel } from "@/components/panel";
import { ProgressBar } from "@/components/progress-bar";
import { TextLink } from "@/components/text-link";
import { dateToDay } from "@/domain/calendar";
import { SPRINT_DAYS } from "@/domain/sprint";
import { requireUser } from "@/server/auth/session";
import { dayFormatter } from "@/server/locale";
import { getSprintPage } from "@/server/sprint/sprint.queries";
import { SprintTasks, StartSprintForm } from "./sprint-forms";

export const metadata: Metadata = { title: "90-day sprint" };

const pct = (v: number) => `${Math.round(v * 100)}%`;

type Summary = {
  progress: number;
  phases: { name: string; progress: number; done: boolean }[];
  weeksWithOutreach: number;
  tasks: { total: number; done: number };
  coverage: { covered: number; total: number };
};

export default async function SprintPage() {
  const formatDayLong = await dayFormatter();
  const user = await requireUser();
  const { today, sprint, progress, history } = await getSprintPage(user);

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">90-day sprint</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Three 30-day phases: build the foundation, activate relationships, then make them last. Targets tick
          themselves from your map.
        </p>
      </div>

      {!sprint || !progress ? (
        <section
          aria-labelledby="start"
          className="max-w-xl space-y-3 rounded-lg border border-dashed border-zinc-300 p-6 dark:border-zinc-700"
        >
          <h2 id="start" className="text-lg font-semibold">
            Start your sprint
          </h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Pick a start day. The <TextLink href="/gaps/wizard">gap analysis</TextLink> also starts one when you finish
            it.
          </p>
          <StartSprintForm today={today} label="Start the sprint" />
        </section>
      ) : (
        <>
          <Panel aria-labelledby="where" className="space-y-3">
            <h2 id="where" className="text-lg font-semibold" data-testid="sprint-heading">
              {progress.day < 1
                ? `Starts on ${formatDayLong(progress.startOn)}`
                : progress.day > SPRINT_DAYS
                  ? "Sprint complete"
                  : `Day ${progress.day} of ${SPRINT_DAYS}${progress.phase ? ` · ${progress.phase.name}` : ""}`}
            </h2>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              {formatDayLong(progress.startOn)} to {formatDayLong(progress.endOn)}
            </p>
            <div className="grid gap-4 sm:grid-cols-2">
              <div className="space-y-1">
                <p className="text-sm">
                  Time: day {Math.min(Math.max(progress.day, 0), SPRINT_DAYS)} of {SPRINT_DAYS}
                </p>
                <ProgressBar
                  label="Days of the sprint gone"
                  value={Math.max(0, progress.day) / SPRINT_DAYS}
                  text={`Day ${progress.day} of ${SPRINT_DAYS}`}
                />
              </div>
              <div className="space-y-1">
                <p className="text-sm">Targets: {pct(progress.progress)} of the way</p>
                <ProgressBar label="All targets" value={progress.progress} />
              </div>
            </div>
          </Panel>

          {progress.day > SPRINT_DAYS ? (
            <section
              aria-labelledby="summary"
              className="space-y-3 rounded-lg border border-emerald-300 bg-emerald-50 p-5 dark:border-emerald-800 dark:bg-emerald-950"
            >
              <h2 id="summary" className="text-lg font-semibold">
                Your sprint in summary
              </h2>
              <ul className="list-disc space-y-1 pl-5 text-sm">
                {progress.phases.map((p) => (
                  <li key={p.number}>
                    {p.name}: {p.targets.filter((t) => t.done).length} of {p.targets.length} targets met (
                    {pct(p.progress)})
                  </li>
                ))}
                <li>
                  Weeks with outreach: {progress.streak.weeks.filter((w) => w.state === "done").length} of{" "}
                  {progress.streak.weeks.length}
                </li>
              </ul>
              <p className="text-sm">
                Starting the next sprint keeps this one in your history with a snapshot of your map.
              </p>
              <StartSprintForm today={today} label="Start the next sprint" />
            </section>
          ) : null}

          <div className="grid gap-4 lg:grid-cols-3">
            {progress.phases.map((phase) => {
              const current = progress.phase?.number === phase.number;
              return (
                <section
                  key={phase.number}
                  aria-labelledby={`phase-${phase.number}`}
                  className={`space-y-3 rounded-lg border bg-white p-5 dark:bg-zinc-900 ${current ? "border-brand-600 ring-1 ring-brand-600" : "border-zinc-200 dark:border-zinc-800"}`}
                >
                  <div>
                    <h2 id={`phase-${phase.number}`} className="text-lg font-semibold">
                      {phase.name}
                      {current ? (
                        <span className="ml-2 rounded-full bg-brand-600 px-2 py-0.5 text-xs font-medium text-white">
                          now
                        </span>
                      ) : null}
                    </h2>
                    <p className="text-xs text-zinc-600 dark:text-zinc-400">
                      Days {phase.firstDay}–{phase.lastDay} ·{" "}
                      {phase.done ? "all targets met" : `${pct(phase.progress)} of the way`}
                    </p>
                  </div>
                  <ProgressBar label={`${phase.name} phase`} value={phase.progress} />
                  <ul className="space-y-3">
                    {phase.targets.map((t) => (
                      <li key={t.key} className="space-y-1 text-sm" data-target={t.key}>
                        <div className="flex items-start justify-between gap-2">
                          <span>
                            <span
                              aria-hidden="true"
                              className={t.done ? "text-emerald-700 dark:text-emerald-400" : "text-zinc-400"}
                            >
                              {t.done ? "✓ " : "○ "}
                            </span>
                            {t.href ? (
                              <Link href={t.href} className="hover:underline">
                                {t.label}
                              </Link>
                            ) : (
                              t.label
                            )}
                            <span className="sr-only">{t.done ? " (met)" : " (not met yet)"}</span>
                          </span>
                          <span className="shrink-0 tabular-nums text-zinc-600 dark:text-zinc-400">
                            {t.value}/{t.goal}
                          </span>
                        </div>
                        <ProgressBar size="sm" label={t.label} value={t.progress} text={`${t.value} of ${t.goal}`} />
                      </li>
                    ))}
                  </ul>
                </section>
              );
            })}
          </div>

          <div className="grid gap-4 lg:grid-cols-3">
            <Panel aria-labelledby="streak" className="space-y-3">
              <h2 id="streak" className="text-lg font-semibold">
                One outreach a week
              </h2>
              <p className="text-sm" data-testid="streak">
                {progress.streak.streak === 0 ? "No streak yet." : `${progress.streak.streak}-week streak.`}{" "}
                {progress.day >= 1 && progress.day <= SPRINT_DAYS ? (
                  progress.streak.thisWeekDone ? (
                    "This week is done."
                  ) : (
                    <>
                      Nothing sent this week yet: <TextLink href="/mentors/pipeline">reach out to a prospect</TextLink>.
                    </>
                  )
                ) : null}
              </p>
              <ol className="grid grid-cols-7 gap-1" aria-label="Weeks of the sprint">
                {progress.streak.weeks.map((w) => (
                  <li
                    key={w.week}
                    title={`Week ${w.week}: ${w.state}`}
                    className={`flex h-8 items-center justify-center rounded text-xs ${
                      w.state === "done"
                        ? "bg-emerald-600 text-white"
                        : w.state === "missed"
                          ? "bg-zinc-200 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300"
                          : w.state === "now"
                            ? "border-2 border-brand-600"
                            : "border border-dashed border-zinc-300 text-zinc-600 dark:border-zinc-700 dark:text-zinc-400"
                    }`}
                  >
                    <span aria-hidden="true">{w.week}</span>
                    <span className="sr-only">
                      Week {w.week}:{" "}
                      {w.state === "done"
                        ? "outreach sent"
                        : w.state === "missed"
                          ? "none sent"
                          : w.state === "now"
                            ? "this week"
                            : "ahead"}
                    </span>
                  </li>
                ))}
              </ol>
            </Panel>
            <Panel aria-labelledby="tasks" className="space-y-3 lg:col-span-2">
              <h2 id="tasks" className="text-lg font-semibold">
                Your own tasks
              </h2>
              <SprintTasks
                tasks={sprint.tasks.map((t) => ({ id: t.id, title: t.title, phase: t.phase, done: t.doneAt !== null }))}
              />
            </Panel>
          </div>
        </>
      )}

      {history.length ? (
        <section aria-labelledby="history" className="space-y-3">
          <h2 id="history" className="text-lg font-semibold">
            Past sprints
          </h2>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Past sprints and how far they got</caption>
            <thead>
              <tr className="border-b border-zinc-200 text-xs uppercase text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
                <th scope="col" className="py-2 pr-4">
                  Started
                </th>
                <th scope="col" className="py-2 pr-4">
                  Targets
                </th>
                <th scope="col" className="py-2 pr-4">
                  Weeks with outreach
                </th>
                <th scope="col" className="py-2 pr-4">
                  Tasks done
                </th>
                <th scope="col" className="py-2">
                  Core cells covered
                </th>
              </tr>
            </thead>
            <tbody>
              {history.map((h) => {
                const s = h.summary as Summary | null;
                return (
                  <tr key={h.id} className="border-b border-zinc-100 dark:border-zinc-800">
                    <th scope="row" className="py-2 pr-4 font-normal">
                      {formatDayLong(dateToDay(h.startOn))}
                    </th>
                    <td className="py-2 pr-4">{s ? pct(s.progress) : "–"}</td>
                    <td className="py-2 pr-4">{s ? `${s.weeksWithOutreach} of 13` : "–"}</td>
                    <td className="py-2 pr-4">{s ? `${s.tasks.done} of ${s.tasks.total}` : "–"}</td>
                    <td className="py-2">{s ? `${s.coverage.covered} of ${s.coverage.total}` : "–"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ) : null}
    </div>
  );
}
