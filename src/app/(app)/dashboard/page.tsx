import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/button";
import { formatDayLong } from "@/domain/calendar";
import { categoryInfo } from "@/domain/categories";
import { describeOneWay } from "@/domain/value-balance";
import { requireUser } from "@/server/auth/session";
import { getDashboard } from "@/server/dashboard/dashboard.queries";
import { MentorshipMapTable } from "./mentorship-map";

export const metadata: Metadata = { title: "Your map" };

export default async function DashboardPage() {
  const user = await requireUser();
  const d = await getDashboard(user);
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Your mentorship map</h1>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {d.mentorCount === 1 ? "1 person" : `${d.mentorCount} people`} across {d.map.rows.length} gap {d.map.rows.length === 1 ? "area" : "areas"}
            {d.map.gaps.length ? `; ${d.map.gaps.length} ${d.map.gaps.length === 1 ? "gap" : "gaps"} to fill` : ""}.
          </p>
        </div>
        {d.sprint ? (
          <p className="rounded-md bg-brand-50 px-3 py-2 text-sm dark:bg-zinc-800" data-testid="sprint-day">
            90-day sprint: <strong>day {d.sprint.day}</strong>
            {d.sprint.phase ? ` · ${d.sprint.phase.name}` : " · complete"}
          </p>
        ) : null}
      </div>

      {d.hasAreas ? (
        <MentorshipMapTable map={d.map} />
      ) : (
        <section className="rounded-lg border border-dashed border-zinc-300 p-8 dark:border-zinc-700">
          <h2 className="text-lg font-semibold">Start with the areas you want to grow in</h2>
          <p className="mt-1 max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
            Your map is laid out across 5–7 gap areas — technical skills, leadership, industry knowledge, career navigation… — with the five kinds of
            mentor for each. Once you have named your areas, the map shows who covers what and where the gaps are.
          </p>
          <Link href="/mentors" className={`${buttonClass("secondary")} mt-4`}>
            Meanwhile, see your mentors
          </Link>
        </section>
      )}

      <div className="grid gap-6 lg:grid-cols-3">
        <section aria-labelledby="due" className="space-y-3 rounded-lg border border-zinc-200 bg-white p-5 lg:col-span-2 dark:border-zinc-800 dark:bg-zinc-900">
          <h2 id="due" className="text-lg font-semibold">
            Due this week
          </h2>
          {d.due.length === 0 ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing due in the next seven days. A good week to reach out to a prospect.</p>
          ) : (
            <ul className="divide-y divide-zinc-100 text-sm dark:divide-zinc-800">
              {d.due.map((r) => (
                <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    <span className={r.overdue ? "font-medium text-red-800 dark:text-red-300" : "text-zinc-600 dark:text-zinc-400"}>
                      {r.overdue ? "Overdue since" : "Due"} {formatDayLong(r.dueOn)}
                    </span>{" "}
                    · {r.title}
                  </span>
                  {r.mentor ? (
                    <Link href={`/mentors/${r.mentor.id}#log-check-in`} className="text-brand-700 dark:text-brand-100 underline">
                      Log check-in with {r.mentor.name}
                    </Link>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="balance" className="space-y-3 rounded-lg border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900">
          <h2 id="balance" className="text-lg font-semibold">
            Value balance
          </h2>
          <p className="text-sm">
            You have given <strong>{d.value.gave}</strong> and received <strong>{d.value.received}</strong> times.
          </p>
          {d.value.oneWay.length ? (
            <ul className="space-y-1 text-sm text-violet-900 dark:text-violet-200">
              {d.value.oneWay.slice(0, 5).map((m) => (
                <li key={m.id}>
                  <Link href={`/mentors/${m.id}`} className="underline">
                    {describeOneWay(m.name, m.oneWay)}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">No one-way relationships. Keep giving as well as receiving.</p>
          )}
          {d.map.gaps.length ? (
            <>
              <h2 className="pt-2 text-lg font-semibold">Top gaps to fill</h2>
              <ul className="space-y-1 text-sm">
                {d.map.gaps.slice(0, 5).map((g) => (
                  <li key={`${g.area.id}-${g.category}`}>
                    <Link href={`/mentors/new?category=${g.category}&area=${g.area.id}`} className="text-brand-700 dark:text-brand-100 underline">
                      A {categoryInfo(g.category).label.toLowerCase()} for {g.area.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      </div>
    </div>
  );
}
