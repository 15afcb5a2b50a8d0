import "server-only";
import { dateToDay, todayIn } from "@/domain/calendar";
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
  const mentor = await db.mentor.findFirst({
    where: { id, userId: user.id, deletedAt: null },
    include: {
      gapAreas: { select: { gapArea: { select: { id: true, name: true, priority: true } } } },
    },
  });
  if (!mentor) return null;
  const scope = { userId: user.id, mentorId: mentor.id };
  const [stageChanges, checkIns, exchanges, reminders, allGapAreas] = await Promise.all([
    db.stageChange.findMany({ where: scope, orderBy: { changedAt: "desc" }, take: TIMELINE_LIMIT }),
    db.checkIn.findMany({
      where: scope,
      orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
      take: TIMELINE_LIMIT,
      include: { followUps: { where: { userId: user.id }, orderBy: { dueOn: "asc" } } },
    }),
    db.valueExchange.findMany({ where: scope, orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }] }),
    db.reminder.findMany({ where: { ...scope, checkInId: null }, orderBy: { dueOn: "desc" }, take: TIMELINE_LIMIT }),
    db.gapArea.findMany({ where: { userId: user.id }, orderBy: { priority: "asc" }, select: { id: true, name: true } }),
  ]);
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
      followUps: c.followUps.map((f) => ({ id: f.id, title: f.title, dueOn: dateToDay(f.dueOn), status: f.status })),
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
    reminders.map((r) => ({
      kind: "reminder" as const,
      id: r.id,
      day: dateToDay(r.dueOn),
      at: r.createdAt,
      reminderKind: r.kind,
      title: r.title,
      status: r.status,
    })),
  );
  return {
    mentor: {
      ...mentor,
      gapAreas: mentor.gapAreas.map((g) => g.gapArea).sort((a, b) => a.priority - b.priority),
      nextCheckInOn: mentor.nextCheckInOn ? dateToDay(mentor.nextCheckInOn) : null,
      lastCheckInOn: mentor.lastCheckInOn ? dateToDay(mentor.lastCheckInOn) : null,
      revisitAfterOn: mentor.revisitAfterOn ? dateToDay(mentor.revisitAfterOn) : null,
    },
    value: valueBalance(exchanges.map((v) => ({ direction: v.direction, occurredOn: dateToDay(v.occurredOn) })), today),
    timeline,
    allGapAreas,
    today,
  };
}
export type MentorPageData = NonNullable<Awaited<ReturnType<typeof getMentorPage>>>;
