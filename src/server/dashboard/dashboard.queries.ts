import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { addDaysToDay, dateToDay, dayToDate, daysBetween, todayIn, type Day } from "@/domain/calendar";
import { buildMap, CELL_CHIP_LIMIT } from "@/domain/map";
import { sprintPhase } from "@/domain/sprint";
import { ONE_WAY_AFTER_DAYS, oneWayFlag } from "@/domain/value-balance";
import type { MentorCategory, MentorStage } from "@/generated/prisma/enums";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { oneWaySql, VALUE_AGGREGATES, type ValueAggregateRow } from "../values/value-aggregates";

type CellRow = ValueAggregateRow & {
  gapAreaId: string;
  id: string;
  name: string;
  category: MentorCategory;
  stage: MentorStage;
  nextCheckInOn: Date | null;
  one_way: boolean;
  cell_count: bigint;
};

type TotalsRow = { mentors: bigint; gave: bigint; received: bigint };
type OneWayRow = ValueAggregateRow & { id: string; name: string };

/**
 * Everything the dashboard shows, in a fixed number of parallel queries. The map
 * arrives already cut to the most urgent people per cell, with each cell's count, so
 * its cost does not grow with the number of mentors.
 */
export async function getDashboard(user: Pick<CurrentUser, "id" | "timeZone">) {
  const today = todayIn(user.timeZone);
  const weekEnd = addDaysToDay(today, 7);
  const live = Prisma.sql`
    WITH v AS (SELECT "mentorId", ${VALUE_AGGREGATES} FROM "ValueExchange" WHERE "userId" = ${user.id} GROUP BY "mentorId"),
    live AS (
      SELECT m."id", m."name", m."category", m."stage", m."nextCheckInOn",
        v.gave, v.received, v.last_gave, v.first_gave, v.last_received, v.first_received,
        coalesce(${oneWaySql(dayToDate(addDaysToDay(today, -ONE_WAY_AFTER_DAYS)))}, false) AS one_way
      FROM "Mentor" m LEFT JOIN v ON v."mentorId" = m."id"
      WHERE m."userId" = ${user.id} AND m."deletedAt" IS NULL AND m."archivedAt" IS NULL
    )`;
  // Same order as the map's urgency (src/domain/map.ts): overdue, due this week, one-way, on rhythm, prospect.
  const urgency = Prisma.sql`CASE
    WHEN l."nextCheckInOn" < ${dayToDate(today)} THEN 0
    WHEN l."nextCheckInOn" < ${dayToDate(weekEnd)} THEN 1
    WHEN l.one_way THEN 2
    WHEN l."stage" IN ('PROSPECT', 'RESEARCHED', 'CONTACTED') THEN 4
    ELSE 3 END`;

  const [areas, cells, totals, oneWay, due, sprint] = await Promise.all([
    db.gapArea.findMany({ where: { userId: user.id }, select: { id: true, name: true, priority: true } }),
    db.$queryRaw<CellRow[]>`
      ${live},
      cells AS (
        SELECT mg."gapAreaId", l.*,
          row_number() OVER (PARTITION BY mg."gapAreaId", l."category" ORDER BY ${urgency}, lower(l."name"), l."id") AS rn,
          count(*) OVER (PARTITION BY mg."gapAreaId", l."category") AS cell_count
        FROM live l JOIN "MentorGapArea" mg ON mg."mentorId" = l."id" AND mg."userId" = ${user.id}
        WHERE l."stage" <> 'DECLINED'
      )
      SELECT * FROM cells WHERE rn <= ${CELL_CHIP_LIMIT}`,
    db.$queryRaw<TotalsRow[]>`${live} SELECT count(*) AS mentors, coalesce(sum(gave), 0) AS gave, coalesce(sum(received), 0) AS received FROM live`,
    db.$queryRaw<OneWayRow[]>`${live} SELECT * FROM live WHERE one_way ORDER BY lower("name") LIMIT 5`,
    db.reminder.findMany({
      where: {
        userId: user.id,
        dueOn: { lte: dayToDate(weekEnd) },
        mentor: { deletedAt: null, archivedAt: null },
        OR: [{ status: "PENDING" }, { status: "SNOOZED", snoozedUntil: { lte: dayToDate(today) } }],
      },
      orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
      take: 20,
      select: { id: true, kind: true, title: true, dueOn: true, mentor: { select: { id: true, name: true } } },
    }),
    db.sprint.findFirst({ where: { userId: user.id, endedAt: null }, orderBy: { startOn: "desc" }, select: { id: true, startOn: true } }),
  ]);

  const day = (d: Date | null): Day | null => (d ? dateToDay(d) : null);
  const flag = (r: ValueAggregateRow) => oneWayFlag(day(r.last_gave), day(r.first_gave), day(r.last_received), day(r.first_received), today);
  const map = buildMap(
    areas,
    cells.map((r) => ({
      areaId: r.gapAreaId,
      cellCount: Number(r.cell_count),
      mentor: { id: r.id, name: r.name, category: r.category, stage: r.stage, gapAreaIds: [r.gapAreaId], nextCheckInOn: day(r.nextCheckInOn), oneWay: r.one_way },
    })),
    today,
  );
  const sprintDay = sprint ? daysBetween(dateToDay(sprint.startOn), today) + 1 : null;
  return {
    today,
    map,
    hasAreas: areas.length > 0,
    mentorCount: Number(totals[0]!.mentors),
    due: due.map((r) => ({ ...r, dueOn: dateToDay(r.dueOn), overdue: dateToDay(r.dueOn) < today })),
    value: {
      gave: Number(totals[0]!.gave),
      received: Number(totals[0]!.received),
      oneWay: oneWay.flatMap((r) => {
        const f = flag(r);
        return f ? [{ id: r.id, name: r.name, oneWay: f }] : [];
      }),
    },
    sprint: sprint && sprintDay !== null ? { day: sprintDay, phase: sprintPhase(sprintDay) } : null,
  };
}
export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
