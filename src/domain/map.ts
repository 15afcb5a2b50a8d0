import type { MentorCategory, MentorStage } from "@/generated/prisma/enums";
import { rhythmStatus } from "./cadence";
import type { Day } from "./calendar";
import { CATEGORIES } from "./categories";

/** The map's picture: gap areas (rows, by priority) × the five categories (columns). */

export type MapMentor = {
  id: string;
  name: string;
  category: MentorCategory;
  stage: MentorStage;
  gapAreaIds: string[];
  nextCheckInOn: Day | null;
  oneWay: boolean;
};

export type Health = "overdue" | "due-this-week" | "one-way" | "prospect" | "no-rhythm" | "on-rhythm";

/** What each colour means, in words (colour never speaks alone). */
export const HEALTH_LABELS: Record<Health, string> = {
  overdue: "check-in overdue",
  "due-this-week": "check-in due in the next 7 days",
  "one-way": "one-way value",
  prospect: "prospect",
  "no-rhythm": "no check-ins due (no rhythm set, or paused)",
  "on-rhythm": "on rhythm",
};

/** Categories whose empty cell is a gap to fill (specialists and accountability are optional). */
export const CORE_CATEGORIES: MentorCategory[] = ["SAGE", "PEER", "REVERSE"];

const PIPELINE: MentorStage[] = ["PROSPECT", "RESEARCHED", "CONTACTED"];

/** The most urgent thing about a relationship, for its colour on the map. */
export function mentorHealth(m: Pick<MapMentor, "stage" | "nextCheckInOn" | "oneWay">, today: Day): Health {
  const rhythm = rhythmStatus(m.nextCheckInOn, today, m.stage);
  if (rhythm === "overdue") return "overdue";
  if (rhythm === "due-this-week") return "due-this-week";
  if (m.oneWay) return "one-way";
  if (PIPELINE.includes(m.stage)) return "prospect";
  // A relationship with no check-in falling due (no rhythm set, or paused) is not "on rhythm".
  if (rhythm === "none" || rhythm === "resting") return "no-rhythm";
  return "on-rhythm";
}

/** Chips shown per cell; the rest are counted and linked to the filtered list. */
export const CELL_CHIP_LIMIT = 8;

export type MapCell = {
  category: MentorCategory;
  /** Most urgent first, at most CELL_CHIP_LIMIT. */
  mentors: (MapMentor & { health: Health })[];
  /** Everyone in the cell. */
  count: number;
  /** An empty sage, peer or reverse cell. */
  gap: boolean;
  /** Exactly one person covers this need. */
  singlePoint: boolean;
  /** One of the TOP_GAPS gaps of the most important areas: the ones the map highlights. */
  topGap: boolean;
};

/** How many gaps the map highlights, most important area first (the rest are quiet "+ Sage" slots). */
export const TOP_GAPS = 3;

export type MapArea = { id: string; name: string; priority: number };

const URGENCY: Health[] = ["overdue", "due-this-week", "one-way", "on-rhythm", "no-rhythm", "prospect"];

/** One mentor in one gap area. `cellCount`, when the database counted the cell, is everyone in it. */
export type Placement = { areaId: string; mentor: MapMentor; cellCount?: number };

/** For maps held in memory: a mentor is placed in every gap area they serve. */
export function placementsOf(mentors: MapMentor[]): Placement[] {
  return mentors.flatMap((mentor) => mentor.gapAreaIds.map((areaId) => ({ areaId, mentor })));
}

/**
 * The picture from placements. The database may send only the most urgent few per
 * cell with the cell's count (src/server/dashboard); the rules are the same.
 */
export function buildMap(areas: MapArea[], placements: Placement[], today: Day) {
  const buckets = new Map<string, { mentors: (MapMentor & { health: Health })[]; count: number }>();
  for (const { areaId, mentor, cellCount } of placements) {
    // Declined prospects are not on the map; they come back through their revisit reminder.
    if (mentor.stage === "DECLINED") continue;
    const key = `${areaId}|${mentor.category}`;
    const bucket = buckets.get(key) ?? { mentors: [], count: 0 };
    // Field by field: `{ ...mentor, health }` took 1 µs a chip on Node 20, a quarter of a
    // millisecond on a big map's every view after a change.
    const { id, name, category, stage, gapAreaIds, nextCheckInOn, oneWay } = mentor;
    const health = mentorHealth(mentor, today);
    bucket.mentors.push({ id, name, category, stage, gapAreaIds, nextCheckInOn, oneWay, health });
    bucket.count = cellCount ?? bucket.count + 1;
    buckets.set(key, bucket);
  }
  const rows = [...areas]
    .sort((a, b) => a.priority - b.priority || a.name.localeCompare(b.name))
    .map((area) => ({
      area,
      cells: CATEGORIES.map(({ value: category }): MapCell => {
        const bucket = buckets.get(`${area.id}|${category}`) ?? { mentors: [], count: 0 };
        const sorted = bucket.mentors.sort(
          (a, b) =>
            URGENCY.indexOf(a.health) - URGENCY.indexOf(b.health) ||
            a.name.toLowerCase().localeCompare(b.name.toLowerCase()),
        );
        return {
          category,
          mentors: sorted.slice(0, CELL_CHIP_LIMIT),
          count: bucket.count,
          gap: bucket.count === 0 && CORE_CATEGORIES.includes(category),
          singlePoint: bucket.count === 1,
          topGap: false,
        };
      }),
    }));
  const gapCells = rows.flatMap((r) => r.cells.filter((c) => c.gap).map((cell) => ({ area: r.area, cell })));
  for (const { cell } of gapCells.slice(0, TOP_GAPS)) cell.topGap = true;
  const gaps = gapCells.map(({ area, cell }) => ({ area, category: cell.category }));
  const core = rows.length * CORE_CATEGORIES.length;
  return { rows, gaps, core: { filled: core - gaps.length, total: core } };
}
export type MentorshipMap = ReturnType<typeof buildMap>;
