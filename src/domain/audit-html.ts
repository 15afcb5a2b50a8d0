import { type AuditRow, checkInsPerMonth } from "./audit";
import { categoryBadgeClass, categoryInfo } from "./categories";
import { escapeHtml } from "./escape";
import { stageLabel } from "./stages";

/**
 * The audit table's body as HTML: its rows as React elements cost the page most of its
 * server time and its payload (each element is serialised twice, once for the RSC
 * payload and once as HTML, as src/domain/map-html.ts says of the map's chips). Every
 * value from the database goes through `escapeHtml`; the unit tests feed it markup.
 */

const CELL = "px-3 py-2 tabular-nums";
const NOT_RATED = `<span class="text-zinc-600 dark:text-zinc-400">not rated</span>`;
const rating = (v: number | null) => (v === null ? NOT_RATED : String(v));

export function renderAuditRowsHtml(rows: AuditRow[]): string {
  const e = escapeHtml;
  let html = "";
  for (const r of rows) {
    const info = categoryInfo(r.category);
    html += `<tr class="border-b border-zinc-100 last:border-0 dark:border-zinc-800">`;
    html += `<th scope="row" class="px-3 py-2 font-medium"><a href="/mentors/${encodeURIComponent(r.id)}" class="hover:underline">${e(r.name)}</a>`;
    html += `<span class="block text-xs font-normal text-zinc-600 dark:text-zinc-400">${e(stageLabel(r.stage))}</span></th>`;
    html += `<td class="px-3 py-2"><span title="${e(info.meaning)}" class="${categoryBadgeClass(r.category)}">${e(info.label)}</span></td>`;
    html += `<td class="${CELL}">${rating(r.valueReceivedRating)}</td>`;
    html += `<td class="${CELL}">${rating(r.valueProvidedRating)}</td>`;
    html += `<td class="${CELL}">${checkInsPerMonth(r.checkInsInWindow)}</td>`;
    html += `<td class="${CELL}">${rating(r.growthPotentialRating)}</td>`;
    html += `<td class="${CELL}">${r.gave} / ${r.received}</td></tr>`;
  }
  return html;
}
