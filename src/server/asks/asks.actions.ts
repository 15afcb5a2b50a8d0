"use server";

import { revalidatePath } from "next/cache";
import { addDaysToDay, dayToDate } from "@/domain/calendar";
import { assertNotFuture, authedAction, fieldError, notFound } from "../action";
import { db } from "../db";
import type { Tx } from "../ownership";
import { answerAskSchema, askIdSchema, askToMentorSchema, createAskSchema, thankAskSchema } from "./asks.schema";

async function ownAsk(tx: Tx, userId: string, id: string) {
  const ask = await tx.ask.findFirst({ where: { id, userId } });
  if (!ask) throw notFound("Ask");
  return ask;
}

/** Records a one-off ask, with its one follow-up reminder (none when followUpDays is 0). */
export const createAskAction = authedAction(
  createAskSchema,
  async ({ followUpDays, askedOn, ...input }, { userId, timeZone }) => {
    assertNotFuture(timeZone, askedOn, "askedOn");
    const ask = await db.$transaction(async (tx) => {
      const ask = await tx.ask.create({
        data: { userId, ...input, askedOn: dayToDate(askedOn) },
        select: { id: true },
      });
      if (followUpDays > 0)
        await tx.reminder.create({
          data: {
            userId,
            askId: ask.id,
            kind: "FOLLOW_UP",
            title: `Follow up on your question to ${input.name}`,
            dueOn: dayToDate(addDaysToDay(askedOn, followUpDays)),
          },
        });
      return ask;
    });
    revalidatePath("/asks");
    return { id: ask.id };
  },
  "createAskAction",
);

/**
 * They answered: the answer is kept, the help received goes into the value ledger,
 * and the follow-up is no longer needed.
 */
export const answerAskAction = authedAction(
  answerAskSchema,
  async ({ id, answer, answeredOn, kind }, { userId, timeZone }) => {
    assertNotFuture(timeZone, answeredOn, "answeredOn");
    await db.$transaction(async (tx) => {
      const ask = await ownAsk(tx, userId, id);
      if (ask.status !== "ASKED") throw fieldError("answer", "This ask already has its answer.");
      await tx.ask.update({
        where: { id, userId },
        data: { status: "ANSWERED", answer, answeredOn: dayToDate(answeredOn) },
      });
      const into = ask.mentorId ? { mentorId: ask.mentorId } : { askId: id };
      await tx.valueExchange.create({
        data: {
          userId,
          ...into,
          direction: "RECEIVED",
          kind,
          description: ask.question,
          occurredOn: dayToDate(answeredOn),
        },
      });
      await tx.reminder.deleteMany({ where: { userId, askId: id, status: { in: ["PENDING", "SNOOZED"] } } });
    });
    revalidatePath("/asks");
    return { id };
  },
  "answerAskAction",
);

/** The thank-you sent: the ask is closed. */
export const thankAskAction = authedAction(
  thankAskSchema,
  async ({ id, thankedOn }, { userId, timeZone }) => {
    assertNotFuture(timeZone, thankedOn, "thankedOn");
    await db.$transaction(async (tx) => {
      const ask = await ownAsk(tx, userId, id);
      if (ask.status === "ASKED") throw fieldError("thankedOn", "Record their answer first.");
      await tx.ask.update({ where: { id, userId }, data: { status: "THANKED", thankedOn: dayToDate(thankedOn) } });
    });
    revalidatePath("/asks");
    return { id };
  },
  "thankAskAction",
);

/**
 * One step to a full relationship: a mentor in conversation, with the ask's value in
 * their ledger and its story in their notes. The ask stays, linked to them.
 */
export const askToMentorAction = authedAction(
  askToMentorSchema,
  async ({ id, category }, { userId }) => {
    const mentorId = await db.$transaction(async (tx) => {
      const ask = await ownAsk(tx, userId, id);
      if (ask.mentorId) {
        const live = await tx.mentor.count({ where: { id: ask.mentorId, userId, deletedAt: null } });
        if (live) return ask.mentorId;
      }
      const mentor = await tx.mentor.create({
        data: {
          userId,
          name: ask.name,
          email: ask.email,
          organisation: ask.organisation,
          category,
          stage: "IN_CONVERSATION",
          howWeMet: "A one-off ask",
          notes: `Asked: ${ask.question}${ask.answer ? `\n\nTheir answer: ${ask.answer}` : ""}`,
        },
        select: { id: true },
      });
      await tx.stageChange.create({
        data: { userId, mentorId: mentor.id, fromStage: null, toStage: "IN_CONVERSATION", note: "From a one-off ask" },
      });
      await tx.valueExchange.updateMany({ where: { userId, askId: id }, data: { askId: null, mentorId: mentor.id } });
      await tx.ask.update({ where: { id, userId }, data: { mentorId: mentor.id } });
      return mentor.id;
    });
    revalidatePath("/asks");
    revalidatePath("/mentors", "layout");
    return { id, mentorId };
  },
  "askToMentorAction",
);

export const deleteAskAction = authedAction(
  askIdSchema,
  async ({ id }, { userId }) => {
    const { count } = await db.ask.deleteMany({ where: { id, userId } });
    if (!count) throw notFound("Ask");
    revalidatePath("/asks");
    return { id };
  },
  "deleteAskAction",
);
