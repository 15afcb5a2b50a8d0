"use server";

import { revalidatePath } from "next/cache";
import { addDaysToDay, dateToDay, dayToDate, todayIn } from "@/domain/calendar";
import { ActionError, authedAction, notFound } from "../action";
import { db } from "../db";
import { ownMentee, recordSession, syncSessions } from "../mentees/sessions";
import { writeTransaction } from "../offline-writes";
import { ownMentor, type Tx } from "../ownership";
import { checkInIdSchema, logCheckInSchema, updateCheckInSchema } from "./check-ins.schema";
import { recordCheckIn, syncRhythm } from "./rhythm";

function assertNotInFuture(timeZone: string, occurredOn: string) {
  // One day of slack: the mentor may be a day ahead of the user.
  if (occurredOn > addDaysToDay(todayIn(timeZone), 1)) {
    throw new ActionError("Please correct the highlighted fields.", {
      occurredOn: ["A check-in cannot be in the future."],
    });
  }
}

/** After a change to a check-in's log: the rhythm of the mentor, or of the mentee, it was with. */
async function syncPerson(tx: Tx, userId: string, person: { mentorId: string | null; menteeId: string | null }) {
  return person.mentorId ? syncRhythm(tx, userId, person.mentorId) : syncSessions(tx, userId, person.menteeId!);
}

/** Logs a conversation (or a session with a mentee); the clock resets on contact and follow-ups become reminders. */
export const logCheckInAction = authedAction(
  logCheckInSchema,
  async (input, { userId, timeZone }) => {
    assertNotInFuture(timeZone, input.occurredOn);
    const result = await writeTransaction(async (tx) => {
      if (input.menteeId) {
        await ownMentee(tx, userId, input.menteeId);
        return recordSession(tx, userId, input.menteeId, input);
      }
      const mentor = await ownMentor(tx, userId, input.mentorId!);
      return recordCheckIn(tx, userId, mentor, input);
    });
    revalidatePath(input.menteeId ? "/mentees" : "/mentors", "layout");
    return result;
  },
  "logCheckInAction",
  { offline: true },
);

export const updateCheckInAction = authedAction(
  updateCheckInSchema,
  async ({ id, ...fields }, { userId, timeZone }) => {
    const result = await db.$transaction(async (tx) => {
      const existing = await tx.checkIn.findFirst({
        where: { id, userId },
        select: { mentorId: true, menteeId: true },
      });
      if (!existing) throw notFound("Check-in");
      assertNotInFuture(timeZone, fields.occurredOn);
      await tx.checkIn.update({
        where: { id, userId },
        data: {
          occurredOn: dayToDate(fields.occurredOn),
          channel: fields.channel,
          notes: fields.notes,
          takeaways: fields.takeaways,
          links: fields.links,
          ...(fields.durationMinutes !== undefined ? { durationMinutes: fields.durationMinutes } : {}),
        },
      });
      const rhythm = await syncPerson(tx, userId, existing);
      return { id, mentorId: existing.mentorId, menteeId: existing.menteeId, nextCheckInOn: rhythm.next };
    });
    revalidatePath(result.menteeId ? "/mentees" : "/mentors", "layout");
    return result;
  },
  "updateCheckInAction",
);

/** Returns what was deleted, so the page can offer to put it back. */
export const deleteCheckInAction = authedAction(
  checkInIdSchema,
  async ({ id }, { userId }) => {
    const deleted = await db.$transaction(async (tx) => {
      const checkIn = await tx.checkIn.findFirst({
        where: { id, userId },
        include: { followUps: { where: { userId } } },
      });
      if (!checkIn) throw notFound("Check-in");
      await tx.checkIn.delete({ where: { id, userId } });
      await syncPerson(tx, userId, checkIn);
      return checkIn;
    });
    revalidatePath(deleted.menteeId ? "/mentees" : "/mentors", "layout");
    // What logCheckInAction takes to put it back (undo): the mentor, or the mentee.
    return {
      ...(deleted.menteeId ? { menteeId: deleted.menteeId } : { mentorId: deleted.mentorId! }),
      occurredOn: dateToDay(deleted.occurredOn),
      channel: deleted.channel,
      notes: deleted.notes,
      takeaways: deleted.takeaways,
      links: deleted.links,
      durationMinutes: deleted.durationMinutes ?? undefined,
      followUps: deleted.followUps.map((f) => ({ title: f.title, dueOn: dateToDay(f.dueOn) })),
    };
  },
  "deleteCheckInAction",
);
