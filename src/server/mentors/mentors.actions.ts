"use server";

import { revalidatePath } from "next/cache";
import { ActionError, authedAction } from "../action";
import { db } from "../db";
import { createMentorSchema } from "./mentors.schema";

export const createMentorAction = authedAction(
  createMentorSchema,
  async (input, { userId }) => {
    const mentor = await db.$transaction(async (tx) => {
      const areas = await tx.gapArea.count({ where: { userId, id: { in: input.gapAreaIds } } });
      if (areas !== new Set(input.gapAreaIds).size) {
        throw new ActionError("Please correct the highlighted fields.", { gapAreaIds: ["One of the chosen gap areas no longer exists."] });
      }
      const created = await tx.mentor.create({
        data: {
          userId,
          name: input.name,
          email: input.email,
          headline: input.headline,
          organisation: input.organisation,
          category: input.category,
          stage: input.stage,
        },
        select: { id: true },
      });
      await tx.mentorGapArea.createMany({
        data: [...new Set(input.gapAreaIds)].map((gapAreaId) => ({ userId, mentorId: created.id, gapAreaId })),
      });
      await tx.stageChange.create({ data: { userId, mentorId: created.id, fromStage: null, toStage: input.stage } });
      return created;
    });
    revalidatePath("/mentors");
    return { id: mentor.id };
  },
  "createMentorAction",
);
