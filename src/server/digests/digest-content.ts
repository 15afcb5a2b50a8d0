import "server-only";
import { addDaysToDay, type Day, dateToDay, todayIn } from "@/domain/calendar";
import { describeOneWay, ONE_WAY_AFTER_DAYS, oneWayFlag } from "@/domain/value-balance";
import { Prisma } from "@/generated/prisma/client";
import type { ReminderKind } from "@/generated/prisma/enums";
import { batchRows, db } from "../db";
import { dueRemindersFor } from "../reminders/reminders.queries";
import { sprintProgress } from "../sprint/sprint.queries";
import { oneWaySql, VALUE_AGGREGATES } from "../value-exchanges/value-aggregates";

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
export type DigestItem = {
  id: string;
  kind: ReminderKind;
  title: string;
  dueOn: Day;
  mentorId: string | null;
  mentorName: string | null;
};

/** Nothing to say: no reminders, no one-way relationship, no unshared win and no sprint running (a nudge alone is not worth a mail). */
export const isEmptyDigest = (c: DigestContent) =>
  !c.overdue.length && !c.dueThisWeek.length && !c.oneWay.length && !c.unsharedWins.length && !c.sprint;

const DIGEST_LIST_MAX = 15;

type OneWayRow = {
  user_id: string;
  id: string;
  name: string;
  last_gave: Date | null;
  first_gave: Date | null;
  last_received: Date | null;
  first_received: Date | null;
};

/**
 * Everything the digests of many users list, in a fixed number of queries however
 * many users and however big their maps: reminders due (overdue and this week, live
 * mentors only), one-way relationships, an outreach nudge and wins not yet shared,
 * each on the user's own calendar; plus one query per user with a sprint running
 * (its targets are computed from the data, src/server/sprint/sprint.queries.ts).
 */
export async function collectDigests(
  users: { id: string; timeZone: string }[],
  now = new Date(),
): Promise<Map<string, DigestContent>> {
  if (!users.length) return new Map();
  // A batch has thousands of users in a few dozen zones: each zone's day is worked out once.
  const todayInZone = new Map<string, Day>();
  const days = users.map((u) => {
    const today = todayInZone.get(u.timeZone) ?? todayIn(u.timeZone, now);
    todayInZone.set(u.timeZone, today);
    return { id: u.id, today };
  });
  const ids = days.map((d) => d.id);
  const cutoffs = days.map((d) => addDaysToDay(d.today, -ONE_WAY_AFTER_DAYS));
  const [reminders, oneWay, outreach, wins, sprinting] = await Promise.all([
    dueRemindersFor(days, DIGEST_LIST_MAX * 2),
    batchRows<OneWayRow>(Prisma.sql`
      SELECT u.id AS user_id, x.*
      FROM unnest(${ids}::text[], ${cutoffs}::date[]) AS u(id, cutoff)
      CROSS JOIN LATERAL (
        -- Each mentor's exchanges through the (userId, mentorId) index. Grouping the
        -- user's exchanges instead is planned without knowing the user, so one user
        -- with a big map made Postgres scan the whole table for every digest.
        SELECT m."id", m."name", v.last_gave, v.first_gave, v.last_received, v.first_received
        FROM "Mentor" m
        CROSS JOIN LATERAL (SELECT ${VALUE_AGGREGATES} FROM "ValueExchange" e WHERE e."userId" = u.id AND e."mentorId" = m."id") v
        WHERE m."userId" = u.id AND m."deletedAt" IS NULL AND m."archivedAt" IS NULL
          AND ${oneWaySql(Prisma.sql`u.cutoff`)}
        ORDER BY lower(m."name") LIMIT 5
      ) x`),
    batchRows<{ userId: string; n: bigint }>(Prisma.sql`
      SELECT "userId", count(*) AS n FROM "StageChange"
      WHERE "userId" = ANY(${ids}::text[]) AND "toStage" = 'CONTACTED' AND "changedAt" >= ${new Date(+now - 7 * 86_400_000)}
      GROUP BY "userId"`),
    batchRows<{ user_id: string; id: string; title: string }>(Prisma.sql`
      SELECT u.id AS user_id, x.*
      FROM unnest(${ids}::text[]) AS u(id)
      CROSS JOIN LATERAL (
        SELECT w."id", w."title" FROM "Win" w
        WHERE w."userId" = u.id AND EXISTS (SELECT 1 FROM "WinCredit" c WHERE c."winId" = w."id" AND c."userId" = u.id AND c."sharedOn" IS NULL)
        ORDER BY w."occurredOn" DESC LIMIT 5
      ) x`),
    db.sprint.findMany({
      where: { userId: { in: ids }, endedAt: null },
      distinct: ["userId"],
      select: { userId: true },
    }),
  ]);
  const zoneOf = new Map(users.map((u) => [u.id, u.timeZone]));
  const todayOf = new Map(days.map((d) => [d.id, d.today]));
  const sprints = new Map(
    await Promise.all(
      sprinting.map(
        async ({ userId }) =>
          [
            userId,
            await sprintProgress(db, { id: userId, timeZone: zoneOf.get(userId)! }, todayOf.get(userId)!),
          ] as const,
      ),
    ),
  );
  const oneWayOf = groupBy(oneWay, (r) => r.user_id);
  const winsOf = groupBy(wins, (w) => w.user_id);
  const contacted = new Set(outreach.filter((r) => Number(r.n) > 0).map((r) => r.userId));
  const day = (d: Date | null) => (d ? dateToDay(d) : null);
  return new Map(
    days.map(({ id, today }) => {
      const items = reminders.get(id)!.map(
        (r): DigestItem => ({
          id: r.id,
          kind: r.kind,
          title: r.title,
          dueOn: r.dueOn,
          mentorId: r.mentor?.id ?? null,
          mentorName: r.mentor?.name ?? null,
        }),
      );
      const sprint = sprints.get(id) ?? null;
      const current = sprint?.phase ? sprint.phases[sprint.phase.number - 1] : null;
      const content: DigestContent = {
        today,
        overdue: items.filter((i) => i.dueOn < today).slice(0, DIGEST_LIST_MAX),
        dueThisWeek: items.filter((i) => i.dueOn >= today).slice(0, DIGEST_LIST_MAX),
        sprint:
          sprint && current
            ? {
                day: sprint.day,
                phase: current.name,
                remaining: current.targets.filter((t) => !t.done).map((t) => t.label),
              }
            : null,
        outreachNudge: !contacted.has(id),
        oneWay: (oneWayOf.get(id) ?? []).flatMap((r) => {
          const flag = oneWayFlag(
            day(r.last_gave),
            day(r.first_gave),
            day(r.last_received),
            day(r.first_received),
            today,
          );
          return flag ? [{ mentorId: r.id, text: describeOneWay(r.name, flag) }] : [];
        }),
        unsharedWins: (winsOf.get(id) ?? []).map(({ id, title }) => ({
          id,
          title,
        })),
      };
      return [id, content];
    }),
  );
}

function groupBy<T>(rows: T[], key: (row: T) => string) {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** One user's digest (the Settings preview; `npm run digests -- --email`). */
export async function collectDigest(user: { id: string; timeZone: string }, now = new Date()): Promise<DigestContent> {
  return (await collectDigests([user], now)).get(user.id)!;
}
