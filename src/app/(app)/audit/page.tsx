import type { Metadata } from "next";
import { z } from "zod";
import { OnceHtmlBody } from "@/components/once-html";
import { Panel } from "@/components/panel";
import { TextLink } from "@/components/text-link";
import { AUDIT_PAGE, type AuditPerson, QUADRANTS, type Quadrant } from "@/domain/audit";
import { renderAuditRowsHtml } from "@/domain/audit-html";
import { categoryInfo } from "@/domain/categories";
import { type Audit, getAudit } from "@/server/audit/audit.queries";
import { requireUser } from "@/server/auth/session";
import { onceHtml } from "@/server/once-html";
import { AuditScatter } from "./scatter";

export const metadata: Metadata = { title: "Audit" };

function People({ listed, empty }: { listed: { count: number; people: AuditPerson[] }; empty: string }) {
  if (!listed.count) return <p className="text-sm text-zinc-600 dark:text-zinc-400">{empty}</p>;
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
      {listed.people.map((r) => (
        <li key={r.id}>
          <TextLink href={`/mentors/${r.id}`}>{r.name}</TextLink>
        </li>
      ))}
      {listed.count > listed.people.length ? (
        <li className="text-zinc-600 dark:text-zinc-400">and {listed.count - listed.people.length} more</li>
      ) : null}
    </ul>
  );
}

/** The names in one quadrant of the chart: those the points list, and how many more. */
function quadrantNames(points: Audit["points"], q: Quadrant) {
  const here = points.filter((p) => p.quadrant === q);
  const names = here.flatMap((p) => p.names).slice(0, 12);
  const more = here.reduce((n, p) => n + p.count, 0) - names.length;
  return names.length ? `${names.join(", ")}${more > 0 ? ` and ${more} more` : ""}` : "";
}

const pageSchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1) });

/** The relationship audit: every relationship by what flows each way, how often you meet, and where it could grow. */
export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [user, params] = await Promise.all([requireUser(), searchParams]);
  const asked = pageSchema.parse(params).page;
  let audit = await getAudit(user, asked);
  const pages = Math.max(1, Math.ceil(audit.total / AUDIT_PAGE));
  // A page past the end (the list shrank since the link was made) shows the last one.
  if (asked > pages) audit = await getAudit(user, pages);
  const page = Math.min(asked, pages);
  const { rows: shown, total, prospects, map, answers, points, unrated } = audit;
  const rowsHtml = await onceHtml(renderAuditRowsHtml(shown));
  const singlePoints = map.rows.flatMap((r) =>
    r.cells.filter((c) => c.singlePoint).map((c) => ({ area: r.area, category: c.category })),
  );

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">Relationship audit</h1>
        <p className="max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">
          Every relationship by the value you receive and the value you provide (your 1–10 ratings), how often you
          really talk (check-ins per month over the last six months, from your log) and its growth potential.
          {prospects
            ? ` ${prospects} ${prospects === 1 ? "prospect is" : "prospects are"} not included until you are in conversation.`
            : ""}
        </p>
      </div>

      <div className="grid gap-4 md:grid-cols-2">
        <Panel aria-labelledby="q-career" className="space-y-2">
          <h2 id="q-career" className="font-semibold">
            Who gives me career guidance?
          </h2>
          <People
            listed={answers.careerGuidance}
            empty="Nobody yet: nobody serves a career area or has given you advice or sponsorship."
          />
        </Panel>
        <Panel aria-labelledby="q-challenge" className="space-y-2">
          <h2 id="q-challenge" className="font-semibold">
            Who challenges my thinking?
          </h2>
          <People
            listed={answers.challengesThinking}
            empty="Nobody yet: no feedback logged, and no peer or reverse mentor you talk to every other month."
          />
        </Panel>
        <Panel aria-labelledby="q-teaching" className="space-y-2">
          <h2 id="q-teaching" className="font-semibold">
            Whom am I teaching?
          </h2>
          <People
            listed={answers.teaching}
            empty="Nobody yet: log what you give (teaching, advice, feedback) on a mentor's page."
          />
        </Panel>
        <Panel aria-labelledby="q-gaps" className="space-y-2">
          <h2 id="q-gaps" className="font-semibold">
            Where are the gaps?
          </h2>
          {map.gaps.length || singlePoints.length ? (
            <ul className="space-y-1 text-sm">
              {map.gaps.slice(0, 8).map((g) => (
                <li key={`${g.area.id}-${g.category}`}>
                  No {categoryInfo(g.category).label.toLowerCase()} for {g.area.name}:{" "}
                  <TextLink href={`/mentors/new?category=${g.category}&area=${g.area.id}`}>
                    add a prospect<span className="sr-only"> for this gap</span>
                  </TextLink>
                </li>
              ))}
              {map.gaps.length > 8 ? (
                <li className="text-zinc-600 dark:text-zinc-400">
                  and {map.gaps.length - 8} more on <TextLink href="/dashboard">your map</TextLink>
                </li>
              ) : null}
              {singlePoints.slice(0, 4).map((s) => (
                <li key={`sp-${s.area.id}-${s.category}`} className="text-zinc-700 dark:text-zinc-300">
                  Only one {categoryInfo(s.category).label.toLowerCase()} for {s.area.name}: a single point of failure
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              {map.rows.length ? (
                "No gaps: every area has a sage, a peer and a reverse mentor."
              ) : (
                <>
                  Name your areas in the <TextLink href="/gaps/wizard">gap analysis</TextLink> to see them.
                </>
              )}
            </p>
          )}
        </Panel>
      </div>

      <section aria-labelledby="scatter" className="grid gap-6 lg:grid-cols-2">
        <Panel as="div" className="space-y-2">
          <h2 id="scatter" className="font-semibold">
            Received against provided
          </h2>
          <AuditScatter points={points} />
          {unrated ? (
            <p className="text-xs text-zinc-600 dark:text-zinc-400">
              {unrated} not on the chart until rated on their page (value received and value provided).
            </p>
          ) : null}
        </Panel>
        <Panel as="div" className="space-y-2">
          <h2 className="font-semibold">The chart as a table</h2>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Rated relationships by quadrant</caption>
            <thead>
              <tr className="border-b border-zinc-200 text-xs uppercase text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
                <th scope="col" className="py-2 pr-3">
                  Quadrant
                </th>
                <th scope="col" className="py-2">
                  Who
                </th>
              </tr>
            </thead>
            <tbody>
              {(Object.keys(QUADRANTS) as Quadrant[]).map((q) => {
                const names = quadrantNames(points, q);
                return (
                  <tr key={q} className="border-b border-zinc-100 align-top last:border-0 dark:border-zinc-800">
                    <th scope="row" className="py-2 pr-3 font-medium">
                      {QUADRANTS[q].label}
                      <span className="block text-xs font-normal text-zinc-600 dark:text-zinc-400">
                        {QUADRANTS[q].hint}
                      </span>
                    </th>
                    <td className="py-2">
                      {names ? names : <span className="text-zinc-600 dark:text-zinc-400">Nobody</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </Panel>
      </section>

      <section aria-labelledby="all" className="space-y-3">
        <h2 id="all" className="text-lg font-semibold">
          Every relationship
        </h2>
        {total === 0 ? (
          <p className="rounded-lg border border-dashed border-zinc-300 p-6 text-sm dark:border-zinc-700">
            No relationships to audit yet. Mentors appear here once you are in conversation with them.
          </p>
        ) : (
          <Panel as="div" padding="none" className="overflow-x-auto">
            <table className="w-full min-w-[44rem] text-left text-sm" data-testid="audit-table">
              <caption className="sr-only">
                Every relationship with value received, value provided, check-in frequency and growth potential
              </caption>
              <thead>
                <tr className="border-b border-zinc-200 text-xs uppercase text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
                  <th scope="col" className="px-3 py-2">
                    Mentor
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Category
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Value received
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Value provided
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Check-ins a month
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Growth potential
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Logged: given / received
                  </th>
                </tr>
              </thead>
              {/* Every value in the rows is escaped by audit-html.ts, whose tests feed it markup; a first load carries them once. */}
              <OnceHtmlBody source={rowsHtml} />
            </table>
          </Panel>
        )}
        {pages > 1 ? (
          <nav aria-label="Pages of relationships" className="flex items-center justify-between text-sm">
            <p>
              {(page - 1) * AUDIT_PAGE + 1}–{(page - 1) * AUDIT_PAGE + shown.length} of {total}
            </p>
            <p className="flex gap-3">
              {page > 1 ? <TextLink href={`/audit?page=${page - 1}#all`}>Previous</TextLink> : null}
              {page < pages ? <TextLink href={`/audit?page=${page + 1}#all`}>Next</TextLink> : null}
            </p>
          </nav>
        ) : null}
      </section>
    </div>
  );
}
