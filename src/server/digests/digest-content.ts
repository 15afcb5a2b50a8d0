import "server-only";
import { addDaysToDay, dateToDay, dayToDate, todayIn, type Day } from "@/domain/calendar";
import { describeOneWay, oneWayFlag, ONE_WAY_AFTER_DAYS } from "@/domain/value-balance";
import type { ReminderKind } from "@/generated/prisma/enums";
import { db } from "../db";
import { dueReminders } from "../reminders/reminders.queries";
import { sprintProgress } from "../sprint/sprint.queries";
import { oneWaySql, VALUE_AGGREGATES } from "../values/value-aggregates";

/** What a digest says, as data: the same for the email, its plain text and the Settings preview. */
export type DigestContent = {
  today: Day;
  overdue: DigestItem[];
  dueThisWeek: DigestItem[];
  sprint: { day: number; phase: string; remaining: string[] } | null;
  outreachNudge: boolean;
  oneWay: { mentorId: string; text: string }[];
  unsharedWins: { id: string; title: string }[];
};
export type DigestItem = { id: string; kind: ReminderKind; title: string; dueOn: Day; mentorId: string | null; mentorName: string | null };

/** Nothing to say: no reminders, no one-way relationship, no unshared win and no sprint running (a nudge alone is not worth a mail). */
export const isEmptyDigest = (c: DigestContent) => !c.overdue.length && !c.dueThisWeek.length && !c.oneWay.length && !c.unsharedWins.length && !c.sprint;

const DIGEST_LIST_MAX = 15;

type OneWayRow = { id: string; name: string; last_gave: Date | null; first_gave: Date | null; last_received: Date | null; first_received: Date | null };

/**
 * Everything one user's digest lists, in a fixed number of queries whatever the
 * size of their map: reminders due (overdue and this week, live mentors only), the
 * sprint's focus, an outreach nudge, one-way relationships and wins not yet shared.
 */
export async function collectDigest(user: { id: string; timeZone: string }, now = new Date()): Promise<DigestContent> {
  const today = todayIn(user.timeZone, now);
  const [reminders, oneWay, outreach, wins, sprint] = await Promise.all([
    dueReminders(user.id, today, DIGEST_LIST_MAX * 2),
    db.$queryRaw<OneWayRow[]>`
      WITH v AS (SELECT "mentorId", ${VALUE_AGGREGATES} FROM "ValueExchange" WHERE "userId" = ${user.id} GROUP BY "mentorId")
      SELECT m."id", m."name", v.last_gave, v.first_gave, v.last_received, v.first_received
      FROM "Mentor" m JOIN v ON v."mentorId" = m."id"
      WHERE m."userId" = ${user.id} AND m."deletedAt" IS NULL AND m."archivedAt" IS NULL
        AND ${oneWaySql(dayToDate(addDaysToDay(today, -ONE_WAY_AFTER_DAYS)))}
      ORDER BY lower(m."name") LIMIT 5`,
    db.stageChange.count({ where: { userId: user.id, toStage: "CONTACTED", changedAt: { gte: new Date(+now - 7 * 86_400_000) } } }),
    db.win.findMany({
      where: { userId: user.id, credits: { some: { sharedOn: null } } },
      orderBy: { occurredOn: "desc" },
      take: 5,
      select: { id: true, title: true },
    }),
    sprintProgress(db, user, today),
  ]);
  const items = reminders.map((r): DigestItem => ({ id: r.id, kind: r.kind, title: r.title, dueOn: r.dueOn, mentorId: r.mentor?.id ?? null, mentorName: r.mentor?.name ?? null }));
  const day = (d: Date | null) => (d ? dateToDay(d) : null);
  const current = sprint?.phase ? sprint.phases[sprint.phase.number - 1] : null;
  return {
    today,
    overdue: items.filter((i) => i.dueOn < today).slice(0, DIGEST_LIST_MAX),
    dueThisWeek: items.filter((i) => i.dueOn >= today).slice(0, DIGEST_LIST_MAX),
    sprint: sprint && current ? { day: sprint.day, phase: current.name, remaining: current.targets.filter((t) => !t.done).map((t) => t.label) } : null,
    outreachNudge: outreach === 0,
    oneWay: oneWay.flatMap((r) => {
      const flag = oneWayFlag(day(r.last_gave), day(r.first_gave), day(r.last_received), day(r.first_received), today);
      return flag ? [{ mentorId: r.id, text: describeOneWay(r.name, flag) }] : [];
    }),
    unsharedWins: wins,
  };
}
