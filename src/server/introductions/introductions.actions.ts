"use server";

import { revalidatePath } from "next/cache";
import { dateToDay, dayToDate, todayIn } from "@/domain/calendar";
import { assertNotFuture, authedAction, fieldError, notFound } from "../action";
import { db } from "../db";
import { assertOwnMentors, type Tx } from "../ownership";
import {
  createIntroductionSchema,
  introductionIdSchema,
  restoreIntroductionSchema,
  updateIntroductionSchema,
} from "./introductions.schema";

async function ownPeople(tx: Tx, userId: string, fromMentorId: string, toMentorId: string) {
  await assertOwnMentors(tx, userId, [fromMentorId], "fromMentorId");
  await assertOwnMentors(tx, userId, [toMentorId], "toMentorId");
}

const done = <T>(value: T) => {
  revalidatePath("/introductions");
  revalidatePath("/mentors", "layout");
  return value;
};

/** I introduced A to B. */
export const createIntroductionAction = authedAction(
  createIntroductionSchema,
  async ({ fromMentorId, toMentorId, introducedOn, why }, { userId, timeZone }) => {
    assertNotFuture(timeZone, introducedOn, "introducedOn");
    const created = await db.$transaction(async (tx) => {
      await ownPeople(tx, userId, fromMentorId, toMentorId);
      return tx.introduction.create({
        data: { userId, fromMentorId, toMentorId, introducedOn: dayToDate(introducedOn), why },
        select: { id: true },
      });
    });
    return done(created);
  },
  "createIntroductionAction",
);

/** Edits it, or records how it turned out. */
export const updateIntroductionAction = authedAction(
  updateIntroductionSchema,
  async ({ id, fromMentorId, toMentorId, introducedOn, why, outcome, outcomeOn }, { userId, timeZone }) => {
    assertNotFuture(timeZone, introducedOn, "introducedOn");
    assertNotFuture(timeZone, outcomeOn, "outcomeOn");
    if (outcomeOn && outcomeOn < introducedOn)
      throw fieldError("outcomeOn", "The outcome cannot come before the introduction.");
    await db.$transaction(async (tx) => {
      const existing = await tx.introduction.findFirst({ where: { id, userId }, select: { id: true } });
      if (!existing) throw notFound("Introduction");
      await ownPeople(tx, userId, fromMentorId, toMentorId);
      await tx.introduction.update({
        where: { id, userId },
        data: {
          fromMentorId,
          toMentorId,
          introducedOn: dayToDate(introducedOn),
          why,
          outcome,
          // An outcome written without a date is dated today.
          outcomeOn: outcome ? dayToDate(outcomeOn ?? todayIn(timeZone)) : null,
        },
      });
    });
    return done({ id });
  },
  "updateIntroductionAction",
);

/** Returns what was deleted, for Undo. */
export const deleteIntroductionAction = authedAction(
  introductionIdSchema,
  async ({ id }, { userId }) => {
    const deleted = await db.$transaction(async (tx) => {
      const intro = await tx.introduction.findFirst({ where: { id, userId } });
      if (!intro) throw notFound("Introduction");
      await tx.introduction.delete({ where: { id, userId } });
      return intro;
    });
    return done({
      fromMentorId: deleted.fromMentorId,
      toMentorId: deleted.toMentorId,
      introducedOn: dateToDay(deleted.introducedOn),
      why: deleted.why,
      outcome: deleted.outcome,
      outcomeOn: deleted.outcomeOn ? dateToDay(deleted.outcomeOn) : undefined,
    });
  },
  "deleteIntroductionAction",
);

export const restoreIntroductionAction = authedAction(
  restoreIntroductionSchema,
  async ({ fromMentorId, toMentorId, introducedOn, why, outcome, outcomeOn }, { userId }) => {
    const created = await db.$transaction(async (tx) => {
      await ownPeople(tx, userId, fromMentorId, toMentorId);
      return tx.introduction.create({
        data: {
          userId,
          fromMentorId,
          toMentorId,
          introducedOn: dayToDate(introducedOn),
          why,
          outcome,
          outcomeOn: outcomeOn ? dayToDate(outcomeOn) : null,
        },
        select: { id: true },
      });
    });
    return done(created);
  },
  "restoreIntroductionAction",
);
