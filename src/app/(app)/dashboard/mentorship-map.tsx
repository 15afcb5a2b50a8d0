import Link from "next/link";
import { CATEGORIES, categoryInfo } from "@/domain/categories";
import type { Health, MentorshipMap } from "@/domain/map";
import { stageLabel } from "@/domain/stages";

const HEALTH: Record<Health, { label: string; chip: string }> = {
  overdue: { label: "check-in overdue", chip: "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200" },
  "due-this-week": { label: "check-in due this week", chip: "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200" },
  "one-way": { label: "one-way value", chip: "border-violet-300 bg-violet-50 text-violet-900 dark:border-violet-800 dark:bg-violet-950 dark:text-violet-200" },
  prospect: { label: "prospect", chip: "border-dashed border-zinc-400 bg-white text-zinc-700 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-300" },
  "on-rhythm": { label: "on rhythm", chip: "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200" },
};

/**
 * The map: a real table (gap areas × the five categories) so a screen reader can
 * walk it; colours always come with words.
 */
export function MentorshipMapTable({ map }: { map: MentorshipMap }) {
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
        <table className="w-full min-w-[48rem] table-fixed border-collapse text-sm">
          <caption className="sr-only">Your mentorship map: gap areas by category of relationship</caption>
          <thead>
            <tr className="border-b border-zinc-200 dark:border-zinc-800">
              <th scope="col" className="w-44 px-3 py-2 text-left text-xs uppercase text-zinc-600 dark:text-zinc-400">
                Gap area
              </th>
              {CATEGORIES.map((c) => (
                <th key={c.value} scope="col" className="px-3 py-2 text-left text-xs uppercase text-zinc-600 dark:text-zinc-400" title={c.meaning}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {map.rows.map(({ area, cells }) => (
              <tr key={area.id} className="border-b border-zinc-100 align-top last:border-0 dark:border-zinc-800">
                <th scope="row" className="px-3 py-3 text-left font-medium">
                  {area.name}
                </th>
                {cells.map((cell) => (
                  <td
                    key={cell.category}
                    data-cell={`${area.name}:${cell.category}`}
                    className={`px-2 py-2 ${cell.gap ? "bg-red-50/60 dark:bg-red-950/30" : ""}`}
                  >
                    <ul className="flex flex-wrap gap-1">
                      {cell.mentors.map((m) => (
                        <li key={m.id}>
                          <Link
                            href={`/mentors/${m.id}`}
                            title={`${m.name}: ${stageLabel(m.stage)}, ${HEALTH[m.health].label}`}
                            aria-label={`${m.name}, ${categoryInfo(m.category).label}, ${stageLabel(m.stage)}, ${HEALTH[m.health].label}`}
                            className={`inline-block max-w-full truncate rounded-full border px-2 py-0.5 text-xs ${HEALTH[m.health].chip}`}
                          >
                            {m.name}
                          </Link>
                        </li>
                      ))}
                    </ul>
                    {cell.count > cell.mentors.length ? (
                      <Link className="mt-1 block text-xs text-brand-700 dark:text-brand-100 underline" href={`/mentors?category=${cell.category}&area=${area.id}`}>
                        +{cell.count - cell.mentors.length} more
                      </Link>
                    ) : null}
                    {cell.gap ? (
                      <p className="text-xs">
                        <span className="font-medium text-red-800 dark:text-red-300">Gap.</span>{" "}
                        <Link className="text-brand-700 dark:text-brand-100 underline" href={`/mentors/new?category=${cell.category}&area=${area.id}`}>
                          Add a prospect
                          <span className="sr-only">
                            : {categoryInfo(cell.category).label.toLowerCase()} for {area.name}
                          </span>
                        </Link>
                      </p>
                    ) : null}
                    {cell.singlePoint ? <p className="mt-1 text-[11px] text-zinc-600 dark:text-zinc-400">Only one person: a single point of failure</p> : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul aria-label="Legend" className="flex flex-wrap gap-2 text-xs">
        {Object.entries(HEALTH).map(([key, h]) => (
          <li key={key} className={`rounded-full border px-2 py-0.5 ${h.chip}`}>
            {h.label}
          </li>
        ))}
        <li className="rounded-full border border-red-200 bg-red-50/60 px-2 py-0.5 dark:border-red-900 dark:bg-red-950/30">empty sage, peer or reverse cell: a gap</li>
      </ul>
    </div>
  );
}
