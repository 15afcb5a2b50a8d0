import { Panel } from "@/components/panel";
import { CATEGORIES } from "@/domain/categories";
import { HEALTH_LABELS } from "@/domain/map";

/**
 * The map: a real table (gap areas × the five categories) so a screen reader can
 * walk it; colours always come with words. Below tablet width each area becomes a
 * card with its categories listed, still the same table underneath.
 */
export function MentorshipMapTable({ rowsHtml, highlightGaps = false }: { rowsHtml: string; highlightGaps?: boolean }) {
  return (
    <div className="space-y-3">
      <Panel as="div" padding="none" className="md:overflow-x-auto">
        <table
          className="block w-full border-collapse text-sm md:table md:min-w-[48rem] md:table-fixed"
          data-testid="mentorship-map"
          data-highlight-gaps={highlightGaps || undefined}
        >
          <caption className="sr-only">Your mentorship map: gap areas by category of relationship</caption>
          <thead className="sr-only md:not-sr-only md:table-header-group">
            <tr className="border-b border-zinc-200 dark:border-zinc-800">
              <th scope="col" className="w-44 px-3 py-2 text-left text-xs uppercase text-zinc-600 dark:text-zinc-400">
                Gap area
              </th>
              {CATEGORIES.map((c) => (
                <th
                  key={c.value}
                  scope="col"
                  className="px-3 py-2 text-left text-xs uppercase text-zinc-600 dark:text-zinc-400"
                  title={c.meaning}
                >
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          {/* The rows are an escaped string template (src/domain/map-html.ts): hundreds of chips cost too much as elements. */}
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: every value in it is escaped by map-html.ts, whose tests feed it markup */}
          <tbody className="block md:table-row-group" dangerouslySetInnerHTML={{ __html: rowsHtml }} />
        </table>
      </Panel>
      <ul aria-label="Legend" className="flex flex-wrap gap-2 text-xs">
        {Object.entries(HEALTH_LABELS).map(([key, label]) => (
          <li key={key} className="chip" data-health={key}>
            {label}
          </li>
        ))}
        <li className="rounded-full border border-red-200 bg-red-50/60 px-2 py-0.5 dark:border-red-900 dark:bg-red-950/30">
          empty sage, peer or reverse cell: a gap
        </li>
      </ul>
    </div>
  );
}
