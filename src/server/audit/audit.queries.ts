import "server-only";
import { subMonths } from "date-fns";
import { AUDIT_MONTHS, AUDITED_STAGES, type AuditRow } from "@/domain/audit";
import { dateToDay, dayToDate, todayIn } from "@/domain/calendar";
import { Prisma } from "@/generated/prisma/client";
import type { ValueExchangeKind } from "@/generated/prisma/enums";
import type { CurrentUser } from "../auth/session";
import { getDashboard } from "../dashboard/dashboard.queries";
import { db } from "../db";

/** As the SQL answers: the counts as bigint, the lists as arrays or null. */
type Row = Pick<
  AuditRow,
  "id" | "name" | "category" | "stage" | "valueReceivedRating" | "valueProvidedRating" | "growthPotentialRating"
> & {
  check_ins: bigint;
  gave: bigint;
  received: bigint;
  gave_kinds: ValueExchangeKind[] | null;
  received_kinds: ValueExchangeKind[] | null;
  area_names: string[] | null;
};

/** Every relationship with its ratings, frequency and ledger, plus the map for the gaps: a fixed number of queries. */
export async function getAudit(user: Pick<CurrentUser, "id" | "timeZone">) {
  const today = todayIn(user.timeZone);
  const since = dayToDate(dateToDay(subMonths(dayToDate(today), AUDIT_MONTHS)));
  const u = user.id;
  const [rows, prospects, map] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT m."id", m."name", m."category", m."stage", m."valueReceivedRating", m."valueProvidedRating", m."growthPotentialRating",
        coalesce(c.n, 0) AS check_ins, coalesce(v.gave, 0) AS gave, coalesce(v.received, 0) AS received,
        v.gave_kinds, v.received_kinds, a.area_names
      FROM "Mentor" m
      LEFT JOIN (
        SELECT "mentorId", count(*) AS n FROM "CheckIn" WHERE "userId" = ${u} AND "occurredOn" >= ${since}::date GROUP BY "mentorId"
      ) c ON c."mentorId" = m."id"
      LEFT JOIN (
        SELECT "mentorId",
          count(*) FILTER (WHERE "direction" = 'GAVE') AS gave,
          count(*) FILTER (WHERE "direction" = 'RECEIVED') AS received,
          array_agg(DISTINCT "kind"::text) FILTER (WHERE "direction" = 'GAVE') AS gave_kinds,
          array_agg(DISTINCT "kind"::text) FILTER (WHERE "direction" = 'RECEIVED') AS received_kinds
        FROM "ValueExchange" WHERE "userId" = ${u} GROUP BY "mentorId"
      ) v ON v."mentorId" = m."id"
      LEFT JOIN (
        SELECT mg."mentorId", array_agg(g."name" ORDER BY g."priority") AS area_names
        FROM "MentorGapArea" mg JOIN "GapArea" g ON g."id" = mg."gapAreaId"
        WHERE mg."userId" = ${u} GROUP BY mg."mentorId"
      ) a ON a."mentorId" = m."id"
      WHERE m."userId" = ${u} AND m."deletedAt" IS NULL AND m."archivedAt" IS NULL
        AND m."stage" IN (${Prisma.join(AUDITED_STAGES.map((s) => Prisma.sql`${s}::"MentorStage"`))})
      ORDER BY lower(m."name"), m."id"`,
    db.mentor.count({
      where: { userId: u, deletedAt: null, archivedAt: null, stage: { in: ["PROSPECT", "RESEARCHED", "CONTACTED"] } },
    }),
    getDashboard(user).then((d) => d.map),
  ]);
  const audit: AuditRow[] = rows.map((r) => ({
    id: r.id,
    name: r.name,
    category: r.category,
    stage: r.stage,
    valueReceivedRating: r.valueReceivedRating,
    valueProvidedRating: r.valueProvidedRating,
    growthPotentialRating: r.growthPotentialRating,
    checkInsInWindow: Number(r.check_ins),
    gave: Number(r.gave),
    received: Number(r.received),
    gaveKinds: r.gave_kinds ?? [],
    receivedKinds: r.received_kinds ?? [],
    areaNames: r.area_names ?? [],
  }));
  return { rows: audit, prospects, map };
}
