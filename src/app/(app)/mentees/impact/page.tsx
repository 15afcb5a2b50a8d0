import type { Metadata } from "next";
import { buttonClass } from "@/components/button";
import Link from "@/components/link";
import { Panel } from "@/components/panel";
import { hours } from "@/domain/impact";
import { MENTEE_STAGES } from "@/domain/mentee-stages";
import { requireUser } from "@/server/auth/session";
import { dayFormatter } from "@/server/locale";
import { impactOf } from "@/server/mentees/mentees.impact.queries";
import { PngButton } from "./png-button";

export const metadata: Metadata = { title: "Mentoring impact" };

export default async function ImpactPage() {
  const user = await requireUser();
  const [impact, formatDay] = await Promise.all([impactOf(user), dayFormatter()]);
  const month = (end: string) =>
    new Date(`${end}T00:00:00Z`).toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
  const stories = impact.wins.filter((w) => w.story && w.description);
  return (
    <div className="space-y-8">
      <Link href="/mentees" className="text-sm text-brand-700 hover:underline dark:text-brand-100">
        ← Mentoring
      </Link>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold">Mentoring impact</h1>
          <p className="max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
            What your mentoring has given: the sessions, the hours, where the people you mentor stand, and what they
            achieved.
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {/* A file to download: a plain link, never prefetched. */}
          <a href="/api/impact?format=md" download className={buttonClass("secondary")}>
            Download as Markdown
          </a>
          <PngButton today={impact.today} />
        </div>
      </header>
      <dl className="grid gap-4 sm:grid-cols-3" data-testid="impact-figures">
        {[
          ["Sessions held", String(impact.sessions)],
          [
            "Hours given",
            `${hours(impact.minutesGiven)}`,
            `${impact.sessionsWithLength} one-to-one sessions with a length, ${impact.groupSessions} group sessions`,
          ],
          ["People mentored", String(impact.menteesEver)],
        ].map(([label, value, hint]) => (
          <Panel key={label} as="div" padding="snug">
            <dt className="text-sm text-zinc-600 dark:text-zinc-400">{label}</dt>
            <dd className="text-2xl font-semibold">{value}</dd>
            {hint ? <dd className="text-xs text-zinc-600 dark:text-zinc-400">{hint}</dd> : null}
          </Panel>
        ))}
      </dl>
      <section aria-labelledby="by-stage" className="space-y-2">
        <h2 id="by-stage" className="text-lg font-semibold">
          Mentees by stage
        </h2>
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm">
            <caption className="sr-only">Mentees in each stage at the end of each month</caption>
            <thead>
              <tr className="text-left">
                <th scope="col" className="py-1 pr-4 font-medium">
                  Month
                </th>
                {MENTEE_STAGES.map((s) => (
                  <th key={s.value} scope="col" className="py-1 pr-4 font-medium">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {impact.stages.map((r) => (
                <tr key={r.end} className="border-t border-zinc-200 dark:border-zinc-800">
                  <th scope="row" className="py-1 pr-4 text-left font-normal">
                    {month(r.end)}
                  </th>
                  {MENTEE_STAGES.map((s) => (
                    <td key={s.value} className="py-1 pr-4 tabular-nums">
                      {r.counts[s.value]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="wins" className="space-y-2">
        <h2 id="wins" className="text-lg font-semibold">
          Their wins
        </h2>
        {impact.wins.length ? (
          <ul className="space-y-1 text-sm">
            {impact.wins.map((w, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is read once, in order
              <li key={i}>
                <span className="text-zinc-600 dark:text-zinc-400">{formatDay(w.on)}</span> · {w.mentee}: {w.title}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            None yet: log a mentee&apos;s win on their page when they tell you about it.
          </p>
        )}
      </section>
      {stories.length ? (
        <section aria-labelledby="stories" className="space-y-3">
          <h2 id="stories" className="text-lg font-semibold">
            Stories they agreed to share
          </h2>
          {stories.map((w, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is read once, in order
            <Panel key={i} as="article" padding="snug" className="space-y-1 text-sm">
              <h3 className="font-medium">
                {w.mentee}: {w.title}
              </h3>
              <p className="whitespace-pre-line">{w.description}</p>
            </Panel>
          ))}
        </section>
      ) : null}
    </div>
  );
}
