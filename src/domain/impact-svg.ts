import { escapeHtml } from "./escape";
import { hours, type Impact } from "./impact";
import { MENTEE_STAGES, type MenteeStage } from "./mentee-stages";

/** "Download as PNG": the impact as a standalone SVG card (rasterised in the browser, like the map). */

const W = 720;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const STAGE_COLOURS: Record<MenteeStage, string> = {
  APPLIED: "#a1a1aa",
  ACCEPTED: "#60a5fa",
  ACTIVE: "#10b981",
  ALUMNI: "#6366f1",
  WAITLISTED: "#f59e0b",
  DECLINED: "#f87171",
};

export function renderImpactSvg(i: Impact, subtitle: string): string {
  const e = escapeHtml;
  const figures: [string, string][] = [
    ["Sessions held", String(i.sessions)],
    ["Hours given", String(hours(i.minutesGiven))],
    ["People mentored", String(i.menteesEver)],
    ["Their wins", String(i.wins.length)],
  ];
  const boxW = (W - 40 - 3 * 12) / 4;
  let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="420" viewBox="0 0 ${W} 420" font-family="${FONT}">`;
  svg += `<rect width="${W}" height="420" fill="#ffffff"/>`;
  svg += `<text x="20" y="40" font-size="22" font-weight="600" fill="#18181b">${e(i.owner ? `Mentoring impact: ${i.owner}` : "Mentoring impact")}</text>`;
  svg += `<text x="20" y="64" font-size="13" fill="#52525b">${e(subtitle)}</text>`;
  figures.forEach(([label, value], k) => {
    const x = 20 + k * (boxW + 12);
    svg += `<rect x="${x}" y="84" width="${boxW}" height="74" rx="8" fill="#f4f4f5"/>`;
    svg += `<text x="${x + 12}" y="108" font-size="12" fill="#52525b">${e(label)}</text>`;
    svg += `<text x="${x + 12}" y="143" font-size="28" font-weight="600" fill="#18181b">${e(value)}</text>`;
  });
  svg += `<text x="20" y="190" font-size="14" font-weight="600" fill="#18181b">Mentees by stage</text>`;
  const max = Math.max(1, ...i.stages.map((r) => Object.values(r.counts).reduce((a, b) => a + b, 0)));
  const barW = (W - 40) / Math.max(1, i.stages.length) - 16;
  i.stages.forEach((r, k) => {
    const x = 20 + k * (barW + 16);
    let y = 350;
    for (const s of MENTEE_STAGES) {
      const h = (r.counts[s.value] / max) * 130;
      if (!h) continue;
      y -= h;
      svg += `<rect x="${x}" y="${y.toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" fill="${STAGE_COLOURS[s.value]}"><title>${e(`${s.label}: ${r.counts[s.value]}`)}</title></rect>`;
    }
    const month = new Date(`${r.end}T00:00:00Z`).toLocaleDateString("en-GB", { month: "short", timeZone: "UTC" });
    svg += `<text x="${(x + barW / 2).toFixed(1)}" y="368" font-size="11" text-anchor="middle" fill="#52525b">${e(month)}</text>`;
  });
  MENTEE_STAGES.forEach((s, k) => {
    const x = 20 + k * 112;
    svg += `<rect x="${x}" y="390" width="10" height="10" fill="${STAGE_COLOURS[s.value]}"/><text x="${x + 14}" y="399" font-size="11" fill="#3f3f46">${e(s.label)}</text>`;
  });
  return `${svg}</svg>`;
}
