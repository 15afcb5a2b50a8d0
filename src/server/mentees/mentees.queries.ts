import "server-only";
import { DUE_SOON_DAYS } from "@/domain/cadence";
import { addDaysToDay, type Day, dateToDay, dayToDate, todayIn } from "@/domain/calendar";
import { MENTEE_STAGES, type MenteeStage } from "@/domain/mentee-stages";
import { checkInEntries, mergeTimeline, type TimelineEntry, valueEntries } from "@/domain/timeline";
import type { CurrentUser } from "../auth/session";
import { checkInsOf } from "../check-ins/check-ins.queries";
import { db } from "../db";
import { valueExchangesOf } from "../value-exchanges/value-exchanges.queries";

const TIMELINE_LIMIT = 100;

/** The people the user mentors, in one stage or all, by name; with how many are in each stage. */
export async function listMentees(userId: string, stage: MenteeStage | undefined) {
  const [mentees, counts] = await Promise.all([
    db.mentee.findMany({
      where: { userId, ...(stage ? { stage } : {}) },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: {
        id: true,
        name: true,
        headline: true,
        organisation: true,
        stage: true,
        goals: true,
        nextSessionOn: true,
        lastSessionOn: true,
      },
      take: 500,
    }),
    db.mentee.groupBy({ by: ["stage"], where: { userId }, _count: { _all: true } }),
  ]);
  const byStage = Object.fromEntries(MENTEE_STAGES.map((s) => [s.value, 0])) as Record<MenteeStage, number>;
  for (const c of counts) byStage[c.stage] = c._count._all;
  return {
    mentees: mentees.map((m) => ({
      ...m,
      nextSessionOn: m.nextSessionOn ? dateToDay(m.nextSessionOn) : null,
      lastSessionOn: m.lastSessionOn ? dateToDay(m.lastSessionOn) : null,
    })),
    byStage,
    total: Object.values(byStage).reduce((a, b) => a + b, 0),
  };
}

export type MenteeDue = { id: string; name: string; nextSessionOn: Day; overdue: boolean };

/**
 * The dashboard's "Mentoring" panel: the accepted and active mentees whose next session
 * is within a week, soonest first, how many such there are, how many are mentored
 * now, and how many applications wait for an answer. One query.
 */
export async function menteesDue(userId: string, today: Day, take = 6) {
  const soon = dayToDate(addDaysToDay(today, DUE_SOON_DAYS));
  const [row] = await db.$queryRaw<
    [{ due: { id: string; name: string; next: Day }[]; total: number; mentoring: number; applications: number }]
  >`
    SELECT
      (SELECT coalesce(json_agg(json_build_object('id', x."id", 'name', x."name", 'next', x."nextSessionOn")), '[]') FROM (
        SELECT "id", "name", "nextSessionOn" FROM "Mentee"
        WHERE "userId" = ${userId} AND "stage" IN ('ACCEPTED', 'ACTIVE') AND "nextSessionOn" <= ${soon}
        ORDER BY "nextSessionOn", "name", "id" LIMIT ${take}
      ) x) AS due,
      count(*) FILTER (WHERE "nextSessionOn" <= ${soon})::int AS total,
      count(*)::int AS mentoring,
      (SELECT count(*)::int FROM "Application" WHERE "userId" = ${userId} AND "status" = 'NEW') AS applications
    FROM "Mentee" WHERE "userId" = ${userId} AND "stage" IN ('ACCEPTED', 'ACTIVE')`;
  const due: MenteeDue[] = row.due.map((m) => ({
    id: m.id,
    name: m.name,
    nextSessionOn: m.next,
    overdue: m.next < today,
  }));
  return { due, total: row.total, mentoring: row.mentoring, applications: row.applications };
}

export type MentoringPanel = Awaited<ReturnType<typeof menteesDue>>;

/** Everything a mentee's page shows; null for a missing mentee and another user's alike. */
export async function getMenteePage(user: Pick<CurrentUser, "id" | "timeZone">, id: string) {
  const scope = { userId: user.id, menteeId: id };
  const [mentee, stageChanges, checkIns, exchanges, followUps, wins] = await Promise.all([
    db.mentee.findFirst({ where: { id, userId: user.id } }),
    db.menteeStageChange.findMany({ where: scope, orderBy: { changedAt: "desc" }, take: TIMELINE_LIMIT }),
    checkInsOf(scope, TIMELINE_LIMIT),
    valueExchangesOf(scope),
    db.reminder.findMany({
      where: { userId: user.id, checkIn: { userId: user.id, menteeId: id } },
      orderBy: { dueOn: "asc" },
    }),
    db.menteeWin.findMany({ where: scope, orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }] }),
  ]);
  if (!mentee) return null;
  const today = todayIn(user.timeZone);
  const timeline: TimelineEntry[] = mergeTimeline(
    checkInEntries(checkIns, followUps),
    valueEntries(exchanges.slice(0, TIMELINE_LIMIT)),
    stageChanges.map((s) => ({
      kind: "stage" as const,
      of: "mentee" as const,
      id: s.id,
      day: todayIn(user.timeZone, s.changedAt),
      at: s.changedAt,
      from: s.fromStage,
      to: s.toStage,
      note: null,
    })),
    wins.slice(0, TIMELINE_LIMIT).map((w) => ({
      kind: "mentee-win" as const,
      id: w.id,
      day: dateToDay(w.occurredOn),
      at: w.createdAt,
      title: w.title,
      description: w.description,
      story: w.story,
    })),
  );
  const taughtBack = exchanges.filter((v) => v.direction === "RECEIVED").length;
  return {
    mentee: {
      ...mentee,
      nextSessionOn: mentee.nextSessionOn ? dateToDay(mentee.nextSessionOn) : null,
      lastSessionOn: mentee.lastSessionOn ? dateToDay(mentee.lastSessionOn) : null,
    },
    timeline,
    today,
    sessions: checkIns.length,
    taughtBack,
    gave: exchanges.length - taughtBack,
    wins: wins.length,
  };
}

/** The user's mentees by name, for pickers (an introduction between two of them). */
export function menteeOptions(userId: string) {
  return db.mentee.findMany({
    where: { userId, stage: { notIn: ["APPLIED", "DECLINED"] } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
    take: 500,
  });
}
