import "server-only";
import { addDaysToDay, dateToDay, todayIn } from "@/domain/calendar";
import { mergeTimeline, type TimelineEntry } from "@/domain/timeline";
import { valueBalance } from "@/domain/value-balance";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";

const TIMELINE_LIMIT = 200;

/**
 * Everything the mentor page shows. Null for a missing mentor and for another
 * user's alike. A fixed number of queries, however long the history.
 */
export async function getMentorPage(user: Pick<CurrentUser, "id" | "timeZone">, id: string) {
  // All at once: every query is scoped by the user, so for a mentor that is not
  // theirs the others simply find nothing, and the answer is the same not-found.
  const scope = { userId: user.id, mentorId: id };
  const [mentor, stageChanges, checkIns, exchanges, reminders, gapAreas, introductions, credits] = await Promise.all([
    db.mentor.findFirst({ where: { id, userId: user.id, deletedAt: null } }),
    db.stageChange.findMany({ where: scope, orderBy: { changedAt: "desc" }, take: TIMELINE_LIMIT }),
    db.checkIn.findMany({
      where: scope,
      orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
      take: TIMELINE_LIMIT,
      include: { peerGroup: { select: { name: true } } },
    }),
    db.valueExchange.findMany({ where: scope, orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }] }),
    // Reminders of every kind: follow-ups go with their check-ins, the rest on the timeline.
    db.reminder.findMany({ where: scope, orderBy: { dueOn: "desc" }, take: TIMELINE_LIMIT * 2 }),
    // Every gap area of the user, marked where this mentor serves it.
    db.$queryRaw<{ id: string; name: string; priority: number; linked: boolean }[]>`
      SELECT g."id", g."name", g."priority",
        EXISTS (SELECT 1 FROM "MentorGapArea" mg WHERE mg."gapAreaId" = g."id" AND mg."mentorId" = ${id} AND mg."userId" = ${user.id}) AS linked
      FROM "GapArea" g WHERE g."userId" = ${user.id} ORDER BY g."priority", g."name"`,
    // Introductions either way: I introduced them to someone, or someone to them.
    db.introduction.findMany({
      where: { userId: user.id, OR: [{ fromMentorId: id }, { toMentorId: id }], fromMentor: { deletedAt: null }, toMentor: { deletedAt: null } },
      orderBy: { introducedOn: "desc" },
      take: TIMELINE_LIMIT,
      include: { fromMentor: { select: { id: true, name: true } }, toMentor: { select: { id: true, name: true } } },
    }),
    // The wins they helped with.
    db.winCredit.findMany({
      where: scope,
      orderBy: { win: { occurredOn: "desc" } },
      take: TIMELINE_LIMIT,
      include: { win: { select: { id: true, title: true, occurredOn: true, createdAt: true } } },
    }),
  ]);
  if (!mentor) return null;
  const allGapAreas = gapAreas.map(({ id, name }) => ({ id, name }));
  const followUpsOf = new Map<string, typeof reminders>();
  for (const r of reminders) if (r.checkInId) followUpsOf.set(r.checkInId, [...(followUpsOf.get(r.checkInId) ?? []), r]);
  const today = todayIn(user.timeZone);
  const timeline: TimelineEntry[] = mergeTimeline(
    checkIns.map((c) => ({
      kind: "check-in" as const,
      id: c.id,
      day: dateToDay(c.occurredOn),
      at: c.createdAt,
      channel: c.channel,
      notes: c.notes,
      takeaways: c.takeaways,
      group: c.peerGroup?.name ?? null,
      followUps: (followUpsOf.get(c.id) ?? [])
        .sort((a, b) => a.dueOn.getTime() - b.dueOn.getTime())
        .map((f) => ({ id: f.id, title: f.title, dueOn: dateToDay(f.dueOn), status: f.status })),
    })),
    exchanges.slice(0, TIMELINE_LIMIT).map((v) => ({
      kind: "value" as const,
      id: v.id,
      day: dateToDay(v.occurredOn),
      at: v.createdAt,
      direction: v.direction,
      valueKind: v.kind,
      description: v.description,
    })),
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
            id: `added-${mentor?.id ?? id}`,
            day: todayIn(user.timeZone, mentor?.createdAt ?? new Date()),
            at: mentor?.createdAt ?? new Date(),
            from: null,
            to: stageChanges.at(-1)?.fromStage ?? mentor?.stage ?? "PROSPECT",
            note: mentor?.howWeMet ? `Imported (${mentor.howWeMet})` : null,
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
    introductions.map((i) => ({
      kind: "introduction" as const,
      id: i.id,
      day: dateToDay(i.introducedOn),
      at: i.createdAt,
      role: i.fromMentorId === id ? ("introduced" as const) : ("was-introduced" as const),
      other: i.fromMentorId === id ? i.toMentor : i.fromMentor,
      why: i.why,
      outcome: i.outcome,
    })),
    credits.map((c) => ({
      kind: "win" as const,
      id: c.win.id,
      day: dateToDay(c.win.occurredOn),
      at: c.win.createdAt,
      title: c.win.title,
      sharedOn: c.sharedOn ? dateToDay(c.sharedOn) : null,
    })),
  );
  const wins = credits.map((c) => ({ id: c.win.id, title: c.win.title, on: dateToDay(c.win.occurredOn), sharedOn: c.sharedOn ? dateToDay(c.sharedOn) : null }));
  const nextCheckInOn = mentor.nextCheckInOn ? dateToDay(mentor.nextCheckInOn) : null;
  const value = valueBalance(exchanges.map((v) => ({ direction: v.direction, occurredOn: dateToDay(v.occurredOn) })), today);
  // The pre-conversation brief, while a check-in is due within the week or overdue.
  const brief =
    nextCheckInOn && nextCheckInOn <= addDaysToDay(today, 7)
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
  return {
    mentor: {
      ...mentor,
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
