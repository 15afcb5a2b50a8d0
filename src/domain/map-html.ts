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

const SINGLE_POINT = "the only one here: a single point of failure";

/** A small warning mark (lucide's triangle-alert) beside a cell's only person; its words are its name. */
const SINGLE_POINT_ICON =
  `<span role="img" aria-label="Only one person: a single point of failure" class="spof">` +
  `<svg aria-hidden="true" viewBox="0 0 24 24" width="14" height="14" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">` +
  `<path d="m21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3"></path><path d="M12 9v4"></path><path d="M12 17h.01"></path></svg></span>`;

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
      const gapClass = cell.topGap ? " top-gap" : "";
      html += `<td data-cell="${e(`${area.name}:${cell.category}`)}"${cell.gap ? ' data-gap="true"' : ""}${cell.topGap ? ' data-top-gap="true"' : ""} class="block px-3 py-1.5 md:table-cell md:px-2 md:py-2${gapClass}">`;
      html += `<span class="mb-1 block text-xs font-medium uppercase text-zinc-600 md:hidden dark:text-zinc-400" aria-hidden="true">${label}</span>`;
      if (cell.mentors.length) {
        html += `<ul class="flex flex-wrap items-center gap-1">`;
        for (const m of cell.mentors) {
          const stage = stageLabel(m.stage);
          const health = HEALTH_LABELS[m.health];
          const alone = cell.singlePoint ? ` · ${SINGLE_POINT}` : "";
          html +=
            `<li data-tip="${e(`${m.name} · ${stage} · ${health}${alone}`)}">` +
            `<a href="/mentors/${encodeURIComponent(m.id)}" data-mentor="${e(m.id)}" aria-label="${e(`${m.name}, ${label}, ${stage}, ${health}`)}" class="chip" data-health="${m.health}">${e(m.name)}</a></li>`;
        }
        if (cell.singlePoint) html += `<li>${SINGLE_POINT_ICON}</li>`;
        html += `</ul>`;
      }
      if (cell.count > cell.mentors.length) {
        html += `<a class="mt-1 block text-xs ${LINK}" href="/mentors?category=${cell.category}&amp;area=${areaId}">+${cell.count - cell.mentors.length} more</a>`;
      }
      if (cell.gap) {
        const kind = label.toLowerCase();
        const add = `<a class="slot" href="/mentors/new?category=${cell.category}&amp;area=${areaId}">+ ${label}<span class="sr-only"> for ${e(area.name)}</span></a>`;
        if (cell.topGap) {
          html += `<p class="mb-1 text-xs font-medium text-brand-700 dark:text-brand-100">Top gap</p>${add}`;
          if (profile) html += `<p class="mt-1 text-xs text-zinc-700 dark:text-zinc-300">Wanted: ${e(profile)}</p>`;
          html += `<a class="mt-1 block text-xs ${LINK}" href="/gaps#dream-team-${areaId}">${profile ? "Profile" : "Describe"}<span class="sr-only"> the ${kind} you want for ${e(area.name)}</span></a>`;
        } else {
          html += profile ? `<span data-tip="${e(`Wanted: ${profile}`)}">${add}</span>` : add;
        }
        html += `<a class="mt-1 block text-xs ${LINK}" href="/gaps?suggest=${cell.category}&amp;area=${areaId}#dream-team-${areaId}">Who could fill this?<span class="sr-only"> (${kind} for ${e(area.name)})</span></a>`;
      }
      if (!cell.count && !cell.gap)
        html += `<span class="text-xs text-zinc-500 md:sr-only dark:text-zinc-400">Nobody yet</span>`;
      html += `</td>`;
    }
    html += `</tr>`;
  }
  return html;
}
