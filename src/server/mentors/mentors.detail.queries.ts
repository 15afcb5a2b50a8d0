import "server-only";
import { rhythmStatus } from "@/domain/cadence";
import { type Day, dateToDay, todayIn } from "@/domain/calendar";
import { checkInEntries, mergeTimeline, type TimelineEntry, valueEntries } from "@/domain/timeline";
import { valueBalance } from "@/domain/value-balance";
import type { CurrentUser } from "../auth/session";
import { NEWEST_CHECK_INS_FIRST } from "../check-ins/check-ins.queries";
import { db } from "../db";
import { valueExchangesOf } from "../value-exchanges/value-exchanges.queries";

const TIMELINE_LIMIT = 200;

/** Rows as Postgres sends them in JSON: days as "YYYY-MM-DD", timestamps without their (UTC) zone. */
type IntroductionJson = {
  id: string;
  from_id: string;
  from_name: string;
  to_id: string;
  to_name: string;
  on_day: Day;
  why: string;
  outcome: string;
  created_at: string;
};
type WinJson = { id: string; title: string; on_day: Day; created_at: string; shared_on: Day | null };
type OutreachJson = { researched_at: string | null; sent_at: string | null; replied_at: string | null };
const utc = (timestamp: string) => new Date(`${timestamp}Z`);
const utcOrNull = (timestamp: string | null) => (timestamp === null ? null : utc(timestamp));

/**
 * Everything the mentor page shows. Null for a missing mentor and for another
 * user's alike. A fixed number of queries, however long the history.
 */
export async function getMentorPage(user: Pick<CurrentUser, "id" | "timeZone">, id: string) {
  // All at once: every query is scoped by the user, so for a mentor that is not
  // theirs the others simply find nothing, and the answer is the same not-found.
  const scope = { userId: user.id, mentorId: id };
  const [mentor, stageChanges, checkInRows, exchanges, reminders, gapAreas, [related]] = await Promise.all([
    db.mentor.findFirst({ where: { id, userId: user.id, deletedAt: null } }),
    db.stageChange.findMany({ where: scope, orderBy: { changedAt: "desc" }, take: TIMELINE_LIMIT }),
    // Without the peer group's name: that comes in the query below (Prisma's include is a round trip of its own).
    db.checkIn.findMany({
      where: scope,
      orderBy: NEWEST_CHECK_INS_FIRST,
      take: TIMELINE_LIMIT,
    }),
    valueExchangesOf(scope),
    // Reminders of every kind: follow-ups go with their check-ins, the rest on the timeline.
    db.reminder.findMany({ where: scope, orderBy: { dueOn: "desc" }, take: TIMELINE_LIMIT * 2 }),
    // Every gap area of the user, marked where this mentor serves it.
    db.$queryRaw<{ id: string; name: string; priority: number; linked: boolean }[]>`
      SELECT g."id", g."name", g."priority",
        EXISTS (SELECT 1 FROM "MentorGapArea" mg WHERE mg."gapAreaId" = g."id" AND mg."mentorId" = ${id} AND mg."userId" = ${user.id}) AS linked
      FROM "GapArea" g WHERE g."userId" = ${user.id} ORDER BY g."priority", g."name"`,
    // Introductions either way (I introduced them to someone, or someone to them), the
    // wins they helped with, where the outreach stands and the names of the peer groups
    // their check-ins were held in: one query (each as an `include` was a round trip of its own).
    db.$queryRaw<
      [
        {
          introductions: IntroductionJson[];
          wins: WinJson[];
          outreach: OutreachJson | null;
          peer_groups: Record<string, string>;
        },
      ]
    >`
      SELECT
        (SELECT coalesce(json_object_agg(pg."id", pg."name"), '{}') FROM "PeerGroup" pg
          WHERE pg."userId" = ${user.id} AND pg."id" IN (
            SELECT c."peerGroupId" FROM "CheckIn" c WHERE c."userId" = ${user.id} AND c."mentorId" = ${id}
          )) AS peer_groups,
        (SELECT row_to_json(o) FROM (
          SELECT p."researchedAt" AS researched_at, p."sentAt" AS sent_at, p."repliedAt" AS replied_at
          FROM "OutreachPlan" p WHERE p."mentorId" = ${id} AND p."userId" = ${user.id}
        ) o) AS outreach,
        (SELECT coalesce(json_agg(x), '[]') FROM (
          SELECT i."id", i."fromMentorId" AS from_id, fm."name" AS from_name, i."toMentorId" AS to_id, tm."name" AS to_name,
            i."introducedOn" AS on_day, i."why", i."outcome", i."createdAt" AS created_at
          FROM "Introduction" i
          JOIN "Mentor" fm ON fm."id" = i."fromMentorId" AND fm."deletedAt" IS NULL
          JOIN "Mentor" tm ON tm."id" = i."toMentorId" AND tm."deletedAt" IS NULL
          WHERE i."userId" = ${user.id} AND (i."fromMentorId" = ${id} OR i."toMentorId" = ${id})
          ORDER BY i."introducedOn" DESC, i."createdAt" DESC LIMIT ${TIMELINE_LIMIT}
        ) x) AS introductions,
        (SELECT coalesce(json_agg(x), '[]') FROM (
          SELECT w."id", w."title", w."occurredOn" AS on_day, w."createdAt" AS created_at, c."sharedOn" AS shared_on
          FROM "WinCredit" c JOIN "Win" w ON w."id" = c."winId" AND w."userId" = c."userId"
          WHERE c."userId" = ${user.id} AND c."mentorId" = ${id}
          ORDER BY w."occurredOn" DESC, w."createdAt" DESC LIMIT ${TIMELINE_LIMIT}
        ) x) AS wins`,
  ]);
  if (!mentor) return null;
  const checkIns = checkInRows.map((c) => {
    const group = c.peerGroupId === null ? undefined : related.peer_groups[c.peerGroupId];
    return { ...c, peerGroup: group === undefined ? null : { name: group } };
  });
  const allGapAreas = gapAreas.map(({ id, name }) => ({ id, name }));
  const today = todayIn(user.timeZone);
  const timeline: TimelineEntry[] = mergeTimeline(
    checkInEntries(checkIns, reminders),
    valueEntries(exchanges.slice(0, TIMELINE_LIMIT)),
    stageChanges.map((s) => ({
      kind: "stage" as const,
      id: s.id,
      day: s.changedAt.toISOString().slice(0, 10),
      at: s.changedAt,
      from: s.fromStage,
      to: s.toStage,
      note: s.note,
    })),
    // People imported in bulk have no "added" entry of their own: it is when the record was made.
    stageChanges.some((s) => s.fromStage === null) || stageChanges.length >= TIMELINE_LIMIT
      ? []
      : [
          {
            kind: "stage" as const,
            id: `added-${mentor.id}`,
            day: todayIn(user.timeZone, mentor.createdAt),
            at: mentor.createdAt,
            from: null,
            to: stageChanges.at(-1)?.fromStage ?? mentor.stage,
            // The contacts import records where people came from in "how we met".
            note:
              mentor.howWeMet === "LinkedIn" || mentor.howWeMet === "vCard import"
                ? `Imported (${mentor.howWeMet})`
                : null,
          },
        ],
    reminders
      .filter((r) => !r.checkInId)
      .slice(0, TIMELINE_LIMIT)
      .map((r) => ({
        kind: "reminder" as const,
        id: r.id,
        day: dateToDay(r.dueOn),
        at: r.createdAt,
        reminderKind: r.kind,
        title: r.title,
        status: r.status,
      })),
    related.introductions.map((i) => ({
      kind: "introduction" as const,
      id: i.id,
      day: i.on_day,
      at: utc(i.created_at),
      role: i.from_id === id ? ("introduced" as const) : ("was-introduced" as const),
      other: i.from_id === id ? { id: i.to_id, name: i.to_name } : { id: i.from_id, name: i.from_name },
      why: i.why,
      outcome: i.outcome,
    })),
    related.wins.map((w) => ({
      kind: "win" as const,
      id: w.id,
      day: w.on_day,
      at: utc(w.created_at),
      title: w.title,
      sharedOn: w.shared_on,
    })),
  );
  const wins = related.wins.map((w) => ({ id: w.id, title: w.title, on: w.on_day, sharedOn: w.shared_on }));
  const nextCheckInOn = mentor.nextCheckInOn ? dateToDay(mentor.nextCheckInOn) : null;
  const value = valueBalance(
    exchanges.map((v) => ({ direction: v.direction, occurredOn: dateToDay(v.occurredOn) })),
    today,
  );
  // The pre-conversation brief, while a check-in is due in the next 7 days or overdue (never for a resting relationship).
  const dueSoon = ["due-this-week", "overdue"].includes(rhythmStatus(nextCheckInOn, today, mentor.stage));
  const brief =
    nextCheckInOn && dueSoon
      ? {
          dueOn: nextCheckInOn,
          lastTakeaways: checkIns
            .filter((c) => c.takeaways.trim())
            .slice(0, 3)
            .map((c) => ({ on: dateToDay(c.occurredOn), takeaways: c.takeaways })),
          openFollowUps: reminders
            .filter((r) => r.kind === "FOLLOW_UP" && (r.status === "PENDING" || r.status === "SNOOZED"))
            .sort((a, b) => a.dueOn.getTime() - b.dueOn.getTime())
            .map((r) => ({ id: r.id, title: r.title, dueOn: dateToDay(r.dueOn) })),
          value,
          unsharedWins: wins.filter((w) => !w.sharedOn),
          gapAreas: gapAreas.filter((g) => g.linked).map((g) => g.name),
        }
      : null;
  const { outreach } = related;
  return {
    mentor: {
      ...mentor,
      outreachPlan: outreach && {
        researchedAt: utcOrNull(outreach.researched_at),
        sentAt: utcOrNull(outreach.sent_at),
        repliedAt: utcOrNull(outreach.replied_at),
      },
      gapAreas: gapAreas.filter((g) => g.linked).map(({ id, name, priority }) => ({ id, name, priority })),
      nextCheckInOn,
      lastCheckInOn: mentor.lastCheckInOn ? dateToDay(mentor.lastCheckInOn) : null,
      revisitAfterOn: mentor.revisitAfterOn ? dateToDay(mentor.revisitAfterOn) : null,
    },
    value,
    timeline,
    wins,
    brief,
    allGapAreas,
    today,
  };
}
export type MentorPageData = NonNullable<Awaited<ReturnType<typeof getMentorPage>>>;
