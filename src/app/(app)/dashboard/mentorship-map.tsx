import { TriangleAlert } from "lucide-react";
import { OnceHtmlBody } from "@/components/once-html";
import { Panel } from "@/components/panel";
import { CATEGORIES } from "@/domain/categories";
import { HEALTH_LABELS } from "@/domain/map";
import { onceHtml } from "@/server/once-html";

/**
 * The map: a real table (gap areas × the five categories) so a screen reader can
 * walk it; colours always come with words. Below tablet width each area becomes a
 * card with its categories listed, still the same table underneath.
 */
export async function MentorshipMapTable({ rowsHtml }: { rowsHtml: string }) {
  const rows = await onceHtml(rowsHtml);
  return (
    <div className="space-y-3">
      <Panel as="div" padding="none" className="md:overflow-x-auto">
        <table
          className="block w-full border-collapse text-sm md:table md:min-w-[48rem] md:table-fixed"
          data-testid="mentorship-map"
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
          {/* The rows are an escaped string template (src/domain/map-html.ts, whose tests feed it markup): */}
          {/* hundreds of chips cost too much as elements, and a first load carries them once. */}
          <OnceHtmlBody className="block md:table-row-group" source={rows} />
        </table>
      </Panel>
      <ul aria-label="Legend" className="flex flex-wrap gap-2 text-xs">
        {Object.entries(HEALTH_LABELS).map(([key, label]) => (
          <li key={key} className="chip" data-health={key}>
            {label}
          </li>
        ))}
        <li className="slot">+ Sage: an open place, a gap</li>
        <li className="rounded-full bg-brand-50 px-2 py-0.5 outline-2 -outline-offset-2 outline-brand-500 dark:bg-zinc-800/60">
          your top three gaps
        </li>
        <li className="flex items-center gap-1">
          <TriangleAlert aria-hidden className="size-3.5 text-amber-700 dark:text-amber-300" />
          the only person in a cell: a single point of failure
        </li>
      </ul>
    </div>
  );
}
