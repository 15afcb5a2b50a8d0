import "server-only";
import { nextCheckInAfter, SUGGESTED_CADENCE_DAYS } from "@/domain/cadence";
import { addDaysToDay, type Day, dateToDay, dayToDate, todayIn } from "@/domain/calendar";
import type { CheckInChannel } from "@/generated/prisma/enums";
import type { Tx } from "../ownership";

/**
 * Keeps a mentor's check-in rhythm true to the log: the last check-in is the
 * newest in the log, the next is last + cadence (unless the user set a date, which
 * also works with no cadence: a one-off "talk again on …"), and
 * there is exactly one open check-in reminder while a next check-in exists. Called
 * in the same transaction as every change to check-ins or cadence.
 */
export async function syncRhythm(
  tx: Tx,
  userId: string,
  mentorId: string,
  options: { explicitNext?: Day | null } = {},
) {
  const mentor = await tx.mentor.findFirstOrThrow({
    where: { id: mentorId, userId },
    select: { name: true, cadenceDays: true, nextCheckInOn: true },
  });
  const newest = await tx.checkIn.findFirst({
    where: { userId, mentorId },
    orderBy: { occurredOn: "desc" },
    select: { occurredOn: true },
  });
  const last = newest ? dateToDay(newest.occurredOn) : null;
  let next: Day | null;
  if (options.explicitNext !== undefined) next = options.explicitNext;
  else if (!mentor.cadenceDays) next = null;
  else
    next =
      nextCheckInAfter(last, mentor.cadenceDays) ?? (mentor.nextCheckInOn ? dateToDay(mentor.nextCheckInOn) : null);

  await tx.mentor.update({
    where: { id: mentorId, userId },
    data: { lastCheckInOn: last ? dayToDate(last) : null, nextCheckInOn: next ? dayToDate(next) : null },
  });

  const open = await tx.reminder.findMany({
    where: { userId, mentorId, kind: "CHECK_IN", status: { in: ["PENDING", "SNOOZED"] } },
    orderBy: { createdAt: "asc" },
  });
  if (!next) {
    if (open.length) await tx.reminder.deleteMany({ where: { userId, id: { in: open.map((r) => r.id) } } });
    return { last, next };
  }
  const [keep, ...extra] = open;
  if (extra.length) await tx.reminder.deleteMany({ where: { userId, id: { in: extra.map((r) => r.id) } } });
  if (!keep) {
    await tx.reminder.create({
      data: { userId, mentorId, kind: "CHECK_IN", title: `Check in with ${mentor.name}`, dueOn: dayToDate(next) },
    });
  } else if (dateToDay(keep.dueOn) !== next) {
    // A moved date is a new due date: any snooze of the old one no longer applies.
    await tx.reminder.update({
      where: { id: keep.id, userId },
      data: { dueOn: dayToDate(next), status: "PENDING", snoozedUntil: null },
    });
  }
  return { last, next };
}

/**
 * A relationship becoming active (or added as one) gets a rhythm: the one chosen,
 * or the category's suggested cadence when it has none, counted from the last
 * check-in or from today. A live relationship without one would show as "no rhythm".
 */
export async function startRhythm(tx: Tx, userId: string, mentorId: string, cadenceDays?: number) {
  const mentor = await tx.mentor.findFirstOrThrow({
    where: { id: mentorId, userId },
    select: { category: true, cadenceDays: true, lastCheckInOn: true },
  });
  if (mentor.cadenceDays && !cadenceDays) return;
  const cadence = cadenceDays ?? SUGGESTED_CADENCE_DAYS[mentor.category];
  await tx.mentor.update({ where: { id: mentorId, userId }, data: { cadenceDays: cadence } });
  const { timeZone } = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } });
  const from = mentor.lastCheckInOn ? dateToDay(mentor.lastCheckInOn) : todayIn(timeZone);
  await syncRhythm(tx, userId, mentorId, { explicitNext: addDaysToDay(from, cadence) });
}

/** Contact happened: the open check-in reminder is done (a new one follows from syncRhythm). */
export async function completeOpenCheckInReminder(tx: Tx, userId: string, mentorId: string) {
  await tx.reminder.updateMany({
    where: { userId, mentorId, kind: "CHECK_IN", status: { in: ["PENDING", "SNOOZED"] } },
    data: { status: "DONE", completedAt: new Date() },
  });
}

type NewCheckIn = {
  occurredOn: Day;
  channel: CheckInChannel;
  notes: string;
  takeaways: string;
  links?: string[];
  followUps: { title: string; dueOn: Day }[];
};

/**
 * Logs a conversation with one of the user's mentors (already checked as theirs):
 * its follow-ups become reminders, contact answers the open check-in reminder (unless
 * it backfills an older conversation), and the rhythm moves on. The check-in form
 * and a meeting found in the calendar both log through here.
 */
export async function recordCheckIn(
  tx: Tx,
  userId: string,
  mentor: { id: string; lastCheckInOn: Date | null },
  input: NewCheckIn,
) {
  const checkIn = await tx.checkIn.create({
    data: {
      userId,
      mentorId: mentor.id,
      occurredOn: dayToDate(input.occurredOn),
      channel: input.channel,
      notes: input.notes,
      takeaways: input.takeaways,
      links: input.links ?? [],
    },
  });
  await tx.reminder.createMany({
    data: input.followUps.map((f) => ({
      userId,
      mentorId: mentor.id,
      checkInId: checkIn.id,
      kind: "FOLLOW_UP" as const,
      title: f.title,
      dueOn: dayToDate(f.dueOn),
    })),
  });
  const previousLast = mentor.lastCheckInOn ? dateToDay(mentor.lastCheckInOn) : null;
  if (!previousLast || input.occurredOn >= previousLast) await completeOpenCheckInReminder(tx, userId, mentor.id);
  const rhythm = await syncRhythm(tx, userId, mentor.id);
  return { id: checkIn.id, mentorId: mentor.id, nextCheckInOn: rhythm.next };
}
