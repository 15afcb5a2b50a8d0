"use server";

import { subDays } from "date-fns";
import { revalidatePath } from "next/cache";
import { authedAction, notFound } from "../action";
import { db } from "../db";
import { ownMentor, type Tx } from "../ownership";
import { bulkMentorsSchema, changeStageSchema, mentorIdSchema, mentorIdsSchema } from "./mentors.schema";
import { moveStage } from "./move-stage";

/** Deleted mentors can be restored for this long, then they are purged. */
const UNDO_WINDOW_DAYS = 30;

export const changeStageAction = authedAction(
  changeStageSchema,
  async ({ id, stage, revisitAfterOn, note }, { userId }) => {
    const changed = await db.$transaction(async (tx) => {
      const mentor = await ownMentor(tx, userId, id);
      return moveStage(tx, userId, mentor, stage, { revisitAfterOn, note });
    });
    revalidatePath("/mentors", "layout");
    return { id, stage, changed };
  },
  "changeStageAction",
);

export const archiveMentorAction = authedAction(
  mentorIdSchema,
  async ({ id }, { userId }) => setArchived(userId, [id], true).then(() => ({ id })),
  "archiveMentorAction",
);

export const unarchiveMentorAction = authedAction(
  mentorIdSchema,
  async ({ id }, { userId }) => setArchived(userId, [id], false).then(() => ({ id })),
  "unarchiveMentorAction",
);

/** Soft delete: the mentor disappears at once and can be restored until purged. */
export const deleteMentorAction = authedAction(
  mentorIdSchema,
  async ({ id }, { userId }) => {
    await db.$transaction(async (tx) => {
      await ownMentor(tx, userId, id);
      await softDelete(tx, userId, [id]);
    });
    revalidatePath("/mentors", "layout");
    return { id };
  },
  "deleteMentorAction",
);

export const restoreMentorAction = authedAction(
  mentorIdSchema,
  async ({ id }, { userId }) => {
    const { count } = await db.mentor.updateMany({
      where: { id, userId, deletedAt: { not: null } },
      data: { deletedAt: null },
    });
    if (count === 0) throw notFound("Deleted mentor");
    revalidatePath("/mentors", "layout");
    return { id };
  },
  "restoreMentorAction",
);

/** Bulk edit over a selection; every id must be the user's, or nothing changes. */
export const bulkMentorsAction = authedAction(
  bulkMentorsSchema,
  async ({ ids, operation, stage, category, tag }, { userId }) => {
    const unique = [...new Set(ids)];
    await db.$transaction(async (tx) => {
      const mentors = await tx.mentor.findMany({
        where: { userId, deletedAt: null, id: { in: unique } },
        select: { id: true, name: true, stage: true },
      });
      if (mentors.length !== unique.length) throw notFound("One of the selected mentors");
      switch (operation) {
        case "stage":
          for (const m of mentors) await moveStage(tx, userId, m, stage!);
          break;
        case "category":
          await tx.mentor.updateMany({ where: { userId, id: { in: unique } }, data: { category: category! } });
          break;
        case "addTag":
          await tx.mentor.updateMany({
            where: { userId, id: { in: unique }, NOT: { tags: { has: tag! } } },
            data: { tags: { push: tag! } },
          });
          break;
        case "removeTag":
          await tx.$executeRaw`UPDATE "Mentor" SET "tags" = array_remove("tags", ${tag!}), "updatedAt" = now() WHERE "userId" = ${userId} AND "id" = ANY(${unique}::text[])`;
          break;
        case "archive":
        case "unarchive":
          await tx.mentor.updateMany({
            where: { userId, id: { in: unique } },
            data: { archivedAt: operation === "archive" ? new Date() : null },
          });
          break;
        case "delete":
          await softDelete(tx, userId, unique);
          break;
      }
    });
    revalidatePath("/mentors", "layout");
    return { ids: unique, operation };
  },
  "bulkMentorsAction",
);

export const restoreMentorsAction = authedAction(
  mentorIdsSchema,
  async ({ ids }, { userId }) => {
    const unique = [...new Set(ids)];
    const count = await db.$transaction(async (tx) => {
      // Undo twice restores nothing the second time; an id that is not the user's at all is not found.
      if ((await tx.mentor.count({ where: { userId, id: { in: unique } } })) !== unique.length)
        throw notFound("Mentor");
      return (
        await tx.mentor.updateMany({
          where: { userId, id: { in: unique }, deletedAt: { not: null } },
          data: { deletedAt: null },
        })
      ).count;
    });
    revalidatePath("/mentors", "layout");
    return { restored: count };
  },
  "restoreMentorsAction",
);

async function setArchived(userId: string, ids: string[], archived: boolean) {
  const { count } = await db.mentor.updateMany({
    where: { userId, id: { in: ids }, deletedAt: null },
    data: { archivedAt: archived ? new Date() : null },
  });
  if (count !== ids.length) throw notFound("Mentor");
  revalidatePath("/mentors", "layout");
}

async function softDelete(tx: Tx, userId: string, ids: string[]) {
  await tx.mentor.updateMany({ where: { userId, id: { in: ids } }, data: { deletedAt: new Date() } });
  // Purge this user's mentors whose undo window has passed (cascades to their history).
  await tx.mentor.deleteMany({ where: { userId, deletedAt: { lt: subDays(new Date(), UNDO_WINDOW_DAYS) } } });
}
