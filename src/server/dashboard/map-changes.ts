import "server-only";
import { db } from "../db";
import type { Tx } from "../ownership";

/**
 * The parts of the dashboard around the map that a write can change, as the
 * map_change triggers name them (the dashboard_parts migration): each table names the
 * parts it feeds, a mentor edit those that read the columns it changed.
 */
export type DashboardPart =
  | "value"
  | "introductions"
  | "wins"
  | "check_ins"
  | "due"
  /** The sprint's counts of what happened in its window. */
  | "sprint"
  /** The sprint's counts of active mentors (by category, on rhythm). */
  | "active_mentors"
  /** Meetings found in the calendar, waiting in the inbox. */
  | "calendar"
  /** The people the user mentors: the "Mentoring" panel. */
  | "mentoring";

/**
 * What the writes between two mapVersions may have changed: map cells
 * ("gapAreaId:CATEGORY") and parts around the map, or "all".
 */
export type MapChanges = {
  cells: Set<string> | "all";
  parts: Set<DashboardPart> | "all";
  /**
   * Of those cells, the ones where no one left or joined, only `mentors`' rows changed
   * (a check-in's date, a name, a stage, the ledger): they can be ranked again from
   * the rows held for them and those mentors' rows alone.
   */
  byMentor: { cells: Set<string>; mentors: Set<string> };
};

const NO_MENTORS = { cells: new Set<string>(), mentors: new Set<string>() };
export const EVERYTHING: MapChanges = { cells: "all", parts: "all", byMentor: NO_MENTORS };
export const NOTHING: MapChanges = { cells: new Set(), parts: new Set(), byMentor: NO_MENTORS };

/** More cells touched than this since the last view, and recomputing them all is as cheap. */
const MOST_CELLS_RECOMPUTED = 12;

/** One bump's record in "MapChange". */
export type MapChangeRow = { cells: string[] | null; parts: DashboardPart[] | null; mentors: string[] | null };

/**
 * The changes recorded with each bump of mapVersion after `from` up to `to`. A bump
 * with no record (a gap area renamed, a mentor deleted, the user's own settings…)
 * means everything: so does a record with no parts (a new mentor, an archived one).
 */
export async function changesSince(client: Tx | typeof db, userId: string, from: number, to: number) {
  if (from > to) return EVERYTHING;
  if (from === to) return NOTHING;
  const rows = await client.$queryRaw<MapChangeRow[]>`
    SELECT "cells", "parts", "mentors" FROM "MapChange" WHERE "userId" = ${userId} AND "version" > ${from} AND "version" <= ${to}`;
  return changesOf(rows, from, to);
}

/** The version and, when a view is held, the changes since it: in one round trip (the dashboard's VersionReader). */
export async function versionAndChanges(userId: string, heldVersion: number | undefined) {
  const [row] = await db.$queryRaw<{ mapVersion: number; changes: MapChangeRow[] | null }[]>`
    SELECT u."mapVersion", CASE WHEN ${heldVersion ?? null}::int IS NULL THEN NULL ELSE (
      SELECT coalesce(json_agg(json_build_object('cells', c."cells", 'parts', c."parts", 'mentors', c."mentors")), '[]')
      FROM "MapChange" c WHERE c."userId" = u."id" AND c."version" > ${heldVersion ?? null}::int AND c."version" <= u."mapVersion"
    ) END AS changes
    FROM "User" u WHERE u."id" = ${userId}`;
  const version = row?.mapVersion ?? 0;
  return {
    version,
    extra:
      heldVersion === undefined || !row?.changes
        ? undefined
        : { from: heldVersion, changes: changesOf(row.changes, heldVersion, version) },
  };
}

/** What the records of the bumps after `from` up to `to` say changed (`rows`: all of them, or fewer if lost). */
function changesOf(rows: MapChangeRow[], from: number, to: number): MapChanges {
  if (from > to) return EVERYTHING;
  if (from === to) return NOTHING;
  if (rows.length !== to - from) return EVERYTHING;
  const cells = new Set(rows.flatMap((r) => r.cells ?? []));
  // A cell is ranked from its mentors only if every write to it named them.
  const whole = new Set(rows.flatMap((r) => (r.mentors === null ? (r.cells ?? []) : [])));
  return {
    cells: cells.size > MOST_CELLS_RECOMPUTED ? "all" : cells,
    parts: rows.some((r) => r.parts === null) ? "all" : new Set(rows.flatMap((r) => r.parts!)),
    byMentor: {
      cells: new Set([...cells].filter((c) => !whole.has(c))),
      mentors: new Set(rows.flatMap((r) => r.mentors ?? [])),
    },
  };
}

/** Whether `part` must be computed again. */
export const changed = (changes: MapChanges, part: DashboardPart) => changes.parts === "all" || changes.parts.has(part);
