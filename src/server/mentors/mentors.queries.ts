import "server-only";
import { DUE_SOON_DAYS, RESTING_STAGES } from "@/domain/cadence";
import { addDaysToDay, type Day, dateToDay, dayToDate, todayIn } from "@/domain/calendar";
import { toPrefixTsQuery } from "@/domain/search";
import { STAGES } from "@/domain/stages";
import { ONE_WAY_AFTER_DAYS, oneWayFlag } from "@/domain/value-balance";
import { Prisma } from "@/generated/prisma/client";
import type { MentorCategory, MentorStage } from "@/generated/prisma/enums";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { mapVersionCache } from "../map-version-cache";
import { BALANCE_AS_AGGREGATES, oneWaySql, type ValueAggregateRow } from "../value-exchanges/value-aggregates";
import type { MentorListQuery } from "./mentors.schema";

/** Must match the expression of the "Mentor_search_idx" index (see its migration). */
const SEARCH_DOCUMENT = Prisma.sql`to_tsvector('simple', coalesce(m."name", '') || ' ' || coalesce(m."organisation", '') || ' ' || translate(coalesce(m."email", ''), '@.', '  ') || ' ' || coalesce(m."headline", '') || ' ' || coalesce(m."notes", ''))`;

const SORTS: Record<MentorListQuery["sort"], Prisma.Sql> = {
  name: Prisma.sql`lower(m."name") ASC`, // "Mentor_live_name_idx"
  next: Prisma.sql`m."nextCheckInOn" ASC NULLS LAST`,
  last: Prisma.sql`m."lastCheckInOn" DESC NULLS LAST`,
  // Most one-sided (received far more than given) first.
  balance: Prisma.sql`(coalesce(v.gave, 0) - coalesce(v.received, 0)) ASC`,
};

type ListRow = ValueAggregateRow & {
  id: string;
  name: string;
  headline: string | null;
  organisation: string | null;
  category: MentorCategory;
  stage: MentorStage;
  tags: string[];
  cadenceDays: number | null;
  nextCheckInOn: Date | null;
  lastCheckInOn: Date | null;
  archivedAt: Date | null;
  gapAreas: { id: string; name: string }[];
  total: bigint | null;
};

/**
 * One page of the mentors list: search, filters and sort in one SQL query (the
 * number of queries does not grow with the data), then the page's details.
 */
export async function listMentors(user: Pick<CurrentUser, "id" | "timeZone">, query: MentorListQuery) {
  const today = todayIn(user.timeZone);
  const conditions: Prisma.Sql[] = [Prisma.sql`m."userId" = ${user.id}`, Prisma.sql`m."deletedAt" IS NULL`];
  conditions.push(query.archived ? Prisma.sql`m."archivedAt" IS NOT NULL` : Prisma.sql`m."archivedAt" IS NULL`);
  const tsQuery = query.q ? toPrefixTsQuery(query.q) : null;
  if (tsQuery) conditions.push(Prisma.sql`${SEARCH_DOCUMENT} @@ to_tsquery('simple', ${tsQuery})`);
  // Compared as the columns' own enum types, not as text: then the index on (userId,
  // nextCheckInOn, category, stage) answers them (a "due this week" list of one
  // category and stage at 20,000 mentors: 4.2 ms → 1.6 ms, its count 2.2 → 0.3 ms).
  // The schema lets only the enums' values through.
  if (query.category.length) conditions.push(Prisma.sql`m."category" = ANY(${query.category}::"MentorCategory"[])`);
  if (query.stage.length) conditions.push(Prisma.sql`m."stage" = ANY(${query.stage}::"MentorStage"[])`);
  if (query.tag) conditions.push(Prisma.sql`${query.tag} = ANY(m."tags")`);
  if (query.area) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "MentorGapArea" mg WHERE mg."mentorId" = m."id" AND mg."userId" = ${user.id} AND mg."gapAreaId" = ${query.area})`,
    );
  }
  // A resting relationship (src/domain/cadence.ts) is never due.
  const live = Prisma.sql`NOT (m."stage" = ANY(${[...RESTING_STAGES]}::"MentorStage"[]))`;
  if (query.due === "overdue") conditions.push(Prisma.sql`m."nextCheckInOn" < ${dayToDate(today)} AND ${live}`);
  if (query.due === "week")
    conditions.push(Prisma.sql`m."nextCheckInOn" <= ${dayToDate(addDaysToDay(today, DUE_SOON_DAYS))} AND ${live}`);
  if (query.oneWay) {
    conditions.push(oneWaySql(dayToDate(addDaysToDay(today, -ONE_WAY_AFTER_DAYS))));
  }

  // Each mentor's balance, kept by the database (the map_cells migration), as "v".
  const balances = Prisma.sql`(SELECT b."mentorId", ${BALANCE_AS_AGGREGATES} FROM "MentorValueBalance" b WHERE b."userId" = ${user.id})`;
  // The balances are joined for every mentor only to filter or sort by them;
  // otherwise for the page alone, and the total is a plain count.
  const needsValueForAll = query.sort === "balance" || !!query.oneWay;
  // A search matches few rows, all found through its index: count them in the same
  // query. Without one, a separate count lets the page come straight off the name index.
  const countInPage = !needsValueForAll && !!tsQuery;
  const where = Prisma.join(conditions, " AND ");
  const offset = (query.page - 1) * query.per;
  // Either shape yields the page's ids with their value aggregates (as "v"); the
  // outer query adds each mentor's columns and gap areas, so one round trip serves
  // the page whatever its size.
  const pageOf = needsValueForAll
    ? Prisma.sql`
        SELECT m."id", v.gave, v.received, v.last_gave, v.first_gave, v.last_received, v.first_received
        FROM "Mentor" m LEFT JOIN ${balances} v ON v."mentorId" = m."id"
        WHERE ${where}
        ORDER BY ${SORTS[query.sort]}, lower(m."name") ASC, m."id" ASC
        LIMIT ${query.per} OFFSET ${offset}`
    : Prisma.sql`
        SELECT m."id", m.total, agg.gave, agg.received, agg.last_gave, agg.first_gave, agg.last_received, agg.first_received
        FROM (SELECT m."id", m."name", m."nextCheckInOn", m."lastCheckInOn", ${countInPage ? Prisma.sql`count(*) OVER ()` : Prisma.sql`NULL::bigint`} AS total
              FROM "Mentor" m WHERE ${where}
              ORDER BY ${SORTS[query.sort]}, lower(m."name") ASC, m."id" ASC
              LIMIT ${query.per} OFFSET ${offset}) m
        LEFT JOIN ${balances} agg ON agg."mentorId" = m."id"`;
  const countOf = needsValueForAll
    ? Prisma.sql`
        SELECT count(*) AS total FROM "Mentor" m LEFT JOIN ${balances} v ON v."mentorId" = m."id" WHERE ${where}`
    : Prisma.sql`SELECT count(*) AS total FROM "Mentor" m WHERE ${where}`;

  const [rows, counted] = await Promise.all([
    db.$queryRaw<ListRow[]>`
      WITH v AS (${pageOf})
      SELECT v.*, m."name", m."headline", m."organisation", m."category"::text AS category, m."stage"::text AS stage, m."tags",
        m."cadenceDays", m."nextCheckInOn", m."lastCheckInOn", m."archivedAt",
        (SELECT coalesce(json_agg(json_build_object('id', g."id", 'name', g."name") ORDER BY g."priority"), '[]'::json)
           FROM "MentorGapArea" mg JOIN "GapArea" g ON g."id" = mg."gapAreaId"
           WHERE mg."mentorId" = m."id" AND mg."userId" = ${user.id}) AS "gapAreas"
      FROM v JOIN "Mentor" m ON m."id" = v."id" AND m."userId" = ${user.id}
      ORDER BY ${SORTS[query.sort]}, lower(m."name") ASC, m."id" ASC`,
    countInPage ? Promise.resolve(null) : db.$queryRaw<{ total: bigint }[]>`${countOf}`,
  ]);
  // An empty page past the end still needs the true total, so fall back to counting.
  const total = counted
    ? Number(counted[0]!.total)
    : rows.length
      ? Number(rows[0]!.total)
      : query.page > 1
        ? Number((await db.$queryRaw<{ total: bigint }[]>`${countOf}`)[0]!.total)
        : 0;
  const day = (d: Date | null): Day | null => (d ? dateToDay(d) : null);
  const mentors = rows.map((r) => {
    const gave = Number(r.gave ?? 0);
    const received = Number(r.received ?? 0);
    return {
      id: r.id,
      name: r.name,
      headline: r.headline,
      organisation: r.organisation,
      category: r.category,
      stage: r.stage,
      tags: r.tags,
      cadenceDays: r.cadenceDays,
      archivedAt: r.archivedAt,
      gapAreas: r.gapAreas,
      nextCheckInOn: day(r.nextCheckInOn),
      lastCheckInOn: day(r.lastCheckInOn),
      value: {
        gave,
        received,
        balance: gave - received,
        oneWay: oneWayFlag(day(r.last_gave), day(r.first_gave), day(r.last_received), day(r.first_received), today),
      },
    };
  });
  return { mentors, total, page: query.page, pageCount: Math.max(1, Math.ceil(total / query.per)), today };
}
export type MentorListItem = Awaited<ReturnType<typeof listMentors>>["mentors"][number];

/** For the mentor picker: a few matches by name, organisation or email. */
export async function searchMentorsForPicker(userId: string, q: string, limit = 8) {
  const tsQuery = toPrefixTsQuery(q);
  if (!tsQuery) {
    return db.mentor.findMany({
      where: { userId, deletedAt: null, archivedAt: null },
      orderBy: [{ lastCheckInOn: { sort: "desc", nulls: "last" } }, { name: "asc" }],
      take: limit,
      select: { id: true, name: true, organisation: true, category: true },
    });
  }
  return db.$queryRaw<{ id: string; name: string; organisation: string | null; category: string }[]>`
    SELECT m."id", m."name", m."organisation", m."category"::text AS category FROM "Mentor" m
    WHERE m."userId" = ${userId} AND m."deletedAt" IS NULL AND m."archivedAt" IS NULL
      AND ${SEARCH_DOCUMENT} @@ to_tsquery('simple', ${tsQuery})
    ORDER BY lower(m."name") LIMIT ${limit}`;
}

/** Cards a pipeline column shows at first, and how many more each "Show more" adds. */
export const PIPELINE_PAGE = 10;

/**
 * The pipeline board: live mentors by stage, each column's most recently moved first,
 * `shown[stage]` of them (PIPELINE_PAGE unless more were asked for), with every
 * column's exact count. Each column is read off its own index range; the counts read
 * every live mentor, so the board is kept under mapVersion.
 */
export function listPipeline(userId: string, shown: Partial<Record<MentorStage, number>> = {}) {
  const limits = STAGES.map((s) => shown[s.value] ?? PIPELINE_PAGE);
  return pipelines.get(userId, limits.join(","), () => readPipeline(userId, limits));
}

/**
 * Boards read recently, per user under mapVersion: every write to a mentor bumps it, so a
 * repeat view costs one small query instead of counting every mentor by stage.
 */
const pipelines = mapVersionCache<Awaited<ReturnType<typeof readPipeline>>>(100);

async function readPipeline(userId: string, limits: number[]) {
  const where = { userId, deletedAt: null, archivedAt: null };
  const [counts, mentors] = await Promise.all([
    db.mentor.groupBy({ by: ["stage"], where, _count: { _all: true } }),
    db.$queryRaw<{ id: string; name: string; organisation: string | null; category: string; stage: string }[]>`
      SELECT c.id, c.name, c.organisation, c.category::text AS category, c.stage::text AS stage
      FROM unnest(${STAGES.map((s) => s.value)}::text[], ${limits}::int[]) AS col(stage, shown)
      CROSS JOIN LATERAL (
        SELECT m."id", m."name", m."organisation", m."category", m."stage" FROM "Mentor" m
        WHERE m."userId" = ${userId} AND m."stage" = col.stage::"MentorStage" AND m."deletedAt" IS NULL AND m."archivedAt" IS NULL
        ORDER BY m."updatedAt" DESC, m."id" LIMIT col.shown
      ) c`,
  ]);
  return { mentors, counts: Object.fromEntries(counts.map((c) => [c.stage, c._count._all])) as Record<string, number> };
}

/** The user's live mentors, for pickers (credit a win, introduce, join a group). */
export async function mentorOptions(userId: string) {
  return db.mentor.findMany({
    where: { userId, deletedAt: null },
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
    select: { id: true, name: true, category: true, stage: true },
    take: 5_000,
  });
}
export type MentorOption = Awaited<ReturnType<typeof mentorOptions>>[number];
