import Link from "@/components/link";
import { Panel } from "@/components/panel";
import { ProgressBar } from "@/components/progress-bar";
import { TextLink, textLinkClass } from "@/components/text-link";
import { categoryInfo } from "@/domain/categories";
import { TOP_GAPS } from "@/domain/map";
import { SPRINT_DAYS } from "@/domain/sprint";
import { describeOneWay } from "@/domain/value-balance";
import type { DashboardData } from "@/server/dashboard/dashboard.queries";
import { dayFormatter } from "@/server/locale";
import { ReminderActions } from "./reminder-actions";

/** The panels around the map. */

export async function SprintPanel({ d }: { d: DashboardData }) {
  const formatDayLong = await dayFormatter();
  const currentPhase = d.sprint?.phase ? d.sprint.phases[d.sprint.phase.number - 1] : null;
  return (
    <Panel aria-labelledby="sprint" className="space-y-3">
      <h2 id="sprint" className="text-lg font-semibold">
        90-day sprint
      </h2>
      {d.sprint ? (
        <>
          <p className="text-sm" data-testid="sprint-day">
            {d.sprint.day < 1 ? (
              <>Starts on {formatDayLong(d.sprint.startOn)}</>
            ) : d.sprint.day > SPRINT_DAYS ? (
              <>Complete: see the summary and start the next one</>
            ) : (
              <>
                <strong>Day {d.sprint.day}</strong> of {SPRINT_DAYS} · {d.sprint.phase?.name}
              </>
            )}
          </p>
          <ProgressBar
            label="Days of the sprint gone"
            value={Math.max(0, d.sprint.day) / SPRINT_DAYS}
            text={`Day ${d.sprint.day} of ${SPRINT_DAYS}`}
          />
          {currentPhase ? (
            <>
              <p className="text-sm">
                {currentPhase.name} targets: {currentPhase.targets.filter((t) => t.done).length} of{" "}
                {currentPhase.targets.length} met
              </p>
              <ProgressBar label={`${currentPhase.name} phase`} value={currentPhase.progress} />
              <ul className="space-y-1 text-sm">
                {currentPhase.targets
                  .filter((t) => !t.done)
                  .map((t) => (
                    <li key={t.key}>
                      ○ {t.label}{" "}
                      <span className="text-zinc-600 dark:text-zinc-400">
                        ({t.value}/{t.goal})
                      </span>
                    </li>
                  ))}
              </ul>
            </>
          ) : null}
          <TextLink href="/sprint" className="text-sm">
            Open the sprint
          </TextLink>
        </>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          No sprint running. <TextLink href="/sprint">Start a 90-day sprint</TextLink> to turn the map into weekly
          action.
        </p>
      )}
    </Panel>
  );
}

export async function DuePanel({ d }: { d: DashboardData }) {
  const formatDayLong = await dayFormatter();
  return (
    <Panel aria-labelledby="due" className="space-y-3 lg:col-span-2">
      <h2 id="due" className="text-lg font-semibold">
        Due in the next 7 days
      </h2>
      {d.due.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Nothing due in the next seven days. A good week to reach out to a prospect.
        </p>
      ) : (
        <ul className="divide-y divide-zinc-100 text-sm dark:divide-zinc-800">
          {d.due.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <span
                  className={
                    r.overdue ? "font-medium text-red-800 dark:text-red-300" : "text-zinc-600 dark:text-zinc-400"
                  }
                >
                  {r.overdue ? "Overdue since" : "Due"} {formatDayLong(r.dueOn)}
                </span>{" "}
                ·{" "}
                {r.mentor ? (
                  <Link href={`/mentors/${r.mentor.id}`} className="hover:underline">
                    {r.title}
                  </Link>
                ) : (
                  r.title
                )}
                {r.mentor && r.kind === "CHECK_IN" ? (
                  <>
                    {" "}
                    · {/* A plain link: up to 20 of them, and a brief is not worth prefetching. */}
                    <a href={`/mentors/${r.mentor.id}#brief`} className={`text-xs ${textLinkClass}`}>
                      Brief<span className="sr-only"> for {r.mentor.name}</span>
                    </a>
                  </>
                ) : null}
              </span>
              <ReminderActions reminder={r} today={d.today} />
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

export function ValuePanel({ d }: { d: DashboardData }) {
  return (
    <Panel aria-labelledby="balance" className="space-y-3">
      <h2 id="balance" className="text-lg font-semibold">
        Value balance
      </h2>
      <p className="text-sm">
        You have given <strong>{d.value.gave}</strong> and received <strong>{d.value.received}</strong> times.
      </p>
      {d.value.gave + d.value.received > 0 ? (
        <ProgressBar
          label="Share of value you gave"
          value={d.value.gave / (d.value.gave + d.value.received)}
          text={`${d.value.gave} given, ${d.value.received} received`}
        />
      ) : null}
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
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          No one-way relationships. Keep giving as well as receiving.
        </p>
      )}
    </Panel>
  );
}

export function WinsPanel({ d }: { d: DashboardData }) {
  return (
    <Panel aria-labelledby="unshared-wins" className="space-y-3">
      <h2 id="unshared-wins" className="text-lg font-semibold">
        Wins to share
      </h2>
      {d.unsharedWins.length ? (
        <ul className="space-y-1 text-sm" data-testid="unshared-wins">
          {d.unsharedWins.map((w) => (
            <li key={w.id}>
              <TextLink href={`/wins#win-${w.id}`}>{w.title}</TextLink>{" "}
              <span className="text-zinc-600 dark:text-zinc-400">· tell {w.names.join(", ")}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Nothing waiting. <TextLink href="/wins">Log a win</TextLink> and credit the people whose advice helped:
          telling them is the best thank-you.
        </p>
      )}
    </Panel>
  );
}

export function TopGapsPanel({ d }: { d: DashboardData }) {
  return (
    <Panel aria-labelledby="top-gaps" className="space-y-3">
      <h2 id="top-gaps" className="text-lg font-semibold">
        Top gaps to fill
      </h2>
      {d.map.gaps.length ? (
        <ul className="space-y-1 text-sm">
          {d.map.gaps.slice(0, TOP_GAPS).map((g) => (
            <li key={`${g.area.id}-${g.category}`}>
              <TextLink href={`/mentors/new?category=${g.category}&area=${g.area.id}`}>
                A {categoryInfo(g.category).label.toLowerCase()} for {g.area.name}
              </TextLink>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {d.hasAreas
            ? "No gaps: every area has a sage, a peer and a reverse mentor."
            : "Your gaps appear once you have named your areas."}
        </p>
      )}
    </Panel>
  );
}
