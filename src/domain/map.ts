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

export type Health = "overdue" | "due-this-week" | "one-way" | "prospect" | "on-rhythm";

/** Categories whose empty cell is a gap to fill (specialists and accountability are optional). */
export const CORE_CATEGORIES: MentorCategory[] = ["SAGE", "PEER", "REVERSE"];

const PIPELINE: MentorStage[] = ["PROSPECT", "RESEARCHED", "CONTACTED"];

/** The most urgent thing about a relationship, for its colour on the map. */
export function mentorHealth(m: Pick<MapMentor, "stage" | "nextCheckInOn" | "oneWay">, today: Day): Health {
  const rhythm = rhythmStatus(m.nextCheckInOn, today);
  if (rhythm === "overdue") return "overdue";
  if (rhythm === "due-this-week") return "due-this-week";
  if (m.oneWay) return "one-way";
  if (PIPELINE.includes(m.stage)) return "prospect";
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
};

export type MapArea = { id: string; name: string; priority: number };

const URGENCY: Health[] = ["overdue", "due-this-week", "one-way", "on-rhythm", "prospect"];

export function buildMap(areas: MapArea[], mentors: MapMentor[], today: Day) {
  // Declined prospects are not on the map; they come back through their revisit reminder.
  const onMap = mentors.filter((m) => m.stage !== "DECLINED");
  // One pass over the mentors, bucketed by cell, however large the map.
  const buckets = new Map<string, (MapMentor & { health: Health })[]>();
  for (const m of onMap) {
    const withHealth = { ...m, health: mentorHealth(m, today) };
    for (const areaId of m.gapAreaIds) {
      const key = `${areaId}|${m.category}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(withHealth);
      else buckets.set(key, [withHealth]);
    }
  }
  const rows = [...areas]
    .sort((a, b) => a.priority - b.priority || a.name.localeCompare(b.name))
    .map((area) => ({
      area,
      cells: CATEGORIES.map(({ value: category }): MapCell => {
        const inCell = (buckets.get(`${area.id}|${category}`) ?? []).sort(
          (a, b) => URGENCY.indexOf(a.health) - URGENCY.indexOf(b.health) || a.name.localeCompare(b.name),
        );
        return {
          category,
          mentors: inCell.slice(0, CELL_CHIP_LIMIT),
          count: inCell.length,
          gap: inCell.length === 0 && CORE_CATEGORIES.includes(category),
          singlePoint: inCell.length === 1,
        };
      }),
    }));
  const gaps = rows.flatMap((r) => r.cells.filter((c) => c.gap).map((c) => ({ area: r.area, category: c.category })));
  const areaIds = new Set(areas.map((a) => a.id));
  const unplaced = onMap.filter((m) => !m.gapAreaIds.some((id) => areaIds.has(id)));
  return { rows, gaps, unplaced };
}
export type MentorshipMap = ReturnType<typeof buildMap>;
