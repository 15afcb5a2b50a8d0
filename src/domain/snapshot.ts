import type { MentorCategory } from "@/generated/prisma/enums";
import { CATEGORIES } from "./categories";
import { CORE_CATEGORIES, type MentorshipMap } from "./map";

/** A map snapshot: its coverage at a moment, so two moments can be compared. */

export type CoverageCell = { count: number; names: string[] };
export type Coverage = {
  version: 1;
  areas: { id: string; name: string; cells: Record<MentorCategory, CoverageCell> }[];
};

export function coverageOf(map: MentorshipMap): Coverage {
  return {
    version: 1,
    areas: map.rows.map(({ area, cells }) => ({
      id: area.id,
      name: area.name,
      cells: Object.fromEntries(
        cells.map((c) => [c.category, { count: c.count, names: c.mentors.map((m) => m.name) }]),
      ) as Record<MentorCategory, CoverageCell>,
    })),
  };
}

/** Core cells (sage, peer, reverse) with someone in them, of all core cells. */
export function coverageScore(coverage: Coverage) {
  const total = coverage.areas.length * CORE_CATEGORIES.length;
  const covered = coverage.areas.reduce(
    (n, a) => n + CORE_CATEGORIES.filter((c) => (a.cells[c]?.count ?? 0) > 0).length,
    0,
  );
  return { covered, total, gaps: total - covered };
}

export type CellChange = {
  category: MentorCategory;
  before: number;
  after: number;
  /** A core cell that was empty and now is not. */
  filled: boolean;
  /** A core cell that had someone and now is empty. */
  opened: boolean;
};

/** How coverage changed: areas matched by id (so a renamed area is the same one), then by name. */
export function compareCoverage(before: Coverage, after: Coverage) {
  const matched = new Set<string>();
  const findBefore = (a: Coverage["areas"][number]) => {
    const found =
      before.areas.find((b) => b.id === a.id) ??
      before.areas.find((b) => !matched.has(b.id) && b.name.toLowerCase() === a.name.toLowerCase());
    if (found) matched.add(found.id);
    return found;
  };
  const row = (
    name: string,
    status: "kept" | "added" | "removed",
    b: Coverage["areas"][number] | undefined,
    a: Coverage["areas"][number] | undefined,
  ) => ({
    name,
    status,
    cells: CATEGORIES.map(({ value: category }): CellChange => {
      const was = b?.cells[category]?.count ?? 0;
      const now = a?.cells[category]?.count ?? 0;
      const core = CORE_CATEGORIES.includes(category);
      return {
        category,
        before: was,
        after: now,
        filled: core && Boolean(b) && was === 0 && now > 0,
        opened: core && Boolean(a) && was > 0 && now === 0,
      };
    }),
  });
  const rows = after.areas.map((a) => {
    const b = findBefore(a);
    return row(a.name, b ? "kept" : "added", b, a);
  });
  for (const b of before.areas) if (!matched.has(b.id)) rows.push(row(b.name, "removed", b, undefined));
  const cells = rows.flatMap((r) => r.cells);
  return {
    rows,
    filled: cells.filter((c) => c.filled).length,
    opened: cells.filter((c) => c.opened).length,
    before: coverageScore(before),
    after: coverageScore(after),
  };
}
