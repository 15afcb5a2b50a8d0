import "server-only";
import { type Day, dateToDay, dayToDate, todayIn } from "@/domain/calendar";
import {
  outreachStreak,
  SPRINT_DAYS,
  type SprintCounts,
  sprintDay,
  sprintLastDay,
  sprintPhase,
  sprintTargets,
} from "@/domain/sprint";
import { Prisma } from "@/generated/prisma/client";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { mapVersionCache } from "../map-version-cache";
import type { Tx } from "../ownership";

type SprintCountsRow = {
  start_on: Date | null;
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
 * Everything the sprint's targets are computed from, in one query: for the sprint
 * starting on `startOn`, or else the running one (null if none). Things that happen
 * count within the sprint's 90 days on the user's own calendar; the rest is the map
 * as it is today.
 */
export async function sprintCounts(
  client: Tx | typeof db,
  user: Pick<CurrentUser, "id" | "timeZone">,
  today: Day,
  startOn?: Day,
) {
  const [row] = await client.$queryRaw<SprintCountsRow[]>`${sprintCountsSql(user, today, startOn)}`;
  return parseSprintCounts(row!);
}

function sprintCountsSql(user: Pick<CurrentUser, "id" | "timeZone">, today: Day, startOn?: Day) {
  const u = user.id;
  const tz = user.timeZone;
  // Timestamps are stored as UTC without a zone: read them as UTC, then onto the user's calendar.
  const localDay = (column: string) =>
    Prisma.sql`((${Prisma.raw(`"${column}"`)} AT TIME ZONE 'UTC') AT TIME ZONE ${tz})::date`;
  const sprint = startOn
    ? Prisma.sql`SELECT ${dayToDate(startOn)}::date AS start_on`
    : Prisma.sql`SELECT "startOn" AS start_on FROM "Sprint" WHERE "userId" = ${u} AND "endedAt" IS NULL ORDER BY "startOn" DESC LIMIT 1`;
  const start = Prisma.sql`(SELECT start_on FROM w)`;
  const end = Prisma.sql`(SELECT end_on FROM w)`; // exclusive
  return Prisma.sql`
    WITH w AS (
      SELECT start_on, start_on + ${SPRINT_DAYS}::int AS end_on FROM (${sprint}) s
    ), window_changes AS (
      SELECT "mentorId", "toStage", ${localDay("changedAt")} AS on_day
      FROM "StageChange", w
      -- the stages counted ("StageChange_userId_toStage_changedAt_mentorId_idx"), a day of slack
      -- either side for the time zone, then the exact local days
      WHERE "userId" = ${u} AND "toStage" IN ('RESEARCHED', 'CONTACTED', 'IN_CONVERSATION')
        AND "changedAt" >= w.start_on - 1 AND "changedAt" < w.end_on + 1
        AND ${localDay("changedAt")} >= w.start_on AND ${localDay("changedAt")} < w.end_on
    ), ${activeCountsSql(u, today)}
    SELECT
      (SELECT start_on FROM w) AS start_on,
      (SELECT count(*) FROM "GapArea" WHERE "userId" = ${u}) AS gap_areas,
      (SELECT count(*) FROM (
        SELECT "mentorId" FROM window_changes WHERE "toStage" = 'RESEARCHED'
        UNION SELECT "mentorId" FROM "OutreachPlan" WHERE "userId" = ${u} AND ${localDay("researchedAt")} >= ${start} AND ${localDay("researchedAt")} < ${end}
      ) r) AS researched,
      (SELECT count(*) FROM "OutreachPlan" WHERE "userId" = ${u} AND btrim("whatINeed") <> '' AND btrim("whatIOffer") <> ''
        AND ${localDay("updatedAt")} >= ${start} AND ${localDay("updatedAt")} < ${end}) AS value_propositions,
      (SELECT count(DISTINCT "mentorId") FROM window_changes WHERE "toStage" = 'CONTACTED') AS outreach_sent,
      (SELECT count(DISTINCT "mentorId") FROM window_changes WHERE "toStage" = 'IN_CONVERSATION') AS first_conversations,
      (SELECT count(*) FROM "PeerGroup" WHERE "userId" = ${u}) AS peer_groups,
      -- "CheckIn_takeaways_idx" holds only the check-ins with takeaways.
      -- Mentors' check-ins only: sessions with mentees are not the sprint's.
      (SELECT count(*) FROM "CheckIn" WHERE "userId" = ${u} AND "mentorId" IS NOT NULL AND btrim("takeaways") <> '' AND "occurredOn" >= ${start} AND "occurredOn" < ${end}) AS takeaways,
      (SELECT active_reverse FROM active_counts) AS active_reverse,
      (SELECT active FROM active_counts) AS active,
      (SELECT active_on_rhythm FROM active_counts) AS active_on_rhythm,
      (SELECT count(*) FROM "Introduction" WHERE "userId" = ${u} AND "introducedOn" >= ${start} AND "introducedOn" < ${end}) AS introductions,
      (SELECT count(*) FROM "Win" WHERE "userId" = ${u} AND "sharedPubliclyOn" >= ${start} AND "sharedPubliclyOn" < ${end}) AS wins_shared,
      (SELECT "digestFrequency" <> 'OFF' AND "digestUnsubscribedAt" IS NULL FROM "User" WHERE "id" = ${u}) AS digest_enabled,
      (SELECT array_agg(DISTINCT ((on_day - ${start}) / 7 + 1)::int) FROM window_changes WHERE "toStage" = 'CONTACTED') AS outreach_weeks`;
}

/**
 * The counts that read the live active mentors themselves: what a check-in, a stage or a
 * rhythm changes. One pass over "Mentor_active_rhythm_idx", read from the index alone (three
 * counts over a shared CTE of their rows took twice as long: 1.0 against 0.5 ms at 20,000 mentors).
 */
const activeCountsSql = (userId: string, today: Day) => Prisma.sql`active_counts AS (
  SELECT count(*) FILTER (WHERE "category" = 'REVERSE') AS active_reverse,
    count(*) AS active,
    count(*) FILTER (WHERE "cadenceDays" IS NOT NULL AND ("nextCheckInOn" IS NULL OR "nextCheckInOn" >= ${dayToDate(today)}::date)) AS active_on_rhythm
  FROM "Mentor"
  WHERE "userId" = ${userId} AND "stage" = 'ACTIVE' AND "deletedAt" IS NULL AND "archivedAt" IS NULL
)`;

/**
 * `progress` with the counts of active mentors read again and the rest kept: after a
 * write that changed only mentors (src/server/dashboard/map-changes.ts, "mentors").
 */
export async function withActiveCounts(
  client: Tx | typeof db,
  userId: string,
  today: Day,
  progress: SprintProgress,
): Promise<SprintProgress> {
  const [row] = await client.$queryRaw<Pick<SprintCountsRow, "active" | "active_reverse" | "active_on_rhythm">[]>`
    WITH ${activeCountsSql(userId, today)} SELECT * FROM active_counts`;
  const counts = {
    ...progress.counts,
    activeReverse: Number(row!.active_reverse),
    activeMentors: Number(row!.active),
    activeOnRhythm: Number(row!.active_on_rhythm),
  };
  return progressOf({ startOn: progress.startOn, counts, outreachWeeks: progress.outreachWeeks }, today)!;
}

function parseSprintCounts(row: SprintCountsRow) {
  if (!row.start_on) return null;
  const n = (v: bigint) => Number(v);
  const counts: SprintCounts = {
    gapAreas: n(row.gap_areas),
    researched: n(row.researched),
    valuePropositions: n(row.value_propositions),
    outreachSent: n(row.outreach_sent),
    firstConversations: n(row.first_conversations),
    activeReverse: n(row.active_reverse),
    peerGroups: n(row.peer_groups),
    takeawaysLogged: n(row.takeaways),
    activeMentors: n(row.active),
    activeOnRhythm: n(row.active_on_rhythm),
    introductions: n(row.introductions),
    winsSharedPublicly: n(row.wins_shared),
    digestEnabled: Boolean(row.digest_enabled),
  };
  return { startOn: dateToDay(row.start_on), counts, outreachWeeks: row.outreach_weeks ?? [] };
}

/** The running sprint's progress (day, phases with targets, streak) in one query, or null. */
export async function sprintProgress(client: Tx | typeof db, user: Pick<CurrentUser, "id" | "timeZone">, today: Day) {
  return progressOf(await sprintCounts(client, user, today), today);
}

/** The sprint page's progress, per user under (mapVersion, day, zone): every table it counts bumps mapVersion. */
const progresses = mapVersionCache<Awaited<ReturnType<typeof sprintProgress>>>(100);

function progressOf(found: Awaited<ReturnType<typeof sprintCounts>>, today: Day) {
  if (!found) return null;
  const { startOn, counts, outreachWeeks } = found;
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
    outreachWeeks,
  };
}
export type SprintProgress = NonNullable<Awaited<ReturnType<typeof sprintProgress>>>;

/** The running sprint, or null. */
export function currentSprint(client: Tx | typeof db, userId: string) {
  return client.sprint.findFirst({
    where: { userId, endedAt: null },
    orderBy: { startOn: "desc" },
    select: { id: true, startOn: true },
  });
}

/** /sprint: the running sprint with its tasks, and the history. */
export async function getSprintPage(user: Pick<CurrentUser, "id" | "timeZone">) {
  const today = todayIn(user.timeZone);
  const [sprint, history] = await Promise.all([
    db.sprint.findFirst({
      where: { userId: user.id, endedAt: null },
      orderBy: { startOn: "desc" },
      select: {
        id: true,
        startOn: true,
        tasks: {
          orderBy: [{ doneAt: { sort: "asc", nulls: "first" } }, { position: "asc" }, { createdAt: "asc" }],
          select: { id: true, title: true, phase: true, doneAt: true },
        },
      },
    }),
    db.sprint.findMany({
      where: { userId: user.id, endedAt: { not: null } },
      orderBy: { startOn: "desc" },
      take: 20,
      select: { id: true, startOn: true, endedAt: true, summary: true },
    }),
  ]);
  const progress = sprint
    ? await progresses.get(user.id, `${today}|${user.timeZone}`, () => sprintProgress(db, user, today))
    : null;
  return { today, sprint, progress, history };
}
