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

/**
 * One person of a cell as Postgres sends it in JSON (dates as "YYYY-MM-DD"): their rank
 * in the cell (1 the most urgent), and the cell's count.
 */
export type CellRow = {
  a: string;
  id: string;
  n: string;
  c: MentorCategory;
  s: MentorStage;
  d: Day | null;
  o: boolean;
  r: number;
  k: number;
};

/**
 * The map's cells as computed at a mapVersion, for one day (the health of a chip depends
 * on it): each cell's CELL_ROWS_HELD most urgent people, of whom the map shows
 * CELL_CHIP_LIMIT. The others are there so that a chip leaving the first few after a
 * change is replaced without reading the cell again.
 */
export type MapCells = { version: number; today: Day; rows: CellRow[] };

const CELL_ROWS_HELD = 2 * CELL_CHIP_LIMIT;

const cellKey = (areaId: string, category: string) => `${areaId}:${category}`;

/** Same order as the map's urgency (src/domain/map.ts): overdue, due soon, one-way, on rhythm, prospect. */
function urgencyOf(today: Day) {
  return Prisma.sql`CASE
    WHEN l."nextCheckInOn" < ${dayToDate(today)} THEN 0
    WHEN l."nextCheckInOn" <= ${dayToDate(addDaysToDay(today, DUE_SOON_DAYS))} THEN 1
    WHEN l.one_way THEN 2
    WHEN l."stage"::text IN ('PROSPECT', 'RESEARCHED', 'CONTACTED') THEN 4
    ELSE 3 END`;
}

/** The user's live people in gap areas, as the map reads them, narrowed by `where`. */
function liveRows(userId: string, today: Day, where: Prisma.Sql) {
  // Every table is read by this user's id, so the plan reads their rows alone: once it
  // joined every user's balances (tests/integration/query-scope.test.ts).
  return Prisma.sql`
      SELECT mg."gapAreaId", m."id", m."name", m."category", m."stage",
        -- A resting relationship (src/domain/cadence.ts) has no check-in falling due.
        CASE WHEN m."stage"::text = ANY(${[...RESTING_STAGES]}::text[]) THEN NULL ELSE m."nextCheckInOn" END AS "nextCheckInOn",
        coalesce(${oneWaySql(dayToDate(addDaysToDay(today, -ONE_WAY_AFTER_DAYS)))}, false) AS one_way
      FROM "MentorGapArea" mg
      JOIN "Mentor" m ON m."id" = mg."mentorId"
      LEFT JOIN LATERAL (SELECT ${BALANCE_AS_AGGREGATES} FROM "MentorValueBalance" b WHERE b."mentorId" = m."id" AND b."userId" = ${userId}) v ON true
      WHERE mg."userId" = ${userId} AND m."userId" = ${userId} AND m."deletedAt" IS NULL AND m."archivedAt" IS NULL AND m."stage" <> 'DECLINED'
        ${where}`;
}

/**
 * The CELL_ROWS_HELD most urgent people of each cell (gap area × category) and the
 * cell's count: of every cell, or only of `only` ("gapAreaId:CATEGORY" keys).
 */
async function queryCells(client: Tx | typeof db, userId: string, today: Day, only: string[] | null) {
  const onlyAreas = only && [...new Set(only.map((key) => key.slice(0, key.lastIndexOf(":"))))];
  const onlyCategories = only && [...new Set(only.map((key) => key.slice(key.lastIndexOf(":") + 1)))];
  // A cell's rows off "MentorGapArea_userId_gapAreaId_category_idx", not its whole area's.
  const where = only
    ? Prisma.sql`AND mg."gapAreaId" = ANY(${onlyAreas}) AND mg."category" = ANY(${onlyCategories}::"MentorCategory"[])
          AND (mg."gapAreaId" || ':' || mg."category") = ANY(${only})`
    : Prisma.empty;
  const [row] = await client.$queryRaw<{ cells: CellRow[] }[]>`
    WITH live AS (${liveRows(userId, today, where)}),
    cells AS (
      SELECT l.*,
        row_number() OVER (PARTITION BY l."gapAreaId", l."category" ORDER BY ${urgencyOf(today)}, lower(l."name"), l."id") AS rn,
        count(*) OVER (PARTITION BY l."gapAreaId", l."category") AS cell_count
      FROM live l
    )
    SELECT coalesce(json_agg(json_build_object('a', "gapAreaId", 'id', "id", 'n', "name", 'c', "category", 's', "stage", 'd', "nextCheckInOn", 'o', one_way, 'r', rn, 'k', cell_count)
      ORDER BY "gapAreaId", "category", rn), '[]') AS cells
    FROM cells WHERE rn <= ${CELL_ROWS_HELD}`;
  // In place: a spread per row (`{ ...c, k }`) cost half a millisecond on a big map.
  for (const c of row!.cells) c.k = Number(c.k);
  return row!.cells;
}

/** Rows by their cell's key, in the order given. */
function byCell<R extends { a: string; c: string }>(rows: R[]) {
  const cells = new Map<string, R[]>();
  for (const r of rows) {
    const key = cellKey(r.a, r.c);
    const cell = cells.get(key);
    if (cell) cell.push(r);
    else cells.set(key, [r]);
  }
  return cells;
}

/**
 * Cells where no one left or joined and only `mentors`' rows changed, ranked again from
 * the rows held for them: the held rows less those mentors' and the mentors' rows as
 * they are now, ordered together by Postgres (the same order, the same collation, as
 * queryCells). What ranks after the last held row of an incomplete cell is dropped, as
 * someone not held may come before it. The cells left with too few rows to show are
 * returned to be read again whole.
 */
async function rankAgain(
  client: Tx | typeof db,
  userId: string,
  today: Day,
  held: CellRow[],
  cells: string[],
  mentors: string[],
) {
  const kept = held.filter((r) => !mentors.includes(r.id));
  const [row] = await client.$queryRaw<{ rows: (Omit<CellRow, "r" | "k"> & { f: boolean })[] }[]>`
    WITH fresh AS (${liveRows(userId, today, Prisma.sql`AND m."id" = ANY(${mentors}) AND (mg."gapAreaId" || ':' || mg."category") = ANY(${cells})`)}),
    l AS (
      SELECT h.a AS "gapAreaId", h.id, h.n AS "name", h.c AS "category", h.s AS "stage", h.d AS "nextCheckInOn", h.o AS one_way, false AS f
      FROM json_to_recordset(${JSON.stringify(kept)}::json) AS h(a text, id text, n text, c text, s text, d date, o boolean)
      UNION ALL
      SELECT "gapAreaId", "id", "name", "category"::text, "stage"::text, "nextCheckInOn", one_way, true FROM fresh
    )
    SELECT coalesce(json_agg(json_build_object('a', "gapAreaId", 'id', "id", 'n', "name", 'c', "category", 's', "stage", 'd', "nextCheckInOn", 'o', one_way, 'f', f)
      ORDER BY ${urgencyOf(today)}, lower(l."name"), l."id"), '[]') AS rows
    FROM l`;
  const before = byCell(held);
  const after = byCell(row!.rows);
  const rows: CellRow[] = [];
  const again: string[] = [];
  for (const key of cells) {
    const heldRows = before.get(key) ?? [];
    const count = heldRows[0]?.k ?? 0;
    const merged = after.get(key) ?? [];
    const known = heldRows.length === count ? merged.length : merged.findLastIndex((r) => !r.f) + 1;
    const ranked = merged.slice(0, Math.min(known, CELL_ROWS_HELD));
    if (ranked.length < Math.min(CELL_CHIP_LIMIT, count)) again.push(key);
    else
      ranked.forEach(({ a, id, n, c, s, d, o }, i) => {
        rows.push({ a, id, n, c, s, d, o, r: i + 1, k: count });
      });
  }
  return { rows, again };
}

/**
 * The map's cells at `version`. Given the cells of an earlier view of the same day,
 * only the cells the writes since then touched are computed again: the database
 * triggers record them with every bump of mapVersion (src/server/dashboard/map-changes.ts),
 * and where no one left or joined a cell, the mentors whose rows changed, which are
 * ranked against the cell's held rows (rankAgain). An earlier view's cells may be newer
 * than its version, never older, so every write after it is among those recorded.
 * `changes`: since the earlier view, if already read.
 */
export async function mapCellsAt(
  client: Tx | typeof db,
  userId: string,
  today: Day,
  version: number,
  earlier: MapCells | undefined,
  changes?: MapChanges,
): Promise<MapCells & { recomputed: "all" | number; ranked: number }> {
  if (earlier && earlier.today === today && earlier.version <= version) {
    const { cells: touched, byMentor } = changes ?? (await changesSince(client, userId, earlier.version, version));
    if (touched !== "all") {
      const inCells = (keys: Set<string> | string[]) => {
        const set = new Set(keys);
        return earlier.rows.filter((r) => set.has(cellKey(r.a, r.c)));
      };
      const ranking = [...touched].filter((key) => byMentor.cells.has(key));
      const ranked = ranking.length
        ? await rankAgain(client, userId, today, inCells(ranking), ranking, [...byMentor.mentors])
        : { rows: [], again: [] };
      const whole = [...[...touched].filter((key) => !byMentor.cells.has(key)), ...ranked.again];
      const fresh = whole.length ? await queryCells(client, userId, today, whole) : [];
      const kept = earlier.rows.filter((r) => !touched.has(cellKey(r.a, r.c)));
      return {
        version,
        today,
        rows: [...kept, ...ranked.rows, ...fresh],
        recomputed: whole.length,
        ranked: ranking.length - ranked.again.length,
      };
    }
  }
  return { version, today, rows: await queryCells(client, userId, today, null), recomputed: "all", ranked: 0 };
}

/** Every cell, whatever was computed before (a snapshot, taken inside its own transaction). */
export function allMapCells(client: Tx | typeof db, userId: string, today: Day) {
  return queryCells(client, userId, today, null);
}
