"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { areaNameKey, MAX_GAP_AREAS } from "@/domain/gap-areas";
import { MentorCategory } from "@/generated/prisma/enums";
import { ActionError, authedAction, notFound } from "../action";
import { db } from "../db";
import { lockUser, type Tx } from "../ownership";
import { INVALID, revalidateMap, writeSlot } from "./gap-writes";
import { dreamTeamCandidates } from "./gaps.queries";
import {
  createGapAreaSchema,
  deleteGapAreaSchema,
  dreamTeamProfileSchema,
  dreamTeamSlotSchema,
  moveGapAreaSchema,
  updateGapAreaSchema,
} from "./gaps.schema";

async function ownGapArea(tx: Tx, userId: string, id: string) {
  const area = await tx.gapArea.findFirst({ where: { id, userId }, select: { id: true, name: true, priority: true } });
  if (!area) throw notFound("Gap area");
  return area;
}

async function assertNameFree(tx: Tx, userId: string, name: string, exceptId?: string) {
  const others = await tx.gapArea.findMany({
    where: { userId, id: exceptId ? { not: exceptId } : undefined },
    select: { name: true },
  });
  if (others.some((a) => areaNameKey(a.name) === areaNameKey(name))) {
    throw new ActionError(INVALID, { name: [`You already have an area called "${name}".`] });
  }
  return others.length;
}

export const createGapAreaAction = authedAction(
  createGapAreaSchema,
  async (input, { userId }) => {
    const area = await db.$transaction(async (tx) => {
      await lockUser(tx, userId);
      const count = await assertNameFree(tx, userId, input.name);
      if (count >= MAX_GAP_AREAS)
        throw new ActionError(`You can have at most ${MAX_GAP_AREAS} areas. Remove one before adding another.`);
      return tx.gapArea.create({ data: { userId, ...input, priority: count + 1 }, select: { id: true } });
    });
    revalidateMap();
    return area;
  },
  "createGapAreaAction",
);

export const updateGapAreaAction = authedAction(
  updateGapAreaSchema,
  async ({ id, ...fields }, { userId }) => {
    await db.$transaction(async (tx) => {
      await lockUser(tx, userId);
      await ownGapArea(tx, userId, id);
      await assertNameFree(tx, userId, fields.name, id);
      await tx.gapArea.update({ where: { id, userId }, data: fields });
    });
    revalidateMap();
    return { id };
  },
  "updateGapAreaAction",
);

/** Swaps an area with its neighbour in priority order; priorities are renumbered 1…n as it goes. */
export const moveGapAreaAction = authedAction(
  moveGapAreaSchema,
  async ({ id, direction }, { userId }) => {
    await db.$transaction(async (tx) => {
      await lockUser(tx, userId);
      await ownGapArea(tx, userId, id);
      const order = await tx.gapArea.findMany({
        where: { userId },
        orderBy: [{ priority: "asc" }, { name: "asc" }],
        select: { id: true },
      });
      const from = order.findIndex((a) => a.id === id);
      const to = direction === "up" ? from - 1 : from + 1;
      if (to < 0 || to >= order.length) return;
      [order[from], order[to]] = [order[to]!, order[from]!];
      for (const [i, area] of order.entries())
        await tx.gapArea.update({ where: { id: area.id, userId }, data: { priority: i + 1 } });
    });
    revalidateMap();
    return { id };
  },
  "moveGapAreaAction",
);

const deletedAreaSchema = z.object({
  name: z.string().trim().min(1).max(200),
  whyItMatters: z.string().max(4000),
  currentLevel: z.number().int().min(1).max(10),
  targetLevel: z.number().int().min(1).max(10),
  priority: z.number().int().min(1).max(1000),
  guidanceSought: z.string().max(4000),
  valueIOffer: z.string().max(4000),
  mentorIds: z.array(z.string().max(40)).max(100_000),
  slots: z
    .array(
      z.object({
        category: z.enum(MentorCategory),
        profile: z.string().max(1000),
        mentorIds: z.array(z.string().max(40)).max(100),
      }),
    )
    .max(5),
});
export type DeletedGapArea = z.infer<typeof deletedAreaSchema>;

/** Deletes an area (its mentors stay on the map) and returns what Undo needs to put it back. */
export const deleteGapAreaAction = authedAction(
  deleteGapAreaSchema,
  async ({ id }, { userId }): Promise<DeletedGapArea> => {
    const deleted = await db.$transaction(async (tx) => {
      await ownGapArea(tx, userId, id);
      const area = await tx.gapArea.findUniqueOrThrow({
        where: { id, userId },
        include: {
          mentors: { select: { mentorId: true } },
          dreamTeamSlots: { select: { category: true, profile: true, matches: { select: { mentorId: true } } } },
        },
      });
      await tx.gapArea.delete({ where: { id, userId } });
      return {
        name: area.name,
        whyItMatters: area.whyItMatters,
        currentLevel: area.currentLevel,
        targetLevel: area.targetLevel,
        priority: area.priority,
        guidanceSought: area.guidanceSought,
        valueIOffer: area.valueIOffer,
        mentorIds: area.mentors.map((m) => m.mentorId),
        slots: area.dreamTeamSlots.map((s) => ({
          category: s.category,
          profile: s.profile,
          mentorIds: s.matches.map((m) => m.mentorId),
        })),
      };
    });
    revalidateMap();
    revalidatePath("/mentors");
    return deleted;
  },
  "deleteGapAreaAction",
);

/** Undo: the area comes back with its links to the user's own, still-present mentors. */
export const restoreGapAreaAction = authedAction(
  deletedAreaSchema,
  async (area, { userId }) => {
    const restored = await db.$transaction(async (tx) => {
      await lockUser(tx, userId);
      const count = await assertNameFree(tx, userId, area.name);
      if (count >= MAX_GAP_AREAS) throw new ActionError(`You can have at most ${MAX_GAP_AREAS} areas.`);
      const linked = [...new Set([...area.mentorIds, ...area.slots.flatMap((s) => s.mentorIds)])];
      const own = new Set(
        (await tx.mentor.findMany({ where: { userId, id: { in: linked } }, select: { id: true } })).map((m) => m.id),
      );
      const { mentorIds, slots, ...fields } = area;
      const created = await tx.gapArea.create({ data: { userId, ...fields }, select: { id: true } });
      await tx.mentorGapArea.createMany({
        data: mentorIds.filter((m) => own.has(m)).map((mentorId) => ({ userId, mentorId, gapAreaId: created.id })),
      });
      for (const s of slots)
        await writeSlot(
          tx,
          userId,
          created.id,
          s.category,
          s.profile,
          s.mentorIds.filter((m) => own.has(m)),
        );
      return created;
    });
    revalidateMap();
    revalidatePath("/mentors");
    return restored;
  },
  "restoreGapAreaAction",
);

/** One dream-team profile on /gaps: what the ideal person is like, and who comes close. */
export const saveDreamTeamSlotAction = authedAction(
  dreamTeamSlotSchema,
  async ({ gapAreaId, category, profile, mentorIds }, { userId }) => {
    await db.$transaction(async (tx) => {
      await ownGapArea(tx, userId, gapAreaId);
      const unique = [...new Set(mentorIds)];
      const found = await tx.mentor.count({ where: { userId, id: { in: unique }, deletedAt: null } });
      if (found !== unique.length)
        throw new ActionError(INVALID, { mentorIds: ["One of the chosen mentors is no longer on your map."] });
      await writeSlot(tx, userId, gapAreaId, category, profile, unique);
    });
    revalidateMap();
    return { gapAreaId, category };
  },
  "saveDreamTeamSlotAction",
);

/** The people a dream-team profile's form offers, asked for when it opens. */
export const dreamTeamCandidatesAction = authedAction(
  dreamTeamProfileSchema,
  async ({ gapAreaId, category }, { userId, timeZone }) =>
    dreamTeamCandidates({ id: userId, timeZone }, gapAreaId, category),
  "dreamTeamCandidatesAction",
);
