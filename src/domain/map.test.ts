import { describe, expect, it } from "vitest";
import { buildMap, type MapMentor, mentorHealth, placementsOf } from "./map";

const today = "2026-11-25";
const areas = [
  { id: "lead", name: "Leadership capabilities", priority: 2 },
  { id: "tech", name: "Technical skills", priority: 1 },
];
const mentor = (over: Partial<MapMentor>): MapMentor => ({
  id: over.name ?? "m",
  name: "M",
  category: "SAGE",
  stage: "ACTIVE",
  gapAreaIds: ["tech"],
  nextCheckInOn: "2027-01-01",
  oneWay: false,
  ...over,
});

describe("mentorHealth", () => {
  it("puts the most urgent first: overdue, due this week, one-way, prospect, on rhythm", () => {
    expect(mentorHealth(mentor({ nextCheckInOn: "2026-11-20", oneWay: true }), today)).toBe("overdue");
    expect(mentorHealth(mentor({ nextCheckInOn: "2026-11-28", oneWay: true }), today)).toBe("due-this-week");
    expect(mentorHealth(mentor({ oneWay: true }), today)).toBe("one-way");
    expect(mentorHealth(mentor({ stage: "CONTACTED", nextCheckInOn: null }), today)).toBe("prospect");
    expect(mentorHealth(mentor({}), today)).toBe("on-rhythm");
  });
});

describe("buildMap", () => {
  const map = buildMap(
    areas,
    placementsOf([
      mentor({ name: "Ada", category: "SAGE", gapAreaIds: ["tech", "lead"] }),
      mentor({ name: "Grace", category: "PEER", gapAreaIds: ["tech"] }),
      mentor({ name: "Alan", category: "PEER", gapAreaIds: ["tech"], stage: "PROSPECT" }),
      mentor({ name: "Ben", category: "REVERSE", gapAreaIds: ["lead"], stage: "DECLINED" }),
      mentor({ name: "Nobody's", category: "SPECIALIST", gapAreaIds: [] }),
    ]),
    today,
  );

  it("orders rows by priority and columns by category", () => {
    expect(map.rows.map((r) => r.area.name)).toEqual(["Technical skills", "Leadership capabilities"]);
    expect(map.rows[0]!.cells.map((c) => c.category)).toEqual([
      "SAGE",
      "PEER",
      "REVERSE",
      "SPECIALIST",
      "ACCOUNTABILITY",
    ]);
  });

  it("places a mentor in every cell they serve, and leaves declined prospects off", () => {
    expect(map.rows[0]!.cells[0]!.mentors.map((m) => m.name)).toEqual(["Ada"]);
    expect(map.rows[1]!.cells[0]!.mentors.map((m) => m.name)).toEqual(["Ada"]);
    // Most urgent first: the prospect comes after the active peer.
    expect(map.rows[0]!.cells[1]!.mentors.map((m) => m.name)).toEqual(["Grace", "Alan"]);
    expect(map.rows[1]!.cells[2]!.mentors).toEqual([]);
  });

  it("flags empty sage, peer and reverse cells as gaps, and one-person cells as single points of failure", () => {
    expect(map.gaps.map((g) => `${g.area.id}:${g.category}`)).toEqual(["tech:REVERSE", "lead:PEER", "lead:REVERSE"]);
    expect(map.rows[0]!.cells[3]!.gap).toBe(false); // specialists are optional
    expect(map.rows[0]!.cells[0]!.singlePoint).toBe(true);
    expect(map.rows[0]!.cells[1]!.singlePoint).toBe(false);
  });

  it("highlights only the first three gaps, most important area first, and counts the core cells filled", () => {
    const empty = buildMap(
      [...areas, { id: "net", name: "Networking", priority: 3 }],
      placementsOf([mentor({ name: "Ada", category: "PEER", gapAreaIds: ["lead"] })]),
      today,
    );
    const top = empty.rows.flatMap((r) => r.cells.filter((c) => c.topGap).map((c) => `${r.area.id}:${c.category}`));
    expect(top).toEqual(["tech:SAGE", "tech:PEER", "tech:REVERSE"]);
    expect(empty.gaps).toHaveLength(8);
    expect(empty.core).toEqual({ filled: 1, total: 9 });
    expect(map.core).toEqual({ filled: 3, total: 6 });
  });

  it("shows at most 8 chips in a crowded cell, most urgent first, and counts the rest", () => {
    const crowd = Array.from({ length: 12 }, (_, i) =>
      mentor({
        name: `P${String(i).padStart(2, "0")}`,
        category: "PEER",
        nextCheckInOn: i === 11 ? "2026-11-01" : "2027-01-01",
      }),
    );
    const cell = buildMap(areas, placementsOf(crowd), today).rows[0]!.cells[1]!;
    expect(cell.count).toBe(12);
    expect(cell.mentors).toHaveLength(8);
    expect(cell.mentors[0]!.name).toBe("P11");
  });

  it("trusts the database's count when it sends only the top of a cell", () => {
    const cell = buildMap(areas, [{ areaId: "tech", mentor: mentor({ name: "Top" }), cellCount: 40 }], today).rows[0]!
      .cells[0]!;
    expect(cell).toMatchObject({ count: 40, singlePoint: false, gap: false });
    expect(cell.mentors.map((m) => m.name)).toEqual(["Top"]);
  });
});
