import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { addDaysToDay, dateToDay, dayToDate, todayIn, type Day } from "@/domain/calendar";
import { buildMap, CELL_CHIP_LIMIT } from "@/domain/map";
import { ONE_WAY_AFTER_DAYS, oneWayFlag } from "@/domain/value-balance";
import type { MentorCategory, MentorStage } from "@/generated/prisma/enums";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { currentSprint, sprintProgress } from "../sprint/sprint.queries";
import type { Tx } from "../tx";
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

/** The user's live mentors with their value aggregates and one-way flag, as a CTE named `live`. */
function liveMentors(userId: string, today: Day) {
  return Prisma.sql`
    WITH v AS (SELECT "mentorId", ${VALUE_AGGREGATES} FROM "ValueExchange" WHERE "userId" = ${userId} GROUP BY "mentorId"),
    live AS (
      SELECT m."id", m."name", m."category", m."stage", m."nextCheckInOn",
        v.gave, v.received, v.last_gave, v.first_gave, v.last_received, v.first_received,
        coalesce(${oneWaySql(dayToDate(addDaysToDay(today, -ONE_WAY_AFTER_DAYS)))}, false) AS one_way
      FROM "Mentor" m LEFT JOIN v ON v."mentorId" = m."id"
      WHERE m."userId" = ${userId} AND m."deletedAt" IS NULL AND m."archivedAt" IS NULL
    )`;
}

const day = (d: Date | null): Day | null => (d ? dateToDay(d) : null);

/**
 * The map picture in two queries, whatever the number of mentors: the database
 * sends only the most urgent people per cell, with each cell's count.
 */
export async function loadMap(client: Tx | typeof db, userId: string, today: Day) {
  const weekEnd = addDaysToDay(today, 7);
  // Same order as the map's urgency (src/domain/map.ts): overdue, due this week, one-way, on rhythm, prospect.
  const urgency = Prisma.sql`CASE
    WHEN l."nextCheckInOn" < ${dayToDate(today)} THEN 0
    WHEN l."nextCheckInOn" < ${dayToDate(weekEnd)} THEN 1
    WHEN l.one_way THEN 2
    WHEN l."stage" IN ('PROSPECT', 'RESEARCHED', 'CONTACTED') THEN 4
    ELSE 3 END`;
  const [areas, cells] = await Promise.all([
    client.gapArea.findMany({ where: { userId }, select: { id: true, name: true, priority: true } }),
    client.$queryRaw<CellRow[]>`
      ${liveMentors(userId, today)},
      cells AS (
        SELECT mg."gapAreaId", l.*,
          row_number() OVER (PARTITION BY mg."gapAreaId", l."category" ORDER BY ${urgency}, lower(l."name"), l."id") AS rn,
          count(*) OVER (PARTITION BY mg."gapAreaId", l."category") AS cell_count
        FROM live l JOIN "MentorGapArea" mg ON mg."mentorId" = l."id" AND mg."userId" = ${userId}
        WHERE l."stage" <> 'DECLINED'
      )
      SELECT * FROM cells WHERE rn <= ${CELL_CHIP_LIMIT}`,
  ]);
  return buildMap(
    areas,
    cells.map((r) => ({
      areaId: r.gapAreaId,
      cellCount: Number(r.cell_count),
      mentor: { id: r.id, name: r.name, category: r.category, stage: r.stage, gapAreaIds: [r.gapAreaId], nextCheckInOn: day(r.nextCheckInOn), oneWay: r.one_way },
    })),
    today,
  );
}

/** Everything the dashboard shows, in a fixed number of parallel queries. */
export async function getDashboard(user: Pick<CurrentUser, "id" | "timeZone">) {
  const today = todayIn(user.timeZone);
  const weekEnd = addDaysToDay(today, 7);
  const live = liveMentors(user.id, today);

  const [map, totals, oneWay, due, sprint, slots] = await Promise.all([
    loadMap(db, user.id, today),
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
    // The sprint's targets need its start: one query after another, beside the rest.
    currentSprint(db, user.id).then((s) => (s ? sprintProgress(db, user, s, today) : null)),
    db.dreamTeamSlot.findMany({ where: { userId: user.id }, select: { gapAreaId: true, category: true, profile: true } }),
  ]);

  // Only an empty map asks whether a gap analysis is half done.
  const wizardDraft = map.rows.length
    ? false
    : Boolean((await db.user.findUnique({ where: { id: user.id }, select: { gapWizardState: true } }))?.gapWizardState);
  const flag = (r: ValueAggregateRow) => oneWayFlag(day(r.last_gave), day(r.first_gave), day(r.last_received), day(r.first_received), today);
  return {
    today,
    map,
    hasAreas: map.rows.length > 0,
    wizardDraft,
    profiles: Object.fromEntries(slots.filter((s) => s.profile.trim()).map((s) => [`${s.gapAreaId}|${s.category}`, s.profile])) as Record<string, string>,
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
    sprint,
  };
}
export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
