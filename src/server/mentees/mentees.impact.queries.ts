import "server-only";
import { dateToDay, todayIn } from "@/domain/calendar";
import { type Impact, monthEnds, stagesOverTime } from "@/domain/impact";
import type { MenteeStage } from "@/domain/mentee-stages";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";

type Figures = {
  sessions: number;
  one_to_one_minutes: number;
  with_length: number;
  group_minutes: number;
  groups: number;
  mentees: number;
};

/** Months shown in "mentees by stage over time". */
const MONTHS = 6;

/**
 * The impact of the user's mentoring, read in a fixed number of queries: sessions held,
 * the minutes given (one-to-one sessions with a length, and each group session held once,
 * whatever the number who came), mentees by stage at each month's end, their wins.
 */
export async function impactOf(user: Pick<CurrentUser, "id" | "timeZone" | "name">): Promise<Impact> {
  const today = todayIn(user.timeZone);
  const [[figures], moves, wins] = await Promise.all([
    // One pass over the mentees' sessions and one over the group sessions. A session logged
    // by a group session's attendance is counted there (once), not as one-to-one time.
    db.$queryRaw<[Figures]>`
      SELECT s.sessions, s.one_to_one_minutes, s.with_length, g.group_minutes, g.groups,
        (SELECT count(*)::int FROM "Mentee" e WHERE e."userId" = ${user.id} AND e."stage" NOT IN ('APPLIED', 'WAITLISTED', 'DECLINED')) AS mentees
      FROM (
        SELECT count(*)::int AS sessions,
          coalesce(sum(c."durationMinutes") FILTER (WHERE i."checkInId" IS NULL), 0)::int AS one_to_one_minutes,
          (count(*) FILTER (WHERE i."checkInId" IS NULL AND c."durationMinutes" IS NOT NULL))::int AS with_length
        FROM "CheckIn" c LEFT JOIN "GroupSessionInvite" i ON i."checkInId" = c."id"
        WHERE c."userId" = ${user.id} AND c."menteeId" IS NOT NULL
      ) s, (
        SELECT coalesce(sum(g."durationMinutes"), 0)::int AS group_minutes, count(*)::int AS groups
        FROM "GroupSession" g
        WHERE g."userId" = ${user.id} AND EXISTS (SELECT 1 FROM "GroupSessionInvite" i WHERE i."groupSessionId" = g."id" AND i."attended")
      ) g`,
    db.menteeStageChange.findMany({
      where: { userId: user.id },
      select: { menteeId: true, toStage: true, changedAt: true },
    }),
    db.menteeWin.findMany({
      where: { userId: user.id },
      orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
      take: 200,
      include: { mentee: { select: { name: true } } },
    }),
  ]);
  return {
    owner: user.name?.trim() || null,
    today,
    sessions: figures.sessions,
    minutesGiven: figures.one_to_one_minutes + figures.group_minutes,
    sessionsWithLength: figures.with_length,
    groupSessions: figures.groups,
    menteesEver: figures.mentees,
    stages: stagesOverTime(
      moves.map((m) => ({
        menteeId: m.menteeId,
        toStage: m.toStage as MenteeStage,
        on: todayIn(user.timeZone, m.changedAt),
      })),
      monthEnds(today, MONTHS),
    ),
    wins: wins.map((w) => ({
      mentee: w.mentee.name,
      title: w.title,
      on: dateToDay(w.occurredOn),
      story: w.story,
      description: w.description,
    })),
  };
}
