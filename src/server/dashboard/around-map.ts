import "server-only";
import { addDaysToDay, type Day, dayToDate } from "@/domain/calendar";
import { ONE_WAY_AFTER_DAYS } from "@/domain/value-balance";
import { Prisma } from "@/generated/prisma/client";
import type { MentorCategory } from "@/generated/prisma/enums";
import type { db } from "../db";
import type { Tx } from "../ownership";
import { BALANCE_AS_AGGREGATES, oneWaySql } from "../value-exchanges/value-aggregates";

/** The newest introductions drawn on the map when "show introductions" is on. */
const INTRODUCTIONS_ON_MAP = 200;

/** Which columns to read: the map's frame (areas, profiles, the wizard's draft) and the parts around it. */
export type AroundWanted = { map: boolean; value: boolean; introductions: boolean; wins: boolean; checkIns: boolean };

/** Rows as Postgres sends them in JSON: dates as "YYYY-MM-DD". Each present when asked for. */
export type AroundMapJson = {
  areas?: { id: string; name: string; priority: number }[];
  profiles?: { a: string; c: MentorCategory; p: string }[];
  wizard_draft?: boolean;
  totals?: { mentors: number; gave: number; received: number };
  one_way?: {
    id: string;
    name: string;
    last_gave: Day | null;
    first_gave: Day | null;
    last_received: Day | null;
    first_received: Day | null;
  }[];
  has_check_in?: boolean;
  introductions?: { id: string; f: string; fn: string; t: string; tn: string; d: Day }[];
  unshared_wins?: { id: string; title: string; d: Day; names: string[] }[];
};

/**
 * What the dashboard shows besides the map's cells (src/server/dashboard/map-cells.ts),
 * in one query whatever the number of mentors, and only the columns asked for: the
 * balances are kept per mentor by the database, and the one-way list is read in name
 * order until five are found.
 */
export async function aroundMapQuery(
  client: Tx | typeof db,
  userId: string,
  today: Day,
  wanted: AroundWanted,
): Promise<AroundMapJson> {
  const columns: Prisma.Sql[] = [];
  if (wanted.map)
    columns.push(Prisma.sql`
      (SELECT coalesce(json_agg(json_build_object('id', "id", 'name', "name", 'priority', "priority")), '[]')
        FROM "GapArea" WHERE "userId" = ${userId}) AS areas,
      (SELECT coalesce(json_agg(json_build_object('a', "gapAreaId", 'c', "category", 'p', "profile")), '[]')
        FROM "DreamTeamSlot" WHERE "userId" = ${userId} AND btrim("profile") <> '') AS profiles,
      (SELECT "gapWizardState" IS NOT NULL FROM "User" WHERE "id" = ${userId}) AS wizard_draft`);
  if (wanted.value)
    columns.push(Prisma.sql`
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
      ) o) AS one_way`);
  if (wanted.checkIns)
    columns.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "CheckIn" WHERE "userId" = ${userId} AND "mentorId" IS NOT NULL) AS has_check_in`,
    );
  if (wanted.introductions)
    columns.push(Prisma.sql`
      (SELECT coalesce(json_agg(i), '[]') FROM (
        SELECT i."id", i."fromMentorId" AS f, fm."name" AS fn, i."toMentorId" AS t, tm."name" AS tn, i."introducedOn" AS d
        FROM "Introduction" i
        JOIN "Mentor" fm ON fm."id" = i."fromMentorId" AND fm."deletedAt" IS NULL
        JOIN "Mentor" tm ON tm."id" = i."toMentorId" AND tm."deletedAt" IS NULL
        WHERE i."userId" = ${userId} ORDER BY i."introducedOn" DESC, i."createdAt" DESC LIMIT ${INTRODUCTIONS_ON_MAP}
      ) i) AS introductions`);
  if (wanted.wins)
    columns.push(Prisma.sql`
      (SELECT coalesce(json_agg(w), '[]') FROM (
        SELECT w."id", w."title", w."occurredOn" AS d,
          (SELECT array_agg(m."name" ORDER BY lower(m."name")) FROM "WinCredit" c JOIN "Mentor" m ON m."id" = c."mentorId" AND m."deletedAt" IS NULL
           WHERE c."winId" = w."id" AND c."userId" = ${userId} AND c."sharedOn" IS NULL) AS names
        FROM "Win" w
        WHERE w."userId" = ${userId} AND EXISTS (SELECT 1 FROM "WinCredit" c WHERE c."winId" = w."id" AND c."userId" = ${userId} AND c."sharedOn" IS NULL)
        ORDER BY w."occurredOn" DESC LIMIT 5
      ) w) AS unshared_wins`);
  if (!columns.length) return {};
  const [row] = await client.$queryRaw<AroundMapJson[]>`SELECT ${Prisma.join(columns)}`;
  return row!;
}
