import "server-only";
import { addDaysToDay, type Day, dayToDate, todayIn } from "@/domain/calendar";
import { buildMap } from "@/domain/map";
import { renderMapRowsHtml } from "@/domain/map-html";
import { ONE_WAY_AFTER_DAYS, oneWayFlag } from "@/domain/value-balance";
import { Prisma } from "@/generated/prisma/client";
import type { MentorCategory } from "@/generated/prisma/enums";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { mapVersionCache } from "../map-version-cache";
import type { Tx } from "../ownership";
import { dueReminders } from "../reminders/reminders.queries";
import { sprintProgress } from "../sprint/sprint.queries";
import { BALANCE_AS_AGGREGATES, oneWaySql } from "../value-exchanges/value-aggregates";
import { allMapCells, type CellRow, type MapCells, mapCellsAt } from "./map-cells";

/** The newest introductions drawn on the map when "show introductions" is on. */
const INTRODUCTIONS_ON_MAP = 200;

/** Rows as Postgres sends them in JSON: dates as "YYYY-MM-DD". */
type AroundMapJson = {
  areas: { id: string; name: string; priority: number }[];
  totals: { mentors: number; gave: number; received: number };
  one_way: {
    id: string;
    name: string;
    last_gave: Day | null;
    first_gave: Day | null;
    last_received: Day | null;
    first_received: Day | null;
  }[];
  profiles: { a: string; c: MentorCategory; p: string }[];
  /** With `dashboard`: */
  wizard_draft?: boolean;
  has_check_in?: boolean;
  introductions?: { id: string; f: string; fn: string; t: string; tn: string; d: Day }[];
  unshared_wins?: { id: string; title: string; d: Day; names: string[] }[];
};

/**
 * What the map needs besides its cells (src/server/dashboard/map-cells.ts), and what
 * the dashboard says around it, in one query whatever the number of mentors: the
 * balances are kept per mentor by the database, and the one-way list is read in name
 * order until five are found.
 */
async function aroundMapQuery(client: Tx | typeof db, userId: string, today: Day, { dashboard = false } = {}) {
  const dashboardColumns = dashboard
    ? Prisma.sql`, (SELECT "gapWizardState" IS NOT NULL FROM "User" WHERE "id" = ${userId}) AS wizard_draft,
      EXISTS (SELECT 1 FROM "CheckIn" WHERE "userId" = ${userId}) AS has_check_in,
      (SELECT coalesce(json_agg(i), '[]') FROM (
        SELECT i."id", i."fromMentorId" AS f, fm."name" AS fn, i."toMentorId" AS t, tm."name" AS tn, i."introducedOn" AS d
        FROM "Introduction" i
        JOIN "Mentor" fm ON fm."id" = i."fromMentorId" AND fm."deletedAt" IS NULL
        JOIN "Mentor" tm ON tm."id" = i."toMentorId" AND tm."deletedAt" IS NULL
        WHERE i."userId" = ${userId} ORDER BY i."introducedOn" DESC, i."createdAt" DESC LIMIT ${INTRODUCTIONS_ON_MAP}
      ) i) AS introductions,
      (SELECT coalesce(json_agg(w), '[]') FROM (
        SELECT w."id", w."title", w."occurredOn" AS d,
          (SELECT array_agg(m."name" ORDER BY lower(m."name")) FROM "WinCredit" c JOIN "Mentor" m ON m."id" = c."mentorId" AND m."deletedAt" IS NULL
           WHERE c."winId" = w."id" AND c."userId" = ${userId} AND c."sharedOn" IS NULL) AS names
        FROM "Win" w
        WHERE w."userId" = ${userId} AND EXISTS (SELECT 1 FROM "WinCredit" c WHERE c."winId" = w."id" AND c."userId" = ${userId} AND c."sharedOn" IS NULL)
        ORDER BY w."occurredOn" DESC LIMIT 5
      ) w) AS unshared_wins`
    : Prisma.empty;
  const [row] = await client.$queryRaw<AroundMapJson[]>`
    SELECT
      (SELECT coalesce(json_agg(json_build_object('id', "id", 'name', "name", 'priority', "priority")), '[]')
        FROM "GapArea" WHERE "userId" = ${userId}) AS areas,
      -- Every balance, less those of archived and deleted mentors (few, off their own index),
      -- rather than joining every live mentor to its balance.
      (SELECT json_build_object(
        'mentors', (SELECT count(*) FROM "Mentor" WHERE "userId" = ${userId} AND "deletedAt" IS NULL AND "archivedAt" IS NULL),
        'gave', coalesce(sum(t.gave), 0), 'received', coalesce(sum(t.received), 0))
        FROM (
          SELECT b."gave", b."received" FROM "MentorValueBalance" b WHERE b."userId" = ${userId}
          UNION ALL
          SELECT -b."gave", -b."received" FROM "Mentor" m JOIN "MentorValueBalance" b ON b."mentorId" = m."id" AND b."userId" = ${userId}
          WHERE m."userId" = ${userId} AND (m."deletedAt" IS NOT NULL OR m."archivedAt" IS NOT NULL)
        ) t) AS totals,
      (SELECT coalesce(json_agg(o), '[]') FROM (
        SELECT m."id", m."name", v.last_gave, v.first_gave, v.last_received, v.first_received
        FROM "Mentor" m CROSS JOIN LATERAL (SELECT ${BALANCE_AS_AGGREGATES} FROM "MentorValueBalance" b WHERE b."mentorId" = m."id" AND b."userId" = ${userId}) v
        WHERE m."userId" = ${userId} AND m."deletedAt" IS NULL AND m."archivedAt" IS NULL
          AND ${oneWaySql(dayToDate(addDaysToDay(today, -ONE_WAY_AFTER_DAYS)))}
        ORDER BY lower(m."name"), m."id" LIMIT 5
      ) o) AS one_way,
      (SELECT coalesce(json_agg(json_build_object('a', "gapAreaId", 'c', "category", 'p', "profile")), '[]')
        FROM "DreamTeamSlot" WHERE "userId" = ${userId} AND btrim("profile") <> '') AS profiles
      ${dashboardColumns}`;
  return row!;
}

function mapFrom(data: Pick<AroundMapJson, "areas">, cells: CellRow[], today: Day) {
  return buildMap(
    data.areas,
    cells.map((c) => ({
      areaId: c.a,
      cellCount: Number(c.k),
      mentor: { id: c.id, name: c.n, category: c.c, stage: c.s, gapAreaIds: [c.a], nextCheckInOn: c.d, oneWay: c.o },
    })),
    today,
  );
}

/**
 * The map picture alone, computed from scratch inside `client`'s transaction (taking a
 * snapshot): its areas and every cell, nothing around it.
 */
export async function loadMap(client: Tx | typeof db, user: Pick<CurrentUser, "id" | "timeZone">, today: Day) {
  // One after the other: the client may be a transaction.
  const areas = await client.gapArea.findMany({
    where: { userId: user.id },
    select: { id: true, name: true, priority: true },
  });
  return mapFrom({ areas }, await allMapCells(client, user.id, today), today);
}

/**
 * Dashboards computed recently, per user under (mapVersion, day, zone): a repeat view
 * costs one small query, and the next view after a change computes again only the map
 * cells that the change touched (src/server/dashboard/map-cells.ts).
 */
const dashboards = mapVersionCache<DashboardData>(100);

/** Everything the dashboard shows: one small query when nothing has changed since the last view. */
export async function getDashboard(user: Pick<CurrentUser, "id" | "timeZone">): Promise<DashboardData> {
  const today = todayIn(user.timeZone);
  return dashboards.get(user.id, `${today}|${user.timeZone}`, (version, previous) =>
    computeDashboard(user, today, version, previous?.zone === user.timeZone ? previous.cells : undefined),
  );
}

async function computeDashboard(
  user: Pick<CurrentUser, "id" | "timeZone">,
  today: Day,
  version: number,
  earlier: MapCells | undefined,
) {
  const [data, cells, due, sprint] = await Promise.all([
    aroundMapQuery(db, user.id, today, { dashboard: true }),
    mapCellsAt(db, user.id, today, version, earlier),
    dueReminders(user.id, today, 20),
    sprintProgress(db, user, today),
  ]);
  const map = mapFrom(data, cells.rows, today);

  return {
    today,
    zone: user.timeZone,
    map,
    /** What the next view after a change starts from. */
    cells,
    /** The map's table rows, rendered once per version (src/domain/map-html.ts). */
    mapRowsHtml: renderMapRowsHtml(map, Object.fromEntries(data.profiles.map((s) => [`${s.a}|${s.c}`, s.p]))),
    hasAreas: map.rows.length > 0,
    wizardDraft: Boolean(data.wizard_draft),
    hasCheckIn: Boolean(data.has_check_in),
    introductions: (data.introductions ?? []).map((i) => ({
      id: i.id,
      fromId: i.f,
      fromName: i.fn,
      toId: i.t,
      toName: i.tn,
      on: i.d,
    })),
    unsharedWins: (data.unshared_wins ?? []).map((w) => ({ id: w.id, title: w.title, on: w.d, names: w.names ?? [] })),
    mentorCount: Number(data.totals.mentors),
    due: due.map((r) => ({ ...r, overdue: r.dueOn < today })),
    value: {
      gave: Number(data.totals.gave),
      received: Number(data.totals.received),
      oneWay: data.one_way.flatMap((r) => {
        const f = oneWayFlag(r.last_gave, r.first_gave, r.last_received, r.first_received, today);
        return f ? [{ id: r.id, name: r.name, oneWay: f }] : [];
      }),
    },
    sprint,
  };
}
export type DashboardData = Awaited<ReturnType<typeof computeDashboard>>;
