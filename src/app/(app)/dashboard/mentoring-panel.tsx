import { Panel } from "@/components/panel";
import { TextLink } from "@/components/text-link";
import type { DashboardData } from "@/server/dashboard/dashboard.queries";
import { dayFormatter } from "@/server/locale";

/** Mentees due a session (overdue or within the week) and applications waiting: shown once the user mentors someone or has an application. */
export async function MentoringPanel({ d }: { d: DashboardData }) {
  const formatDay = await dayFormatter();
  const { due, total, mentoring, applications } = d.mentoring;
  return (
    <Panel aria-labelledby="mentoring" className="space-y-3">
      <h2 id="mentoring" className="text-lg font-semibold">
        Mentoring
      </h2>
      {due.length ? (
        <ul className="space-y-1 text-sm" data-testid="mentees-due">
          {due.map((m) => (
            <li key={m.id}>
              <TextLink href={`/mentees/${m.id}`}>{m.name}</TextLink>{" "}
              <span className={m.overdue ? "text-red-700 dark:text-red-400" : "text-zinc-600 dark:text-zinc-400"}>
                · session {m.overdue ? "overdue since" : "due"} {formatDay(m.nextSessionOn)}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          No session due this week with the {mentoring === 1 ? "person" : `${mentoring} people`} you mentor.
        </p>
      )}
      {applications ? (
        <p className="text-sm">
          <TextLink href="/mentees/applications">
            {applications === 1 ? "One application waits" : `${applications} applications wait`} for your answer
          </TextLink>
        </p>
      ) : null}
      <p className="text-sm">
        <TextLink href="/mentees">
          {total > due.length ? `All ${total} due, and everyone you mentor` : "Everyone you mentor"}
        </TextLink>
      </p>
    </Panel>
  );
}
