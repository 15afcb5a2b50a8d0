import "server-only";
import { DUE_SOON_DAYS, RESTING_STAGES } from "@/domain/cadence";
import { addDaysToDay, type Day, dayToDate, todayIn } from "@/domain/calendar";
import { buildMap, CELL_CHIP_LIMIT } from "@/domain/map";
import { renderMapRowsHtml } from "@/domain/map-html";
import { ONE_WAY_AFTER_DAYS, oneWayFlag } from "@/domain/value-balance";
import { Prisma } from "@/generated/prisma/client";
import type { MentorCategory, MentorStage } from "@/generated/prisma/enums";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import type { Tx } from "../ownership";
import { dueReminders } from "../reminders/reminders.queries";
import { sprintProgress } from "../sprint/sprint.queries";
import { oneWaySql, VALUE_AGGREGATES } from "../value-exchanges/value-aggregates";

/** The newest introductions drawn on the map when "show introductions" is on. */
const INTRODUCTIONS_ON_MAP = 200;

/** Rows as Postgres sends them in JSON: dates as "YYYY-MM-DD". */
type MapJson = {
  areas: { id: string; name: string; priority: number }[];
  cells: {
    a: string;
    id: string;
    n: string;
    c: MentorCategory;
    s: MentorStage;
    d: Day | null;
    o: boolean;
    k: number;
  }[];
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
 * The map and what the dashboard says around it, in one query whatever the number
 * of mentors: the ledger is aggregated once, and the database sends only the most
 * urgent people per cell, with each cell's count.
 */
async function mapQuery(
  client: Tx | typeof db,
  user: Pick<CurrentUser, "id" | "timeZone">,
  today: Day,
  { dashboard = false } = {},
) {
  const userId = user.id;
  const dueSoonEnd = addDaysToDay(today, DUE_SOON_DAYS);
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
  // Same order as the map's urgency (src/domain/map.ts): overdue, due soon, one-way, on rhythm, prospect.
  const urgency = Prisma.sql`CASE
    WHEN l."nextCheckInOn" < ${dayToDate(today)} THEN 0
    WHEN l."nextCheckInOn" <= ${dayToDate(dueSoonEnd)} THEN 1
    WHEN l.one_way THEN 2
    WHEN l."stage" IN ('PROSPECT', 'RESEARCHED', 'CONTACTED') THEN 4
    ELSE 3 END`;
  const [row] = await client.$queryRaw<MapJson[]>`
    WITH v AS (SELECT "mentorId", ${VALUE_AGGREGATES} FROM "ValueExchange" WHERE "userId" = ${userId} GROUP BY "mentorId"),
    live AS (
      SELECT m."id", m."name", m."category", m."stage",
        -- A resting relationship (src/domain/cadence.ts) has no check-in falling due.
        CASE WHEN m."stage"::text = ANY(${[...RESTING_STAGES]}::text[]) THEN NULL ELSE m."nextCheckInOn" END AS "nextCheckInOn",
        v.gave, v.received, v.last_gave, v.first_gave, v.last_received, v.first_received,
        coalesce(${oneWaySql(dayToDate(addDaysToDay(today, -ONE_WAY_AFTER_DAYS)))}, false) AS one_way
      FROM "Mentor" m LEFT JOIN v ON v."mentorId" = m."id"
      WHERE m."userId" = ${userId} AND m."deletedAt" IS NULL AND m."archivedAt" IS NULL
    ),
    cells AS (
      SELECT mg."gapAreaId", l."id", l."name", l."category", l."stage", l."nextCheckInOn", l.one_way,
        row_number() OVER (PARTITION BY mg."gapAreaId", l."category" ORDER BY ${urgency}, lower(l."name"), l."id") AS rn,
        count(*) OVER (PARTITION BY mg."gapAreaId", l."category") AS cell_count
      FROM live l JOIN "MentorGapArea" mg ON mg."mentorId" = l."id" AND mg."userId" = ${userId}
      WHERE l."stage" <> 'DECLINED'
    )
    SELECT
      (SELECT coalesce(json_agg(json_build_object('id', "id", 'name', "name", 'priority', "priority")), '[]')
        FROM "GapArea" WHERE "userId" = ${userId}) AS areas,
      (SELECT coalesce(json_agg(json_build_object('a', "gapAreaId", 'id', "id", 'n', "name", 'c', "category", 's', "stage", 'd', "nextCheckInOn", 'o', one_way, 'k', cell_count)), '[]')
        FROM cells WHERE rn <= ${CELL_CHIP_LIMIT}) AS cells,
      (SELECT json_build_object('mentors', count(*), 'gave', coalesce(sum(gave), 0), 'received', coalesce(sum(received), 0)) FROM live) AS totals,
      (SELECT coalesce(json_agg(o), '[]') FROM (
        SELECT "id", "name", last_gave, first_gave, last_received, first_received FROM live WHERE one_way ORDER BY lower("name"), "id" LIMIT 5
      ) o) AS one_way,
      (SELECT coalesce(json_agg(json_build_object('a', "gapAreaId", 'c', "category", 'p', "profile")), '[]')
        FROM "DreamTeamSlot" WHERE "userId" = ${userId} AND btrim("profile") <> '') AS profiles
      ${dashboardColumns}`;
  const data = row!;
  const map = buildMap(
    data.areas,
    data.cells.map((c) => ({
      areaId: c.a,
      cellCount: Number(c.k),
      mentor: { id: c.id, name: c.n, category: c.c, stage: c.s, gapAreaIds: [c.a], nextCheckInOn: c.d, oneWay: c.o },
    })),
    today,
  );
  return { map, data };
}

/** The map picture alone (snapshots, the SVG download, the audit's gaps). */
export async function loadMap(client: Tx | typeof db, user: Pick<CurrentUser, "id" | "timeZone">, today: Day) {
  return (await mapQuery(client, user, today)).map;
}

/**
 * Dashboards computed recently, under (user, mapVersion, day, zone). Database
 * triggers bump a user's mapVersion on every write to what the dashboard reads (the
 * map_version migration), so an entry can never be stale: a change, from this app
 * instance or another, is a new key. Oldest out first.
 */
const cache = new Map<string, DashboardData>();
/** A big map's entry is a few hundred kB, mostly its rendered rows. */
export const DASHBOARD_CACHE_ENTRIES = 100;

/** Everything the dashboard shows: one small query when nothing has changed since the last view. */
export async function getDashboard(user: Pick<CurrentUser, "id" | "timeZone">): Promise<DashboardData> {
  const today = todayIn(user.timeZone);
  // The version is read before the data: an entry may hold newer data than its key, never older.
  const [row] = await db.$queryRaw<{ mapVersion: number }[]>`SELECT "mapVersion" FROM "User" WHERE "id" = ${user.id}`;
  const key = `${user.id}|${row?.mapVersion}|${today}|${user.timeZone}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const value = await computeDashboard(user, today);
  for (const old of cache.keys()) if (old.startsWith(`${user.id}|`)) cache.delete(old);
  cache.set(key, value);
  if (cache.size > DASHBOARD_CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
  return value;
}

async function computeDashboard(user: Pick<CurrentUser, "id" | "timeZone">, today: Day) {
  const [{ map, data }, due, sprint] = await Promise.all([
    mapQuery(db, user, today, { dashboard: true }),
    dueReminders(user.id, today, 20),
    sprintProgress(db, user, today),
  ]);

  return {
    today,
    map,
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
