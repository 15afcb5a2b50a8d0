import { describe, expect, it } from "vitest";
import { buildMap, type MapMentor, placementsOf } from "./map";
import { compareCoverage, coverageOf, coverageScore } from "./snapshot";

const today = "2026-06-01";
const mentor = (id: string, category: MapMentor["category"], gapAreaIds: string[]): MapMentor => ({
  id,
  name: id,
  category,
  stage: "ACTIVE",
  gapAreaIds,
  nextCheckInOn: null,
  oneWay: false,
});
const areas = [
  { id: "lead", name: "Leadership", priority: 1 },
  { id: "tech", name: "Technical skills", priority: 2 },
];

describe("map snapshots", () => {
  it("record each cell's count and names, and score core coverage", () => {
    const coverage = coverageOf(
      buildMap(
        areas,
        placementsOf([
          mentor("Ada", "SAGE", ["lead"]),
          mentor("Bo", "PEER", ["lead", "tech"]),
          mentor("Cy", "SPECIALIST", ["tech"]),
        ]),
        today,
      ),
    );
    expect(coverage.areas[0]!.cells.SAGE).toEqual({ count: 1, names: ["Ada"] });
    expect(coverage.areas[1]!.cells.PEER).toEqual({ count: 1, names: ["Bo"] });
    // Specialists do not count toward core coverage: 3 of 6 core cells.
    expect(coverageScore(coverage)).toEqual({ covered: 3, total: 6, gaps: 3 });
  });

  it("show which gaps were filled and which opened between two snapshots", () => {
    const before = coverageOf(
      buildMap(areas, placementsOf([mentor("Ada", "SAGE", ["lead"]), mentor("Bo", "PEER", ["tech"])]), today),
    );
    const renamed = [
      { id: "lead", name: "Leading teams", priority: 1 },
      { id: "tech", name: "Technical skills", priority: 2 },
    ];
    const after = coverageOf(
      buildMap(
        renamed,
        placementsOf([
          mentor("Ada", "SAGE", ["lead"]),
          mentor("Di", "REVERSE", ["lead"]),
          mentor("Ed", "SAGE", ["tech"]),
        ]),
        today,
      ),
    );
    const diff = compareCoverage(before, after);
    expect(diff.rows.map((r) => [r.name, r.status])).toEqual([
      ["Leading teams", "kept"],
      ["Technical skills", "kept"],
    ]);
    const cell = (area: number, category: string) => diff.rows[area]!.cells.find((c) => c.category === category)!;
    expect(cell(0, "REVERSE")).toMatchObject({ before: 0, after: 1, filled: true });
    expect(cell(1, "SAGE")).toMatchObject({ filled: true });
    expect(cell(1, "PEER")).toMatchObject({ before: 1, after: 0, opened: true });
    expect([diff.filled, diff.opened]).toEqual([2, 1]);
    expect([diff.before.covered, diff.after.covered]).toEqual([2, 3]);
  });

  it("list areas added and removed between snapshots without calling them filled or opened", () => {
    const before = coverageOf(buildMap([areas[0]!], placementsOf([mentor("Ada", "SAGE", ["lead"])]), today));
    const after = coverageOf(buildMap([areas[1]!], placementsOf([mentor("Bo", "PEER", ["tech"])]), today));
    const diff = compareCoverage(before, after);
    expect(diff.rows.map((r) => [r.name, r.status])).toEqual([
      ["Technical skills", "added"],
      ["Leadership", "removed"],
    ]);
    expect([diff.filled, diff.opened]).toEqual([0, 0]);
  });
});
