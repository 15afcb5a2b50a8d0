import { categoryInfo } from "./categories";
import { escapeHtml } from "./escape";
import { HEALTH_LABELS, type MentorshipMap } from "./map";
import { stageLabel } from "./stages";

/**
 * The map's table body as HTML. A big map has hundreds of chips; rendered as React
 * elements they cost the server most of the dashboard's time (each element is
 * serialised twice, once for the RSC payload and once as HTML), so this hot part is
 * a string template instead. Every value from the database goes through `escapeHtml`;
 * the unit tests feed it markup and script payloads.
 */

const LINK = "text-brand-700 underline dark:text-brand-100";

export function renderMapRowsHtml(map: MentorshipMap, profiles: Record<string, string>): string {
  const e = escapeHtml;
  let html = "";
  for (const { area, cells } of map.rows) {
    const areaId = encodeURIComponent(area.id);
    html += `<tr class="block border-b border-zinc-200 align-top last:border-0 md:table-row md:border-zinc-100 dark:border-zinc-800">`;
    html += `<th scope="row" class="block px-3 pt-3 text-left font-semibold md:table-cell md:py-3 md:font-medium">${e(area.name)}</th>`;
    for (const cell of cells) {
      const info = categoryInfo(cell.category);
      const label = info.label;
      const profile = profiles[`${area.id}|${cell.category}`];
      const gapClass = cell.gap ? " bg-red-50/60 dark:bg-red-950/30" : "";
      html += `<td data-cell="${e(`${area.name}:${cell.category}`)}"${cell.gap ? ' data-gap="true"' : ""} class="block px-3 py-1.5 md:table-cell md:px-2 md:py-2${gapClass}">`;
      html += `<span class="mb-1 block text-xs font-medium uppercase text-zinc-600 md:hidden dark:text-zinc-400" aria-hidden="true">${label}</span>`;
      if (cell.mentors.length) {
        html += `<ul class="flex flex-wrap gap-1">`;
        for (const m of cell.mentors) {
          const stage = stageLabel(m.stage);
          const health = HEALTH_LABELS[m.health];
          html +=
            `<li data-tip="${e(`${m.name} · ${stage} · ${health}`)}">` +
            `<a href="/mentors/${encodeURIComponent(m.id)}" data-mentor="${e(m.id)}" aria-label="${e(`${m.name}, ${label}, ${stage}, ${health}`)}" class="chip" data-health="${m.health}">${e(m.name)}</a></li>`;
        }
        html += `</ul>`;
      }
      if (cell.count > cell.mentors.length) {
        html += `<a class="mt-1 block text-xs ${LINK}" href="/mentors?category=${cell.category}&amp;area=${areaId}">+${cell.count - cell.mentors.length} more</a>`;
      }
      if (cell.gap) {
        const kind = label.toLowerCase();
        html += `<div class="space-y-0.5 text-xs"><p><span class="font-medium text-red-800 dark:text-red-300">Gap.</span>`;
        if (profile) html += ` <span class="text-zinc-700 dark:text-zinc-300">Wanted: ${e(profile)}</span>`;
        html += `</p><p class="flex flex-wrap gap-x-2">`;
        html += `<a class="${LINK}" href="/mentors/new?category=${cell.category}&amp;area=${areaId}">Add a prospect<span class="sr-only">: ${kind} for ${e(area.name)}</span></a>`;
        html += `<a class="${LINK}" href="/gaps#dream-team-${areaId}">${profile ? "Profile" : "Describe"}<span class="sr-only"> the ${kind} you want for ${e(area.name)}</span></a>`;
        html += `</p></div>`;
      }
      if (cell.singlePoint)
        html += `<p class="mt-1 text-[11px] text-zinc-600 dark:text-zinc-400">Only one person: a single point of failure</p>`;
      if (!cell.count && !cell.gap)
        html += `<span class="text-xs text-zinc-500 md:sr-only dark:text-zinc-400">Nobody yet</span>`;
      html += `</td>`;
    }
    html += `</tr>`;
  }
  return html;
}
