"use server";

import { RESTING_STAGES } from "@/domain/cadence";
import { authedAction, notFound } from "../action";
import { db } from "../db";
import { revalidateMap } from "../gaps/gap-writes";
import { moveStage } from "../mentors/move-stage";
import { ownMentor } from "../ownership";
import { suggestionsForGap } from "./suggestions.queries";
import { gapSchema, suggestionSchema } from "./suggestions.schema";

/** The suggestions for one gap, asked for when the user opens them (they are not on every page view). */
export const suggestForGapAction = authedAction(
  gapSchema,
  async ({ gapAreaId, category }, { userId }) => suggestionsForGap(userId, gapAreaId, category),
  "suggestForGapAction",
);

/**
 * Adds a suggested person to the gap in one step: their category becomes the gap's,
 * they join the area, and an archived contact comes back as a Prospect (a resting
 * stage too: the move is logged like any other).
 */
export const addSuggestionAction = authedAction(
  suggestionSchema,
  async ({ gapAreaId, category, mentorId }, { userId }) => {
    const added = await db.$transaction(async (tx) => {
      const mentor = await tx.mentor.findFirst({
        where: { id: mentorId, userId, deletedAt: null },
        select: { id: true, name: true, stage: true, archivedAt: true },
      });
      if (!mentor) throw notFound("Mentor");
      const area = await tx.gapArea.findFirst({ where: { id: gapAreaId, userId }, select: { name: true } });
      if (!area) throw notFound("Gap area");
      await tx.mentor.update({ where: { id: mentorId, userId }, data: { category, archivedAt: null } });
      // Through the pipeline's own move: logged, and a declined contact's revisit reminder cleared.
      if (mentor.archivedAt !== null || RESTING_STAGES.includes(mentor.stage))
        await moveStage(tx, userId, mentor, "PROSPECT", { note: `Suggested for ${area.name}` });
      await tx.mentorGapArea.createMany({ data: [{ userId, mentorId, gapAreaId }], skipDuplicates: true });
      await tx.dismissedSuggestion.deleteMany({ where: { userId, gapAreaId, category, mentorId } });
      return { id: mentorId, name: mentor.name, area: area.name };
    });
    revalidateMap();
    return added;
  },
  "addSuggestionAction",
);

/** "Not a fit": never suggested for this gap again (undone by adding them by hand). */
export const dismissSuggestionAction = authedAction(
  suggestionSchema,
  async ({ gapAreaId, category, mentorId }, { userId }) => {
    await db.$transaction(async (tx) => {
      await ownMentor(tx, userId, mentorId);
      const area = await tx.gapArea.findFirst({ where: { id: gapAreaId, userId }, select: { id: true } });
      if (!area) throw notFound("Gap area");
      await tx.dismissedSuggestion.createMany({
        data: [{ userId, gapAreaId, category, mentorId }],
        skipDuplicates: true,
      });
    });
    return { mentorId };
  },
  "dismissSuggestionAction",
);
