import "server-only";
import { addDaysToDay, dateToDay, dayToDate, todayIn, type Day } from "@/domain/calendar";
import { outreachStreak, sprintDay, sprintLastDay, sprintPhase, sprintTargets, SPRINT_DAYS, type SprintCounts } from "@/domain/sprint";
import { Prisma } from "@/generated/prisma/client";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import type { Tx } from "../tx";

type CountsRow = {
  gap_areas: bigint;
  researched: bigint;
  value_propositions: bigint;
  outreach_sent: bigint;
  first_conversations: bigint;
  active_reverse: bigint;
  peer_groups: bigint;
  takeaways: bigint;
  active: bigint;
  active_on_rhythm: bigint;
  introductions: bigint;
  wins_shared: bigint;
  digest_enabled: boolean;
  outreach_weeks: number[] | null;
};

/**
 * Everything the sprint's targets are computed from, in one query. Things that
 * happen count within the sprint's 90 days on the user's own calendar; the rest is
 * the map as it is today.
 */
export async function sprintCounts(client: Tx | typeof db, user: Pick<CurrentUser, "id" | "timeZone">, startOn: Day, today: Day) {
  const start = dayToDate(startOn);
  const end = dayToDate(addDaysToDay(startOn, SPRINT_DAYS)); // exclusive
  const u = user.id;
  const tz = user.timeZone;
  // Timestamps are stored as UTC without a zone: read them as UTC, then onto the user's calendar.
  const localDay = (column: string) => Prisma.sql`((${Prisma.raw(`"${column}"`)} AT TIME ZONE 'UTC') AT TIME ZONE ${tz})::date`;
  const [row] = await client.$queryRaw<CountsRow[]>`
    WITH changes AS (
      SELECT "mentorId", "toStage", ${localDay("changedAt")} AS on_day
      FROM "StageChange" WHERE "userId" = ${u}
    ), window_changes AS (
      SELECT * FROM changes WHERE on_day >= ${start}::date AND on_day < ${end}::date
    ), live AS (
      SELECT "category", "stage", "cadenceDays", "nextCheckInOn" FROM "Mentor" WHERE "userId" = ${u} AND "deletedAt" IS NULL AND "archivedAt" IS NULL
    )
    SELECT
      (SELECT count(*) FROM "GapArea" WHERE "userId" = ${u}) AS gap_areas,
      (SELECT count(*) FROM (
        SELECT "mentorId" FROM window_changes WHERE "toStage" = 'RESEARCHED'
        UNION SELECT "mentorId" FROM "OutreachPlan" WHERE "userId" = ${u} AND ${localDay("researchedAt")} >= ${start}::date AND ${localDay("researchedAt")} < ${end}::date
      ) r) AS researched,
      (SELECT count(*) FROM "OutreachPlan" WHERE "userId" = ${u} AND btrim("whatINeed") <> '' AND btrim("whatIOffer") <> ''
        AND ${localDay("updatedAt")} >= ${start}::date AND ${localDay("updatedAt")} < ${end}::date) AS value_propositions,
      (SELECT count(DISTINCT "mentorId") FROM window_changes WHERE "toStage" = 'CONTACTED') AS outreach_sent,
      (SELECT count(DISTINCT "mentorId") FROM window_changes WHERE "toStage" = 'IN_CONVERSATION') AS first_conversations,
      (SELECT count(*) FROM live WHERE "category" = 'REVERSE' AND "stage" = 'ACTIVE') AS active_reverse,
      (SELECT count(*) FROM "PeerGroup" WHERE "userId" = ${u}) AS peer_groups,
      (SELECT count(*) FROM "CheckIn" WHERE "userId" = ${u} AND btrim("takeaways") <> '' AND "occurredOn" >= ${start}::date AND "occurredOn" < ${end}::date) AS takeaways,
      (SELECT count(*) FROM live WHERE "stage" = 'ACTIVE') AS active,
      (SELECT count(*) FROM live WHERE "stage" = 'ACTIVE' AND "cadenceDays" IS NOT NULL AND ("nextCheckInOn" IS NULL OR "nextCheckInOn" >= ${dayToDate(today)}::date)) AS active_on_rhythm,
      (SELECT count(*) FROM "Introduction" WHERE "userId" = ${u} AND "introducedOn" >= ${start}::date AND "introducedOn" < ${end}::date) AS introductions,
      (SELECT count(*) FROM "Win" WHERE "userId" = ${u} AND "sharedPubliclyOn" >= ${start}::date AND "sharedPubliclyOn" < ${end}::date) AS wins_shared,
      (SELECT "digestFrequency" <> 'OFF' AND "digestUnsubscribedAt" IS NULL FROM "User" WHERE "id" = ${u}) AS digest_enabled,
      (SELECT array_agg(DISTINCT ((on_day - ${start}::date) / 7 + 1)::int) FROM window_changes WHERE "toStage" = 'CONTACTED') AS outreach_weeks`;
  const n = (v: bigint) => Number(v);
  const counts: SprintCounts = {
    gapAreas: n(row!.gap_areas),
    researched: n(row!.researched),
    valuePropositions: n(row!.value_propositions),
    outreachSent: n(row!.outreach_sent),
    firstConversations: n(row!.first_conversations),
    activeReverse: n(row!.active_reverse),
    peerGroups: n(row!.peer_groups),
    takeawaysLogged: n(row!.takeaways),
    activeMentors: n(row!.active),
    activeOnRhythm: n(row!.active_on_rhythm),
    introductions: n(row!.introductions),
    winsSharedPublicly: n(row!.wins_shared),
    digestEnabled: Boolean(row!.digest_enabled),
  };
  return { counts, outreachWeeks: row!.outreach_weeks ?? [] };
}

/** The running sprint's progress: day, phases with targets, streak. */
export async function sprintProgress(client: Tx | typeof db, user: Pick<CurrentUser, "id" | "timeZone">, sprint: { startOn: Date }, today: Day) {
  const startOn = dateToDay(sprint.startOn);
  const { counts, outreachWeeks } = await sprintCounts(client, user, startOn, today);
  const day = sprintDay(startOn, today);
  const phases = sprintTargets(counts);
  return {
    startOn,
    endOn: sprintLastDay(startOn),
    day,
    phase: sprintPhase(day),
    phases,
    progress: phases.reduce((s, p) => s + p.progress, 0) / phases.length,
    streak: outreachStreak(outreachWeeks, day),
    counts,
  };
}
export type SprintProgress = Awaited<ReturnType<typeof sprintProgress>>;

/** The running sprint, or null. */
export function currentSprint(client: Tx | typeof db, userId: string) {
  return client.sprint.findFirst({ where: { userId, endedAt: null }, orderBy: { startOn: "desc" }, select: { id: true, startOn: true } });
}

/** /sprint: the running sprint with its tasks, and the history. */
export async function getSprintPage(user: Pick<CurrentUser, "id" | "timeZone">) {
  const today = todayIn(user.timeZone);
  const [sprint, history] = await Promise.all([
    db.sprint.findFirst({
      where: { userId: user.id, endedAt: null },
      orderBy: { startOn: "desc" },
      select: { id: true, startOn: true, tasks: { orderBy: [{ doneAt: { sort: "asc", nulls: "first" } }, { position: "asc" }, { createdAt: "asc" }], select: { id: true, title: true, phase: true, doneAt: true } } },
    }),
    db.sprint.findMany({ where: { userId: user.id, endedAt: { not: null } }, orderBy: { startOn: "desc" }, take: 20, select: { id: true, startOn: true, endedAt: true, summary: true } }),
  ]);
  const progress = sprint ? await sprintProgress(db, user, sprint, today) : null;
  return { today, sprint, progress, history };
}
