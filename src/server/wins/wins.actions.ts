"use server";

import { revalidatePath } from "next/cache";
import { dateToDay, dayToDate, todayIn } from "@/domain/calendar";
import { assertNotFuture, authedAction, notFound } from "../action";
import { db } from "../db";
import { assertOwnMentors, type Tx } from "../ownership";
import {
  createWinSchema,
  restoreWinSchema,
  sharePubliclySchema,
  shareWithMentorSchema,
  updateWinSchema,
  winIdSchema,
} from "./wins.schema";

const done = <T>(value: T) => {
  revalidatePath("/wins");
  revalidatePath("/mentors", "layout");
  return value;
};

async function ownWin(tx: Tx, userId: string, id: string) {
  const win = await tx.win.findFirst({ where: { id, userId }, select: { id: true } });
  if (!win) throw notFound("Win");
  return win;
}

/** Logs a win and credits the mentors whose advice helped. */
/** A win as the form or the undo gives it: days as "YYYY-MM-DD". */
function createWin(
  tx: Tx,
  userId: string,
  {
    occurredOn,
    sharedPubliclyOn,
    ...fields
  }: { title: string; description: string; occurredOn: string; sharedPubliclyOn?: string | null },
) {
  return tx.win.create({
    data: {
      userId,
      ...fields,
      occurredOn: dayToDate(occurredOn),
      sharedPubliclyOn: sharedPubliclyOn ? dayToDate(sharedPubliclyOn) : null,
    },
    select: { id: true },
  });
}

export const createWinAction = authedAction(
  createWinSchema,
  async ({ mentorIds, occurredOn, sharedPubliclyOn, ...fields }, { userId, timeZone }) => {
    assertNotFuture(timeZone, occurredOn, "occurredOn");
    assertNotFuture(timeZone, sharedPubliclyOn, "sharedPubliclyOn");
    const created = await db.$transaction(async (tx) => {
      const ids = await assertOwnMentors(tx, userId, mentorIds, "mentorIds");
      const win = await createWin(tx, userId, { ...fields, occurredOn, sharedPubliclyOn });
      await tx.winCredit.createMany({ data: ids.map((mentorId) => ({ userId, winId: win.id, mentorId })) });
      return win;
    });
    return done(created);
  },
  "createWinAction",
);

/** Edits a win; mentors who stay credited keep their "shared with them" date. */
export const updateWinAction = authedAction(
  updateWinSchema,
  async ({ id, mentorIds, occurredOn, sharedPubliclyOn, ...fields }, { userId, timeZone }) => {
    assertNotFuture(timeZone, occurredOn, "occurredOn");
    assertNotFuture(timeZone, sharedPubliclyOn, "sharedPubliclyOn");
    await db.$transaction(async (tx) => {
      await ownWin(tx, userId, id);
      const ids = await assertOwnMentors(tx, userId, mentorIds, "mentorIds");
      await tx.win.update({
        where: { id, userId },
        data: {
          ...fields,
          occurredOn: dayToDate(occurredOn),
          sharedPubliclyOn: sharedPubliclyOn ? dayToDate(sharedPubliclyOn) : null,
        },
      });
      await tx.winCredit.deleteMany({ where: { userId, winId: id, mentorId: { notIn: ids } } });
      await tx.winCredit.createMany({
        data: ids.map((mentorId) => ({ userId, winId: id, mentorId })),
        skipDuplicates: true,
      });
    });
    return done({ id });
  },
  "updateWinAction",
);

/** Ticks (or unticks) "shared with them" for one credited mentor. */
export const shareWinWithMentorAction = authedAction(
  shareWithMentorSchema,
  async ({ winId, mentorId, shared, sharedOn }, { userId, timeZone }) => {
    assertNotFuture(timeZone, sharedOn, "sharedOn");
    const { count } = await db.winCredit.updateMany({
      where: { userId, winId, mentorId },
      data: { sharedOn: shared ? dayToDate(sharedOn ?? todayIn(timeZone)) : null },
    });
    if (count === 0) throw notFound("Credit");
    return done({ winId, mentorId, shared });
  },
  "shareWinWithMentorAction",
);

/** Ticks (or unticks) "shared publicly". */
export const shareWinPubliclyAction = authedAction(
  sharePubliclySchema,
  async ({ id, shared, sharedOn }, { userId, timeZone }) => {
    assertNotFuture(timeZone, sharedOn, "sharedOn");
    const { count } = await db.win.updateMany({
      where: { id, userId },
      data: { sharedPubliclyOn: shared ? dayToDate(sharedOn ?? todayIn(timeZone)) : null },
    });
    if (count === 0) throw notFound("Win");
    return done({ id, shared });
  },
  "shareWinPubliclyAction",
);

/** Returns what was deleted, for Undo. */
export const deleteWinAction = authedAction(
  winIdSchema,
  async ({ id }, { userId }) => {
    const deleted = await db.$transaction(async (tx) => {
      const win = await tx.win.findFirst({ where: { id, userId }, include: { credits: { where: { userId } } } });
      if (!win) throw notFound("Win");
      await tx.win.delete({ where: { id, userId } });
      return win;
    });
    return done({
      title: deleted.title,
      description: deleted.description,
      occurredOn: dateToDay(deleted.occurredOn),
      sharedPubliclyOn: deleted.sharedPubliclyOn ? dateToDay(deleted.sharedPubliclyOn) : undefined,
      mentorIds: deleted.credits.map((c) => c.mentorId),
      sharedWith: deleted.credits.flatMap((c) =>
        c.sharedOn ? [{ mentorId: c.mentorId, sharedOn: dateToDay(c.sharedOn) }] : [],
      ),
    });
  },
  "deleteWinAction",
);

export const restoreWinAction = authedAction(
  restoreWinSchema,
  async ({ mentorIds, sharedWith, occurredOn, sharedPubliclyOn, ...fields }, { userId }) => {
    const created = await db.$transaction(async (tx) => {
      const ids = await assertOwnMentors(tx, userId, [...mentorIds, ...sharedWith.map((s) => s.mentorId)], "mentorIds");
      const win = await createWin(tx, userId, { ...fields, occurredOn, sharedPubliclyOn });
      const told = new Map(sharedWith.map((s) => [s.mentorId, s.sharedOn]));
      await tx.winCredit.createMany({
        data: ids.map((mentorId) => ({
          userId,
          winId: win.id,
          mentorId,
          sharedOn: told.has(mentorId) ? dayToDate(told.get(mentorId)!) : null,
        })),
      });
      return win;
    });
    return done(created);
  },
  "restoreWinAction",
);
