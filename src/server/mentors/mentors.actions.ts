"use server";

import { revalidatePath } from "next/cache";
import { dateToDay, todayIn } from "@/domain/calendar";
import { ActionError, assertNotFuture, authedAction } from "../action";
import { startRhythm, syncRhythm } from "../check-ins/rhythm";
import { db } from "../db";
import { writeTransaction } from "../offline-writes";
import { assertOwnGapAreas, ownMentor } from "../ownership";
import {
  addMentorNoteSchema,
  createMentorSchema,
  updateMentorProfileSchema,
  updateRelationshipSchema,
} from "./mentors.schema";

export const createMentorAction = authedAction(
  createMentorSchema,
  async (input, { userId }) => {
    const mentor = await writeTransaction(async (tx) => {
      const gapAreaIds = await assertOwnGapAreas(tx, userId, input.gapAreaIds);
      const created = await tx.mentor.create({
        data: {
          userId,
          name: input.name,
          email: input.email,
          headline: input.headline,
          organisation: input.organisation,
          linkedinUrl: input.linkedinUrl,
          websiteUrl: input.websiteUrl,
          category: input.category,
          stage: input.stage,
        },
        select: { id: true },
      });
      await tx.mentorGapArea.createMany({
        data: gapAreaIds.map((gapAreaId) => ({ userId, mentorId: created.id, gapAreaId })),
      });
      await tx.stageChange.create({ data: { userId, mentorId: created.id, fromStage: null, toStage: input.stage } });
      if (input.cadenceDays || input.stage === "ACTIVE")
        await startRhythm(tx, userId, created.id, input.cadenceDays ?? undefined);
      return created;
    });
    revalidatePath("/mentors");
    return { id: mentor.id };
  },
  "createMentorAction",
  { offline: true },
);

export const updateMentorProfileAction = authedAction(
  updateMentorProfileSchema,
  async ({ id, ...profile }, { userId }) => {
    await db.$transaction(async (tx) => {
      await ownMentor(tx, userId, id);
      await tx.mentor.update({
        where: { id, userId },
        data: {
          name: profile.name,
          email: profile.email ?? null,
          headline: profile.headline ?? null,
          organisation: profile.organisation ?? null,
          linkedinUrl: profile.linkedinUrl ?? null,
          websiteUrl: profile.websiteUrl ?? null,
          location: profile.location ?? null,
          timeZone: profile.timeZone ?? null,
          workStartHour: profile.workStartHour,
          workEndHour: profile.workEndHour,
          howWeMet: profile.howWeMet ?? null,
          notes: profile.notes,
          tags: profile.tags,
        },
      });
    });
    revalidatePath(`/mentors/${id}`);
    return { id };
  },
  "updateMentorProfileAction",
);

export const updateRelationshipAction = authedAction(
  updateRelationshipSchema,
  async (input, { userId }) => {
    await db.$transaction(async (tx) => {
      const mentor = await ownMentor(tx, userId, input.id);
      const gapAreaIds = await assertOwnGapAreas(tx, userId, input.gapAreaIds);
      await tx.mentor.update({
        where: { id: mentor.id, userId },
        data: {
          category: input.category,
          cadenceDays: input.cadenceDays ?? null,
          valueReceivedRating: input.valueReceivedRating ?? null,
          valueProvidedRating: input.valueProvidedRating ?? null,
          growthPotentialRating: input.growthPotentialRating ?? null,
        },
      });
      await tx.mentorGapArea.deleteMany({ where: { userId, mentorId: mentor.id } });
      await tx.mentorGapArea.createMany({
        data: gapAreaIds.map((gapAreaId) => ({ userId, mentorId: mentor.id, gapAreaId })),
      });
      // The form sends the next check-in back as it was shown: only a date the user
      // changed wins over the log and the (maybe new) cadence.
      const shown = mentor.nextCheckInOn ? dateToDay(mentor.nextCheckInOn) : undefined;
      const changedNext = input.nextCheckInOn !== undefined && input.nextCheckInOn !== shown;
      await syncRhythm(tx, userId, mentor.id, changedNext ? { explicitNext: input.nextCheckInOn } : {});
    });
    revalidatePath(`/mentors/${input.id}`);
    return { id: input.id };
  },
  "updateRelationshipAction",
);

/** Notes keep at most this much; a note that would pass it is refused, not cut. */
const NOTES_MAX = 20_000;

/** Appends a note under the day it was written (a note written offline keeps its day). */
export const addMentorNoteAction = authedAction(
  addMentorNoteSchema,
  async (input, { userId, timeZone }) => {
    assertNotFuture(timeZone, input.writtenOn, "writtenOn");
    const entry = `${input.writtenOn ?? todayIn(timeZone)}: ${input.note}`;
    await writeTransaction(async (tx) => {
      const mentor = await ownMentor(tx, userId, input.id);
      const { notes } = await tx.mentor.findUniqueOrThrow({
        where: { id: mentor.id, userId },
        select: { notes: true },
      });
      const next = notes?.trim() ? `${notes.trimEnd()}\n\n${entry}` : entry;
      if (next.length > NOTES_MAX)
        throw new ActionError("Please correct the highlighted fields.", {
          note: [
            `The notes would pass ${NOTES_MAX.toLocaleString("en")} characters; shorten them on the mentor page first.`,
          ],
        });
      await tx.mentor.update({ where: { id: mentor.id, userId }, data: { notes: next } });
    });
    revalidatePath(`/mentors/${input.id}`);
    return { id: input.id };
  },
  "addMentorNoteAction",
  { offline: true },
);
