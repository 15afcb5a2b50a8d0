import "server-only";
import { DUE_SOON_DAYS, RESTING_STAGES } from "@/domain/cadence";
import { addDaysToDay, type Day, dayToDate } from "@/domain/calendar";
import { CELL_CHIP_LIMIT } from "@/domain/map";
import { ONE_WAY_AFTER_DAYS } from "@/domain/value-balance";
import { Prisma } from "@/generated/prisma/client";
import type { MentorCategory, MentorStage } from "@/generated/prisma/enums";
import type { db } from "../db";
import type { Tx } from "../ownership";
import { BALANCE_AS_AGGREGATES, oneWaySql } from "../value-exchanges/value-aggregates";
import { changesSince, type MapChanges } from "./map-changes";

/** One chip of the map as Postgres sends it in JSON (dates as "YYYY-MM-DD"), with its cell's count. */
export type CellRow = {
  a: string;
  id: string;
  n: string;
  c: MentorCategory;
  s: MentorStage;
  d: Day | null;
  o: boolean;
  k: number;
};

/** The map's cells as computed at a mapVersion, for one day (the health of a chip depends on it). */
export type MapCells = { version: number; today: Day; rows: CellRow[] };

const cellKey = (areaId: string, category: string) => `${areaId}:${category}`;

/**
 * The most urgent CELL_CHIP_LIMIT people of each cell (gap area × category) and the
 * cell's count: of every cell, or only of `only` ("gapAreaId:CATEGORY" keys).
 */
async function queryCells(client: Tx | typeof db, userId: string, today: Day, only: string[] | null) {
  const dueSoonEnd = addDaysToDay(today, DUE_SOON_DAYS);
  // Same order as the map's urgency (src/domain/map.ts): overdue, due soon, one-way, on rhythm, prospect.
  const urgency = Prisma.sql`CASE
    WHEN l."nextCheckInOn" < ${dayToDate(today)} THEN 0
    WHEN l."nextCheckInOn" <= ${dayToDate(dueSoonEnd)} THEN 1
    WHEN l.one_way THEN 2
    WHEN l."stage" IN ('PROSPECT', 'RESEARCHED', 'CONTACTED') THEN 4
    ELSE 3 END`;
  const onlyAreas = only && [...new Set(only.map((key) => key.slice(0, key.lastIndexOf(":"))))];
  const onlyCategories = only && [...new Set(only.map((key) => key.slice(key.lastIndexOf(":") + 1)))];
  // Every table is read by this user's id, so the plan reads their rows alone: once it
  // joined every user's balances (tests/integration/query-scope.test.ts).
  const [row] = await client.$queryRaw<{ cells: CellRow[] }[]>`
    WITH live AS (
      SELECT mg."gapAreaId", m."id", m."name", m."category", m."stage",
        -- A resting relationship (src/domain/cadence.ts) has no check-in falling due.
        CASE WHEN m."stage"::text = ANY(${[...RESTING_STAGES]}::text[]) THEN NULL ELSE m."nextCheckInOn" END AS "nextCheckInOn",
        coalesce(${oneWaySql(dayToDate(addDaysToDay(today, -ONE_WAY_AFTER_DAYS)))}, false) AS one_way
      FROM "MentorGapArea" mg
      JOIN "Mentor" m ON m."id" = mg."mentorId"
      LEFT JOIN LATERAL (SELECT ${BALANCE_AS_AGGREGATES} FROM "MentorValueBalance" b WHERE b."mentorId" = m."id" AND b."userId" = ${userId}) v ON true
      WHERE mg."userId" = ${userId} AND m."userId" = ${userId} AND m."deletedAt" IS NULL AND m."archivedAt" IS NULL AND m."stage" <> 'DECLINED'
        -- A cell's rows off "MentorGapArea_userId_gapAreaId_category_idx", not its whole area's.
        ${
          only
            ? Prisma.sql`AND mg."gapAreaId" = ANY(${onlyAreas}) AND mg."category" = ANY(${onlyCategories}::"MentorCategory"[])
          AND (mg."gapAreaId" || ':' || mg."category") = ANY(${only})`
            : Prisma.empty
        }
    ),
    cells AS (
      SELECT l.*,
        row_number() OVER (PARTITION BY l."gapAreaId", l."category" ORDER BY ${urgency}, lower(l."name"), l."id") AS rn,
        count(*) OVER (PARTITION BY l."gapAreaId", l."category") AS cell_count
      FROM live l
    )
    SELECT coalesce(json_agg(json_build_object('a', "gapAreaId", 'id', "id", 'n', "name", 'c', "category", 's', "stage", 'd', "nextCheckInOn", 'o', one_way, 'k', cell_count)), '[]') AS cells
    FROM cells WHERE rn <= ${CELL_CHIP_LIMIT}`;
  return row!.cells;
}

/**
 * The map's cells at `version`. Given the cells of an earlier view of the same day,
 * only the cells the writes since then touched are computed again: the database
 * triggers record them with every bump of mapVersion (src/server/dashboard/map-changes.ts).
 * An earlier view's cells may be newer than its version, never older, so every write
 * after it is among those recorded. `changes`: since the earlier view, if already read.
 */
export async function mapCellsAt(
  client: Tx | typeof db,
  userId: string,
  today: Day,
  version: number,
  earlier: MapCells | undefined,
  changes?: MapChanges,
): Promise<MapCells & { recomputed: "all" | number }> {
  if (earlier && earlier.today === today && earlier.version <= version) {
    const { cells: touched } = changes ?? (await changesSince(client, userId, earlier.version, version));
    if (touched !== "all") {
      const fresh = touched.size ? await queryCells(client, userId, today, [...touched]) : [];
      const kept = earlier.rows.filter((r) => !touched.has(cellKey(r.a, r.c)));
      return { version, today, rows: [...kept, ...fresh], recomputed: touched.size };
    }
  }
  return { version, today, rows: await queryCells(client, userId, today, null), recomputed: "all" };
}

/** Every cell, whatever was computed before (a snapshot, taken inside its own transaction). */
export function allMapCells(client: Tx | typeof db, userId: string, today: Day) {
  return queryCells(client, userId, today, null);
}
