import { CATEGORIES } from "./categories";
import { escapeHtml } from "./escape";
import { HEALTH_LABELS, type Health, type MentorshipMap } from "./map";

/** "Download my map": the map as a standalone SVG (also rasterised to PNG in the browser). */

const COLOURS: Record<Health, { fill: string; stroke: string; text: string }> = {
  overdue: { fill: "#fef2f2", stroke: "#fca5a5", text: "#7f1d1d" },
  "due-this-week": { fill: "#fffbeb", stroke: "#fcd34d", text: "#78350f" },
  "one-way": { fill: "#f5f3ff", stroke: "#c4b5fd", text: "#4c1d95" },
  prospect: { fill: "#ffffff", stroke: "#a1a1aa", text: "#3f3f46" },
  "no-rhythm": { fill: "#fafafa", stroke: "#d4d4d8", text: "#3f3f46" },
  "on-rhythm": { fill: "#ecfdf5", stroke: "#6ee7b7", text: "#064e3b" },
};

const AREA_W = 190;
const CELL_W = 170;
const HEADER_H = 70;
const CHIP_H = 22;
const PAD = 10;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** Cut to fit a chip: about 6.5 px per character at 12 px. */
const fitText = (text: string, width: number) => {
  const max = Math.floor(width / 6.5);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

export function renderMapSvg(map: MentorshipMap, { title, subtitle }: { title: string; subtitle: string }): string {
  const rowHeights = map.rows.map(({ cells }) => {
    const lines = Math.max(
      1,
      ...cells.map(
        (c) => c.mentors.length + (c.count > c.mentors.length ? 1 : 0) + (c.gap ? 1 : 0) + (c.singlePoint ? 1 : 0),
      ),
    );
    return PAD * 2 + lines * (CHIP_H + 4);
  });
  const width = AREA_W + CELL_W * CATEGORIES.length + PAD * 2;
  const legendY = HEADER_H + rowHeights.reduce((a, b) => a + b, 0) + 20;
  const height = legendY + 40;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" role="img" aria-labelledby="map-title">`,
    `<title id="map-title">${escapeHtml(title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${PAD}" y="26" font-size="18" font-weight="600" fill="#18181b">${escapeHtml(title)}</text>`,
    `<text x="${PAD}" y="44" font-size="12" fill="#52525b">${escapeHtml(subtitle)}</text>`,
  );
  CATEGORIES.forEach((c, i) => {
    out.push(
      `<text x="${PAD + AREA_W + i * CELL_W + 6}" y="${HEADER_H - 8}" font-size="11" font-weight="600" fill="#52525b" letter-spacing="0.5">${escapeHtml(c.label.toUpperCase())}</text>`,
    );
  });
  let y = HEADER_H;
  map.rows.forEach(({ area, cells }, r) => {
    const h = rowHeights[r]!;
    out.push(`<line x1="${PAD}" y1="${y}" x2="${width - PAD}" y2="${y}" stroke="#e4e4e7"/>`);
    out.push(
      `<text x="${PAD + 4}" y="${y + PAD + 15}" font-size="13" font-weight="600" fill="#18181b">${escapeHtml(fitText(area.name, AREA_W - 10))}</text>`,
    );
    cells.forEach((cell, i) => {
      const x = PAD + AREA_W + i * CELL_W;
      if (cell.gap)
        out.push(
          `<rect x="${x + 2}" y="${y + 2}" width="${CELL_W - 4}" height="${h - 4}" fill="#fef2f2" stroke="#fca5a5" stroke-dasharray="4 3" rx="4"/>`,
        );
      let cy = y + PAD;
      for (const m of cell.mentors) {
        const colour = COLOURS[m.health];
        out.push(
          `<g><title>${escapeHtml(`${m.name}: ${HEALTH_LABELS[m.health]}`)}</title>`,
          `<rect x="${x + 6}" y="${cy}" width="${CELL_W - 12}" height="${CHIP_H}" rx="11" fill="${colour.fill}" stroke="${colour.stroke}"${m.health === "prospect" ? ' stroke-dasharray="3 2"' : ""}/>`,
          `<text x="${x + 14}" y="${cy + 15}" font-size="12" fill="${colour.text}">${escapeHtml(fitText(m.name, CELL_W - 28))}</text></g>`,
        );
        cy += CHIP_H + 4;
      }
      const note = (text: string, colour: string) => {
        out.push(`<text x="${x + 8}" y="${cy + 15}" font-size="11" fill="${colour}">${escapeHtml(text)}</text>`);
        cy += CHIP_H + 4;
      };
      if (cell.count > cell.mentors.length) note(`+${cell.count - cell.mentors.length} more`, "#3f3f46");
      if (cell.gap) note("Gap", "#991b1b");
      if (cell.singlePoint) note("Single point of failure", "#52525b");
    });
    y += h;
  });
  let lx = PAD;
  for (const [health, label] of Object.entries(HEALTH_LABELS) as [Health, string][]) {
    const c = COLOURS[health];
    const w = label.length * 6.5 + 20;
    out.push(`<rect x="${lx}" y="${legendY}" width="${w}" height="20" rx="10" fill="${c.fill}" stroke="${c.stroke}"/>`);
    out.push(`<text x="${lx + 10}" y="${legendY + 14}" font-size="11" fill="${c.text}">${escapeHtml(label)}</text>`);
    lx += w + 8;
  }
  out.push("</svg>");
  return out.join("\n");
}
