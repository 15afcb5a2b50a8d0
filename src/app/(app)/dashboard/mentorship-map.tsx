import Link from "next/link";
import { CATEGORIES, categoryInfo } from "@/domain/categories";
import { HEALTH_LABELS, type MentorshipMap } from "@/domain/map";
import { stageLabel } from "@/domain/stages";

const HEALTH_CHIP: Record<keyof typeof HEALTH_LABELS, string> = {
  overdue: "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200",
  "due-this-week": "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200",
  "one-way": "border-violet-300 bg-violet-50 text-violet-900 dark:border-violet-800 dark:bg-violet-950 dark:text-violet-200",
  prospect: "border-dashed border-zinc-400 bg-white text-zinc-700 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-300",
  "on-rhythm": "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
};

const link = "text-brand-700 underline dark:text-brand-100";

/**
 * The map: a real table (gap areas × the five categories) so a screen reader can
 * walk it; colours always come with words. Below tablet width each area becomes a
 * card with its categories listed, still the same table underneath.
 */
export function MentorshipMapTable({ map, profiles, highlightGaps = false }: { map: MentorshipMap; profiles: Record<string, string>; highlightGaps?: boolean }) {
  return (
    <div className="space-y-3">
      <div className="rounded-lg border border-zinc-200 bg-white md:overflow-x-auto dark:border-zinc-800 dark:bg-zinc-900">
        <table className="block w-full border-collapse text-sm md:table md:min-w-[48rem] md:table-fixed" data-testid="mentorship-map">
          <caption className="sr-only">Your mentorship map: gap areas by category of relationship</caption>
          <thead className="sr-only md:not-sr-only md:table-header-group">
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
          <tbody className="block md:table-row-group">
            {map.rows.map(({ area, cells }) => (
              <tr key={area.id} className="block border-b border-zinc-200 align-top last:border-0 md:table-row md:border-zinc-100 dark:border-zinc-800">
                <th scope="row" className="block px-3 pt-3 text-left font-semibold md:table-cell md:py-3 md:font-medium">
                  {area.name}
                </th>
                {cells.map((cell) => {
                  const info = categoryInfo(cell.category);
                  const profile = profiles[`${area.id}|${cell.category}`];
                  return (
                    <td
                      key={cell.category}
                      data-cell={`${area.name}:${cell.category}`}
                      data-gap={cell.gap || undefined}
                      className={`block px-3 py-1.5 md:table-cell md:px-2 md:py-2 ${cell.gap ? `bg-red-50/60 dark:bg-red-950/30 ${highlightGaps ? "outline-2 -outline-offset-2 outline-red-400 dark:outline-red-700" : ""}` : ""}`}
                    >
                      <span className="mb-1 block text-xs font-medium uppercase text-zinc-600 md:hidden dark:text-zinc-400" aria-hidden="true">
                        {info.label}
                      </span>
                      {cell.mentors.length ? (
                        <ul className="flex flex-wrap gap-1">
                          {cell.mentors.map((m) => (
                            <li key={m.id} className="group relative max-w-full">
                              <Link
                                href={`/mentors/${m.id}`}
                                aria-label={`${m.name}, ${info.label}, ${stageLabel(m.stage)}, ${HEALTH_LABELS[m.health]}`}
                                className={`inline-block max-w-full truncate rounded-full border px-2 py-0.5 text-xs ${HEALTH_CHIP[m.health]}`}
                              >
                                {m.name}
                              </Link>
                              {/* Details on hover and on keyboard focus; the label above says the same to a screen reader. */}
                              <span
                                aria-hidden="true"
                                className="pointer-events-none absolute bottom-full left-0 z-10 mb-1 hidden w-max max-w-56 rounded-md bg-zinc-900 px-2 py-1 text-xs text-white shadow-lg group-focus-within:block group-hover:block dark:bg-zinc-100 dark:text-zinc-900"
                              >
                                {m.name} · {stageLabel(m.stage)} · {HEALTH_LABELS[m.health]}
                              </span>
                            </li>
                          ))}
                        </ul>
                      ) : null}
                      {cell.count > cell.mentors.length ? (
                        <Link className={`mt-1 block text-xs ${link}`} href={`/mentors?category=${cell.category}&area=${area.id}`}>
                          +{cell.count - cell.mentors.length} more
                        </Link>
                      ) : null}
                      {cell.gap ? (
                        <div className="space-y-0.5 text-xs">
                          <p>
                            <span className="font-medium text-red-800 dark:text-red-300">Gap.</span>{" "}
                            {profile ? <span className="text-zinc-700 dark:text-zinc-300">Wanted: {profile}</span> : null}
                          </p>
                          <p className="flex flex-wrap gap-x-2">
                            <Link className={link} href={`/mentors/new?category=${cell.category}&area=${area.id}`}>
                              Add a prospect
                              <span className="sr-only">
                                : {info.label.toLowerCase()} for {area.name}
                              </span>
                            </Link>
                            <Link className={link} href={`/gaps#dream-team-${area.id}`}>
                              {profile ? "Profile" : "Describe"}
                              <span className="sr-only"> the {info.label.toLowerCase()} you want for {area.name}</span>
                            </Link>
                          </p>
                        </div>
                      ) : null}
                      {cell.singlePoint ? <p className="mt-1 text-[11px] text-zinc-600 dark:text-zinc-400">Only one person: a single point of failure</p> : null}
                      {!cell.count && !cell.gap ? <span className="text-xs text-zinc-500 md:sr-only dark:text-zinc-400">Nobody yet</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul aria-label="Legend" className="flex flex-wrap gap-2 text-xs">
        {Object.entries(HEALTH_LABELS).map(([key, label]) => (
          <li key={key} className={`rounded-full border px-2 py-0.5 ${HEALTH_CHIP[key as keyof typeof HEALTH_LABELS]}`}>
            {label}
          </li>
        ))}
        <li className="rounded-full border border-red-200 bg-red-50/60 px-2 py-0.5 dark:border-red-900 dark:bg-red-950/30">empty sage, peer or reverse cell: a gap</li>
      </ul>
    </div>
  );
}
