import type { MentorCategory, MentorStage } from "@/generated/prisma/enums";
import { rhythmBadgeClass, rhythmLabel, rhythmStatus } from "./cadence";
import type { Day } from "./calendar";
import { categoryBadgeClass, categoryInfo } from "./categories";
import { escapeHtml } from "./escape";
import { stageLabel } from "./stages";
import { describeOneWay, type ValueBalance } from "./value-balance";

/** What a row of the mentors list shows of a mentor. */
export type MentorRow = {
  id: string;
  name: string;
  headline: string | null;
  organisation: string | null;
  tags: string[];
  category: MentorCategory;
  stage: MentorStage;
  gapAreas: { name: string }[];
  nextCheckInOn: Day | null;
  value: Pick<ValueBalance, "gave" | "received" | "balance" | "oneWay">;
};

/** Marks a row's selection box; the list's client part (mentor-table.tsx) finds them by it. */
export const SELECT_ATTRIBUTE = "data-select";

const WIDE_CELL = "hidden px-4 py-3 md:table-cell";

/**
 * The mentors list's table body as HTML. Its rows as React elements were most of the
 * list's server time: a client component's rows are rendered on the server once as
 * HTML and sent again as their data in the RSC payload, as src/domain/map-html.ts says
 * of the map's chips. A selected row is highlighted by CSS (`has-checked:`), so
 * choosing rows re-renders nothing. Every value from the database goes through
 * `escapeHtml`; the unit tests feed it markup.
 */
export function renderMentorRowsHtml(mentors: MentorRow[], today: Day, formatDay: (day: Day) => string): string {
  const e = escapeHtml;
  let html = "";
  for (const m of mentors) {
    const info = categoryInfo(m.category);
    const badge = `<span title="${e(info.meaning)}" class="${categoryBadgeClass(m.category)}">${e(info.label)}</span>`;
    const stage = e(stageLabel(m.stage));
    const next = m.nextCheckInOn ? e(formatDay(m.nextCheckInOn)) : null;
    const status = rhythmStatus(m.nextCheckInOn, today, m.stage);
    const rhythm = `<span class="${rhythmBadgeClass(status)}">${rhythmLabel(m.nextCheckInOn, today, m.stage)}</span>`;
    const byline = [m.headline, m.organisation].filter(Boolean).join(", ");

    html += `<tr class="flex items-start md:table-row has-checked:bg-brand-50 dark:has-checked:bg-zinc-800">`;
    html += `<td class="block px-1 py-1 md:table-cell md:px-4 md:py-3"><label class="flex size-11 items-center justify-center md:size-auto">`;
    html += `<input type="checkbox" class="size-4" aria-label="Select ${e(m.name)}" ${SELECT_ATTRIBUTE}="${e(m.id)}"></label></td>`;
    html += `<td class="block min-w-0 flex-1 px-2 py-3 md:table-cell md:px-4">`;
    html += `<a class="inline-block font-medium leading-6 text-brand-700 hover:underline dark:text-brand-100" href="/mentors/${encodeURIComponent(m.id)}">${e(m.name)}</a>`;
    if (byline) html += `<div class="text-xs text-zinc-600 dark:text-zinc-400">${e(byline)}</div>`;
    if (m.tags.length) {
      html += `<div class="mt-1 flex gap-2 text-xs">`;
      for (const t of m.tags)
        html += `<a class="inline-block leading-6 text-zinc-600 hover:underline dark:text-zinc-400" aria-label="${e(`Mentors tagged ${t}`)}" href="/mentors?tag=${encodeURIComponent(t)}">#${e(t)}</a>`;
      html += `</div>`;
    }
    // On a phone each row is a card: the name, then its status (category, stage, next check-in) under it.
    html += `<div class="mt-2 flex flex-wrap items-center gap-2 text-xs md:hidden" data-testid="card-status">${badge}<span>${stage}</span>`;
    if (next) html += `<span>Next check-in ${next}</span>${rhythm}`;
    html += `</div></td>`;
    html += `<td class="${WIDE_CELL}">${badge}</td><td class="${WIDE_CELL}">${stage}</td>`;
    html += `<td class="${WIDE_CELL}">${e(m.gapAreas.map((g) => g.name).join(", ")) || "—"}</td>`;
    html += `<td class="${WIDE_CELL}">${next ? `<div class="space-y-1"><div>${next}</div>${rhythm}</div>` : "—"}</td>`;
    html += `<td class="${WIDE_CELL}">${valueCell(m)}</td></tr>`;
  }
  return html;
}

function valueCell({ name, value }: MentorRow): string {
  let html =
    value.gave + value.received === 0
      ? "—"
      : `<span title="Given ${value.gave}, received ${value.received}">${value.balance > 0 ? "+" : ""}${value.balance}</span>`;
  if (value.oneWay)
    html += `<div class="text-xs text-amber-800 dark:text-amber-300">${escapeHtml(describeOneWay(name.split(" ")[0] ?? name, value.oneWay))}</div>`;
  return html;
}
