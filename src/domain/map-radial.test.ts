import { describe, expect, it } from "vitest";
import { buildMap, type MapMentor, placementsOf } from "./map";
import { renderMapRowsHtml } from "./map-html";
import { renderRadialMap } from "./map-radial";

const mentor = (id: string, name: string, extra: Partial<MapMentor> = {}): MapMentor => ({
  id,
  name,
  category: "SAGE",
  stage: "ACTIVE",
  gapAreaIds: ["a1"],
  nextCheckInOn: null,
  oneWay: false,
  ...extra,
});
const areas = [
  { id: "a1", name: "Leadership", priority: 1 },
  { id: "a2", name: "Technical skills", priority: 2 },
];
const ids = (html: string) => [...html.matchAll(/data-mentor="([^"]+)"/g)].map((m) => m[1]).sort();

describe("renderRadialMap", () => {
  const people = [
    mentor("m1", "Ada", { nextCheckInOn: "2026-01-01" }),
    mentor("m2", "Grace", { category: "PEER", gapAreaIds: ["a1", "a2"] }),
    ...Array.from({ length: 10 }, (_, i) => mentor(`c${i}`, `Crowd ${i}`, { category: "SPECIALIST" })),
  ];
  const map = buildMap(areas, placementsOf(people), "2026-02-01");
  const svg = renderRadialMap(map, "Your map as a picture");

  it("draws the same people as the table, each a link with a spoken name", () => {
    expect(ids(svg)).toEqual(ids(renderMapRowsHtml(map, {})));
    expect(svg).toContain(`aria-label="Ada, Sage, Leadership, Active, check-in overdue"`);
    expect(svg).toContain(">+2</text>"); // the crowded cell's rest
  });

  it("draws every gap as an open slot, the top three marked", () => {
    expect(svg.match(/class="slot-dot/g)).toHaveLength(map.gaps.length);
    expect(svg.match(/class="slot-dot top"/g)).toHaveLength(3);
    expect(svg).toContain(
      `href="/mentors/new?category=REVERSE&amp;area=a1" aria-label="+ Reverse for Leadership (a top gap)"`,
    );
  });

  it("escapes what the user typed", () => {
    const evil = `<script>alert(1)</script>"'`;
    const out = renderRadialMap(
      buildMap([{ id: "a1", name: evil, priority: 1 }], placementsOf([mentor("x", evil)]), "2026-02-01"),
      evil,
    );
    expect(out).not.toContain("<script>");
    expect(out).not.toMatch(/="[^"]*"'/);
  });
});
