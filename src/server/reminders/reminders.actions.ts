"use server";

import { revalidatePath } from "next/cache";
import { dateToDay, dayToDate, todayIn } from "@/domain/calendar";
import { nextAfterSkip, snoozeUntil } from "@/domain/reminders";
import { ActionError, authedAction, notFound } from "../action";
import { syncRhythm } from "../check-ins/rhythm";
import { db } from "../db";
import type { Tx } from "../ownership";
import { reminderIdSchema, snoozeReminderSchema } from "./reminders.schema";

async function openReminder(tx: Tx, userId: string, id: string) {
  const reminder = await tx.reminder.findFirst({
    where: { id, userId, status: { in: ["PENDING", "SNOOZED"] } },
    select: { id: true, kind: true, dueOn: true, mentorId: true, mentor: { select: { cadenceDays: true } } },
  });
  if (!reminder) throw notFound("Reminder");
  return reminder;
}

function revalidateReminders(mentorId: string | null) {
  revalidatePath("/dashboard");
  if (mentorId) revalidatePath(`/mentors/${mentorId}`);
}

/** Not now: the reminder comes back on a later day of the user's calendar. */
export const snoozeReminderAction = authedAction(
  snoozeReminderSchema,
  async ({ id, choice, until }, { userId, timeZone }) => {
    const picked = snoozeUntil(todayIn(timeZone), choice, until);
    if ("problem" in picked)
      throw new ActionError("Please correct the highlighted fields.", { until: [picked.problem] });
    const reminder = await db.$transaction(async (tx) => {
      const found = await openReminder(tx, userId, id);
      await tx.reminder.update({
        where: { id, userId },
        data: { status: "SNOOZED", snoozedUntil: dayToDate(picked.until) },
      });
      return found;
    });
    revalidateReminders(reminder.mentorId);
    return { until: picked.until };
  },
  "snoozeReminderAction",
);

/**
 * Skip this one. A skipped check-in of a rhythm brings the next one a cadence
 * later, so the rhythm carries on; any other reminder is simply closed.
 */
export const skipReminderAction = authedAction(
  reminderIdSchema,
  async ({ id }, { userId, timeZone }) => {
    const reminder = await db.$transaction(async (tx) => {
      const found = await openReminder(tx, userId, id);
      await tx.reminder.update({ where: { id, userId }, data: { status: "SKIPPED", completedAt: new Date() } });
      if (found.kind === "CHECK_IN" && found.mentorId) {
        const next = nextAfterSkip(dateToDay(found.dueOn), todayIn(timeZone), found.mentor?.cadenceDays ?? null);
        await syncRhythm(tx, userId, found.mentorId, { explicitNext: next });
      }
      return found;
    });
    revalidateReminders(reminder.mentorId);
    return { id };
  },
  "skipReminderAction",
);

/** A follow-up or revisit that is done (a check-in's own reminder is done by logging the check-in). */
export const completeReminderAction = authedAction(
  reminderIdSchema,
  async ({ id }, { userId }) => {
    const reminder = await db.$transaction(async (tx) => {
      const found = await openReminder(tx, userId, id);
      if (found.kind === "CHECK_IN") throw new ActionError("Log the check-in to close this reminder.");
      await tx.reminder.update({ where: { id, userId }, data: { status: "DONE", completedAt: new Date() } });
      return found;
    });
    revalidateReminders(reminder.mentorId);
    return { id };
  },
  "completeReminderAction",
);
