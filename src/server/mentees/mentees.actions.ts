"use server";

import { revalidatePath } from "next/cache";
import { addDaysToDay, dateToDay, dayToDate, todayIn } from "@/domain/calendar";
import { SESSION_STAGES } from "@/domain/mentee-stages";
import { assertNotFuture, authedAction, notFound } from "../action";
import { db } from "../db";
import {
  changeMenteeStageSchema,
  createMenteeSchema,
  logMenteeWinSchema,
  menteeIdSchema,
  menteeWinIdSchema,
  updateMenteeSchema,
} from "./mentees.schema";
import { ownMentee, syncSessions } from "./sessions";

export const createMenteeAction = authedAction(
  createMenteeSchema,
  async (input, { userId, timeZone }) => {
    const mentee = await db.$transaction(async (tx) => {
      const created = await tx.mentee.create({
        data: {
          userId,
          name: input.name,
          email: input.email,
          headline: input.headline,
          organisation: input.organisation,
          goals: input.goals,
          stage: input.stage,
          cadenceDays: input.cadenceDays ?? null,
        },
        select: { id: true },
      });
      await tx.menteeStageChange.create({
        data: { userId, menteeId: created.id, fromStage: null, toStage: input.stage },
      });
      // A first session falls due one cadence from today.
      if (input.cadenceDays && SESSION_STAGES.includes(input.stage))
        await syncSessions(tx, userId, created.id, {
          explicitNext: addDaysToDay(todayIn(timeZone), input.cadenceDays),
        });
      return created;
    });
    revalidatePath("/mentees");
    return { id: mentee.id };
  },
  "createMenteeAction",
);

export const updateMenteeAction = authedAction(
  updateMenteeSchema,
  async ({ id, nextSessionOn, ...fields }, { userId }) => {
    await db.$transaction(async (tx) => {
      const before = await ownMentee(tx, userId, id);
      await tx.mentee.update({
        where: { id, userId },
        data: {
          name: fields.name,
          email: fields.email ?? null,
          headline: fields.headline ?? null,
          organisation: fields.organisation ?? null,
          timeZone: fields.timeZone ?? null,
          workStartHour: fields.workStartHour,
          workEndHour: fields.workEndHour,
          goals: fields.goals,
          notes: fields.notes,
          cadenceDays: fields.cadenceDays ?? null,
        },
      });
      // Only a date the user changed overrides the cadence (as on a mentor's page).
      const previous = before.nextSessionOn ? dateToDay(before.nextSessionOn) : undefined;
      await syncSessions(tx, userId, id, nextSessionOn !== previous ? { explicitNext: nextSessionOn ?? null } : {});
    });
    revalidatePath(`/mentees/${id}`);
    return { id };
  },
  "updateMenteeAction",
);

/** Moves a mentee along (or aside), with the change logged for the impact page's history. */
export const changeMenteeStageAction = authedAction(
  changeMenteeStageSchema,
  async ({ id, stage }, { userId }) => {
    await db.$transaction(async (tx) => {
      const mentee = await ownMentee(tx, userId, id);
      if (mentee.stage === stage) return;
      await tx.mentee.update({ where: { id, userId }, data: { stage } });
      await tx.menteeStageChange.create({ data: { userId, menteeId: id, fromStage: mentee.stage, toStage: stage } });
    });
    revalidatePath("/mentees", "layout");
    return { id, stage };
  },
  "changeMenteeStageAction",
);

/** Deletes a mentee with their sessions, what they taught back and their wins (the page asks first). */
export const deleteMenteeAction = authedAction(
  menteeIdSchema,
  async ({ id }, { userId }) => {
    const { count } = await db.mentee.deleteMany({ where: { id, userId } });
    if (!count) throw notFound("Mentee");
    revalidatePath("/mentees", "layout");
    return { id };
  },
  "deleteMenteeAction",
);

export const logMenteeWinAction = authedAction(
  logMenteeWinSchema,
  async (input, { userId, timeZone }) => {
    assertNotFuture(timeZone, input.occurredOn, "occurredOn");
    const win = await db.$transaction(async (tx) => {
      await ownMentee(tx, userId, input.menteeId);
      return tx.menteeWin.create({
        data: {
          userId,
          menteeId: input.menteeId,
          title: input.title,
          description: input.description,
          occurredOn: dayToDate(input.occurredOn),
          story: input.story,
        },
        select: { id: true },
      });
    });
    revalidatePath(`/mentees/${input.menteeId}`);
    return { id: win.id };
  },
  "logMenteeWinAction",
);

/** Returns what was deleted, so the page can offer to put it back. */
export const deleteMenteeWinAction = authedAction(
  menteeWinIdSchema,
  async ({ id }, { userId }) => {
    const win = await db.menteeWin.findFirst({ where: { id, userId } });
    if (!win) throw notFound("Win");
    await db.menteeWin.delete({ where: { id, userId } });
    revalidatePath(`/mentees/${win.menteeId}`);
    return {
      menteeId: win.menteeId,
      title: win.title,
      description: win.description,
      occurredOn: dateToDay(win.occurredOn),
      story: win.story,
    };
  },
  "deleteMenteeWinAction",
);
