import { CATEGORIES, categoryInfo } from "./categories";
import { escapeHtml } from "./escape";
import { HEALTH_LABELS, type MentorshipMap } from "./map";
import { stageLabel } from "./stages";

/**
 * The map as a picture: you at the centre, the five categories as sectors, the gap
 * areas as rings (the most important innermost), each person a dot coloured by
 * health (globals.css, `.dot`), each gap an open slot. An SVG string drawn on the
 * server like the export; every dot and slot is a link with a spoken name, and the
 * table is its accessible alternative with the same people.
 */

const SIZE = 640;
const C = SIZE / 2;
const CENTRE_R = 46;
const OUTER_R = 270;
/** Room either side for the sector labels. */
const MARGIN = 60;

const polar = (r: number, angle: number) =>
  [C + r * Math.cos(angle), C + r * Math.sin(angle)].map((n) => n.toFixed(1)) as [string, string];

/** The outline of one cell: ring [r1, r2] between two angles. */
function sectorPath(r1: number, r2: number, a1: number, a2: number) {
  const large = a2 - a1 > Math.PI ? 1 : 0;
  const [x1, y1] = polar(r2, a1);
  const [x2, y2] = polar(r2, a2);
  const [x3, y3] = polar(r1, a2);
  const [x4, y4] = polar(r1, a1);
  return `M${x1} ${y1}A${r2} ${r2} 0 ${large} 1 ${x2} ${y2}L${x3} ${y3}A${r1} ${r1} 0 ${large} 0 ${x4} ${y4}Z`;
}

export function renderRadialMap(map: MentorshipMap, title: string): string {
  const e = escapeHtml;
  const rings = Math.max(1, map.rows.length);
  const width = (OUTER_R - CENTRE_R) / rings;
  const span = (2 * Math.PI) / CATEGORIES.length;
  const start = -Math.PI / 2 - span / 2;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-MARGIN} 0 ${SIZE + 2 * MARGIN} ${SIZE}" role="group" aria-label="${e(title)}" class="radial-map" data-testid="radial-map">`,
  ];
  map.rows.forEach(({ area, cells }, ring) => {
    const r1 = CENTRE_R + ring * width;
    const r2 = r1 + width;
    const mid = (r1 + r2) / 2;
    const dotR = Math.min(9, width / 4);
    cells.forEach((cell, i) => {
      const a1 = start + i * span;
      const a2 = a1 + span;
      const label = categoryInfo(cell.category).label;
      out.push(
        `<path d="${sectorPath(r1, r2, a1, a2)}" class="cell${cell.topGap ? " top" : ""}"><title>${e(`${area.name} · ${label}`)}</title></path>`,
      );
      // People spread along the ring's middle arc, inside the sector's margins.
      const n = cell.mentors.length + (cell.count > cell.mentors.length ? 1 : 0) + (cell.gap ? 1 : 0);
      const step = (span * 0.8) / Math.max(1, n);
      let k = 0;
      const at = () => polar(mid, a1 + span * 0.1 + step * (k++ + 0.5));
      for (const m of cell.mentors) {
        const [x, y] = at();
        const name = `${m.name}, ${label}, ${area.name}, ${stageLabel(m.stage)}, ${HEALTH_LABELS[m.health]}`;
        out.push(
          `<a href="/mentors/${encodeURIComponent(m.id)}" data-mentor="${e(m.id)}" aria-label="${e(name)}">` +
            `<circle cx="${x}" cy="${y}" r="${dotR.toFixed(1)}" class="dot" data-health="${m.health}"><title>${e(name)}</title></circle></a>`,
        );
      }
      if (cell.count > cell.mentors.length) {
        const [x, y] = at();
        out.push(
          `<text x="${x}" y="${y}" class="more" text-anchor="middle" dominant-baseline="central">+${cell.count - cell.mentors.length}</text>`,
        );
      }
      if (cell.gap) {
        const [x, y] = at();
        const name = `+ ${label} for ${area.name}${cell.topGap ? " (a top gap)" : " (a gap)"}`;
        out.push(
          `<a href="/mentors/new?category=${cell.category}&amp;area=${encodeURIComponent(area.id)}" aria-label="${e(name)}">` +
            `<circle cx="${x}" cy="${y}" r="${dotR.toFixed(1)}" class="slot-dot${cell.topGap ? " top" : ""}"><title>${e(name)}</title></circle></a>`,
        );
      }
    });
    // The ring's number, matched by the list of areas under the picture.
    const [nx, ny] = polar(mid, -Math.PI / 2 - span / 2);
    out.push(
      `<text x="${nx}" y="${ny}" class="ring-number" text-anchor="middle" dominant-baseline="central" aria-hidden="true">${ring + 1}</text>`,
    );
  });
  CATEGORIES.forEach((c, i) => {
    const [x, y] = polar(OUTER_R + 22, start + (i + 0.5) * span);
    out.push(
      `<text x="${x}" y="${y}" class="sector-label" text-anchor="middle" dominant-baseline="central" aria-hidden="true">${e(c.label)}</text>`,
    );
  });
  out.push(
    `<circle cx="${C}" cy="${C}" r="${CENTRE_R - 6}" class="you"></circle>`,
    `<text x="${C}" y="${C}" class="you-label" text-anchor="middle" dominant-baseline="central" aria-hidden="true">You</text>`,
    "</svg>",
  );
  return out.join("");
}
