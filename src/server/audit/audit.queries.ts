import "server-only";
import { subMonths } from "date-fns";
import {
  AUDIT_MONTHS,
  AUDIT_PAGE,
  AUDITED_STAGES,
  type AuditPerson,
  type AuditRow,
  MONTHLY_CHECK_INS,
  type Quadrant,
  quadrant,
} from "@/domain/audit";
import { type Day, dateToDay, dayToDate, todayIn } from "@/domain/calendar";
import { Prisma } from "@/generated/prisma/client";
import type { ValueExchangeKind } from "@/generated/prisma/enums";
import type { CurrentUser } from "../auth/session";
import { getDashboard } from "../dashboard/dashboard.queries";
import { db } from "../db";
import { mapVersionCache } from "../map-version-cache";

/** People listed under each question and on each point of the chart; the rest are counted. */
const LISTED = 12;

/** As the SQL answers: the counts as bigint, the lists as arrays or null. */
type Row = Pick<
  AuditRow,
  "id" | "name" | "category" | "stage" | "valueReceivedRating" | "valueProvidedRating" | "growthPotentialRating"
> & {
  check_ins: bigint;
  gave: number | null;
  received: number | null;
  gave_kinds: ValueExchangeKind[] | null;
  received_kinds: ValueExchangeKind[] | null;
  area_names: string[] | null;
};

type Listed = { count: number; people: AuditPerson[] };
type Summary = {
  total: number;
  unrated: number;
  prospects: number;
  career: Listed;
  challenges: Listed;
  teaching: Listed;
  points: { received: number; provided: number; count: number; names: string[] }[];
};

const windowStart = (today: Day) => dayToDate(dateToDay(subMonths(dayToDate(today), AUDIT_MONTHS)));
const u = (user: Pick<CurrentUser, "id">) => user.id;

/**
 * The four questions, the chart and the counts, answered by the database over every
 * relationship (nothing but the answers leaves it):
 * - career guidance: serving a career area, or gave advice or sponsorship;
 * - who challenges my thinking: gave feedback, or a peer or reverse mentor talked to at
 *   least every other month (MONTHLY_CHECK_INS in the window);
 * - whom am I teaching: taught, advised or gave feedback to, or rated as providing more
 *   than received;
 * - the chart: rated relationships grouped by their two ratings.
 */
async function summary(user: Pick<CurrentUser, "id">, today: Day): Promise<Summary> {
  const userId = u(user);
  const exchanged = (direction: string, kinds: ValueExchangeKind[]) =>
    Prisma.sql`EXISTS (SELECT 1 FROM "ValueExchange" v WHERE v."userId" = ${userId} AND v."mentorId" = m."id"
      AND v."direction" = ${direction}::"ValueDirection" AND v."kind"::text = ANY(${kinds}::text[]))`;
  const listed = (condition: Prisma.Sql, order: Prisma.Sql) => Prisma.sql`json_build_object(
    'count', (SELECT count(*) FROM a WHERE ${condition}),
    'people', (SELECT coalesce(json_agg(json_build_object('id', p."id", 'name', p."name")), '[]') FROM (
      SELECT a."id", a."name" FROM a WHERE ${condition} ORDER BY ${order}, lower(a."name"), a."id" LIMIT ${LISTED}) p))`;
  const byReceived = Prisma.sql`coalesce(a.vr, 0) DESC`;
  const [row] = await db.$queryRaw<{ s: Summary }[]>`
    WITH a AS MATERIALIZED (
      SELECT m."id", m."name", m."category", m."valueReceivedRating" AS vr, m."valueProvidedRating" AS vp,
        EXISTS (SELECT 1 FROM "MentorGapArea" mg JOIN "GapArea" g ON g."id" = mg."gapAreaId"
          WHERE mg."mentorId" = m."id" AND mg."userId" = ${userId} AND g."name" ~* 'career') AS career_area,
        ${exchanged("RECEIVED", ["ADVICE", "SPONSORSHIP"])} AS advised,
        ${exchanged("RECEIVED", ["FEEDBACK"])} AS challenged,
        ${exchanged("GAVE", ["SKILL_TEACHING", "ADVICE", "FEEDBACK"])} AS taught,
        m."category" IN ('PEER', 'REVERSE') AND (SELECT count(*) FROM (
          SELECT 1 FROM "CheckIn" c WHERE c."userId" = ${userId} AND c."mentorId" = m."id" AND c."occurredOn" >= ${windowStart(today)}::date
          LIMIT ${MONTHLY_CHECK_INS}) x) >= ${MONTHLY_CHECK_INS} AS often
      FROM "Mentor" m
      WHERE m."userId" = ${userId} AND m."deletedAt" IS NULL AND m."archivedAt" IS NULL
        AND m."stage"::text = ANY(${AUDITED_STAGES}::text[])
    )
    SELECT json_build_object(
      'total', (SELECT count(*) FROM a),
      'unrated', (SELECT count(*) FROM a WHERE vr IS NULL OR vp IS NULL),
      'prospects', (SELECT count(*) FROM "Mentor" WHERE "userId" = ${userId} AND "deletedAt" IS NULL AND "archivedAt" IS NULL
        AND "stage" IN ('PROSPECT', 'RESEARCHED', 'CONTACTED')),
      'career', ${listed(Prisma.sql`(a.career_area OR a.advised)`, byReceived)},
      'challenges', ${listed(Prisma.sql`(a.challenged OR a.often)`, byReceived)},
      'teaching', ${listed(Prisma.sql`(a.taught OR coalesce(a.vp, 0) > coalesce(a.vr, 10))`, Prisma.sql`coalesce(a.vp, 0) DESC`)},
      'points', (SELECT coalesce(json_agg(json_build_object('received', vr, 'provided', vp, 'count', n, 'names', names) ORDER BY vr DESC, vp DESC), '[]')
        FROM (SELECT vr, vp, count(*) AS n, (array_agg(a."name" ORDER BY lower(a."name"), a."id"))[1:${LISTED}] AS names
              FROM a WHERE vr IS NOT NULL AND vp IS NOT NULL GROUP BY vr, vp) pt)
    ) AS s`;
  return row!.s;
}

/** Summaries per user under (mapVersion, day): every table the audit reads bumps mapVersion. */
const summaries = mapVersionCache<Summary>(100);
/** The page of rows last read, per user under mapVersion: every table a row shows bumps it. */
const rowPages = mapVersionCache<AuditRow[]>(100);

/** One page of relationships (by name), with their ratings, frequency from the log and ledger. */
async function pageOfRows(user: Pick<CurrentUser, "id">, today: Day, page: number): Promise<AuditRow[]> {
  const userId = u(user);
  const rows = await db.$queryRaw<Row[]>`
    SELECT m."id", m."name", m."category", m."stage", m."valueReceivedRating", m."valueProvidedRating", m."growthPotentialRating",
      (SELECT count(*) FROM "CheckIn" c WHERE c."userId" = ${userId} AND c."mentorId" = m."id" AND c."occurredOn" >= ${windowStart(today)}::date) AS check_ins,
      b."gave", b."received",
      (SELECT array_agg(DISTINCT v."kind"::text) FROM "ValueExchange" v WHERE v."userId" = ${userId} AND v."mentorId" = m."id" AND v."direction" = 'GAVE') AS gave_kinds,
      (SELECT array_agg(DISTINCT v."kind"::text) FROM "ValueExchange" v WHERE v."userId" = ${userId} AND v."mentorId" = m."id" AND v."direction" = 'RECEIVED') AS received_kinds,
      (SELECT array_agg(g."name" ORDER BY g."priority") FROM "MentorGapArea" mg JOIN "GapArea" g ON g."id" = mg."gapAreaId"
        WHERE mg."mentorId" = m."id" AND mg."userId" = ${userId}) AS area_names
    FROM "Mentor" m LEFT JOIN "MentorValueBalance" b ON b."mentorId" = m."id" AND b."userId" = ${userId}
    WHERE m."userId" = ${userId} AND m."deletedAt" IS NULL AND m."archivedAt" IS NULL
      AND m."stage"::text = ANY(${AUDITED_STAGES}::text[])
    ORDER BY lower(m."name"), m."id"
    LIMIT ${AUDIT_PAGE} OFFSET ${(page - 1) * AUDIT_PAGE}`;
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    category: r.category,
    stage: r.stage,
    valueReceivedRating: r.valueReceivedRating,
    valueProvidedRating: r.valueProvidedRating,
    growthPotentialRating: r.growthPotentialRating,
    checkInsInWindow: Number(r.check_ins),
    gave: Number(r.gave ?? 0),
    received: Number(r.received ?? 0),
    gaveKinds: r.gave_kinds ?? [],
    receivedKinds: r.received_kinds ?? [],
    areaNames: r.area_names ?? [],
  }));
}

/**
 * The audit: the answers and the chart over every relationship, one page of the
 * relationships themselves, and the map for the gaps. A fixed number of queries.
 */
export async function getAudit(user: Pick<CurrentUser, "id" | "timeZone">, page = 1) {
  const today = todayIn(user.timeZone);
  const [s, rows, dashboard] = await Promise.all([
    summaries.get(user.id, today, () => summary(user, today)),
    rowPages.get(user.id, `${today}|${page}`, () => pageOfRows(user, today, page)),
    getDashboard(user),
  ]);
  return {
    rows,
    total: s.total,
    unrated: s.unrated,
    prospects: s.prospects,
    answers: { careerGuidance: s.career, challengesThinking: s.challenges, teaching: s.teaching },
    points: s.points.map((p) => ({ ...p, quadrant: quadrant(p.received, p.provided) as Quadrant })),
    map: dashboard.map,
  };
}
export type Audit = Awaited<ReturnType<typeof getAudit>>;
