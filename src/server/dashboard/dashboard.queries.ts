import "server-only";
import { addDaysToDay, dateToDay, dayToDate, daysBetween, todayIn, type Day } from "@/domain/calendar";
import { buildMap } from "@/domain/map";
import { sprintPhase } from "@/domain/sprint";
import { oneWayFlag } from "@/domain/value-balance";
import type { MentorCategory, MentorStage } from "@/generated/prisma/enums";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { VALUE_AGGREGATES, type ValueAggregateRow } from "../values/value-aggregates";

type MapRow = ValueAggregateRow & {
  id: string;
  name: string;
  category: MentorCategory;
  stage: MentorStage;
  nextCheckInOn: Date | null;
  gapAreaIds: string[];
};

/** Everything the dashboard shows, in four parallel queries whatever the size of the map. */
export async function getDashboard(user: Pick<CurrentUser, "id" | "timeZone">) {
  const today = todayIn(user.timeZone);
  const weekEnd = addDaysToDay(today, 7);
  const [areas, rows, due, sprint] = await Promise.all([
    db.gapArea.findMany({ where: { userId: user.id }, select: { id: true, name: true, priority: true } }),
    db.$queryRaw<MapRow[]>`
      SELECT m."id", m."name", m."category", m."stage", m."nextCheckInOn",
        coalesce((SELECT array_agg(mg."gapAreaId") FROM "MentorGapArea" mg WHERE mg."mentorId" = m."id" AND mg."userId" = ${user.id}), '{}') AS "gapAreaIds",
        coalesce(v.gave, 0) AS gave, coalesce(v.received, 0) AS received, v.last_gave, v.first_gave, v.last_received, v.first_received
      FROM "Mentor" m
      LEFT JOIN (
        SELECT "mentorId", ${VALUE_AGGREGATES} FROM "ValueExchange" WHERE "userId" = ${user.id} GROUP BY "mentorId"
      ) v ON v."mentorId" = m."id"
      WHERE m."userId" = ${user.id} AND m."deletedAt" IS NULL AND m."archivedAt" IS NULL`,
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
  const mentors = rows.map((r) => ({
    id: r.id,
    name: r.name,
    category: r.category,
    stage: r.stage,
    gapAreaIds: r.gapAreaIds,
    nextCheckInOn: day(r.nextCheckInOn),
    gave: Number(r.gave),
    received: Number(r.received),
    oneWay: oneWayFlag(day(r.last_gave), day(r.first_gave), day(r.last_received), day(r.first_received), today),
  }));
  const map = buildMap(areas, mentors.map((m) => ({ ...m, oneWay: m.oneWay !== null })), today);
  const sprintDay = sprint ? daysBetween(dateToDay(sprint.startOn), today) + 1 : null;
  return {
    today,
    map,
    hasAreas: areas.length > 0,
    mentorCount: mentors.length,
    due: due.map((r) => ({ ...r, dueOn: dateToDay(r.dueOn), overdue: dateToDay(r.dueOn) < today })),
    value: {
      gave: mentors.reduce((n, m) => n + m.gave, 0),
      received: mentors.reduce((n, m) => n + m.received, 0),
      oneWay: mentors.filter((m) => m.oneWay).map((m) => ({ id: m.id, name: m.name, oneWay: m.oneWay! })),
    },
    sprint: sprint && sprintDay !== null ? { day: sprintDay, phase: sprintPhase(sprintDay) } : null,
  };
}
export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
