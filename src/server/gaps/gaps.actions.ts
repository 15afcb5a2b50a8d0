"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { dayToDate, todayIn } from "@/domain/calendar";
import { areaNameKey, MAX_GAP_AREAS } from "@/domain/gap-areas";
import { sprintStartProblem } from "@/domain/sprint";
import { Prisma } from "@/generated/prisma/client";
import { MentorCategory } from "@/generated/prisma/enums";
import { ActionError, authedAction, notFound } from "../action";
import { db } from "../db";
import { lockUser, type Tx } from "../tx";
import {
  completedWizardSchema,
  createGapAreaSchema,
  deleteGapAreaSchema,
  dreamTeamSlotSchema,
  firstInvalidStep,
  moveGapAreaSchema,
  pathErrors,
  updateGapAreaSchema,
  wizardDraftSchema,
} from "./gaps.schema";

const INVALID = "Please correct the highlighted fields.";

/** Saves the wizard's answers as the user goes, finished or not, so a closed tab loses nothing. */
export const saveWizardDraftAction = authedAction(
  wizardDraftSchema,
  async (draft, { userId }) => {
    await db.user.update({ where: { id: userId }, data: { gapWizardState: draft } });
    return { saved: true };
  },
  "saveWizardDraftAction",
);

/**
 * Writes the finished wizard: areas (matched by name, so a stale or repeated
 * submission updates rather than duplicates), their dream-team profiles and links,
 * and the sprint, in one transaction.
 */
export const completeWizardAction = authedAction(
  wizardDraftSchema,
  async (draft, { userId, timeZone }) => {
    const parsed = completedWizardSchema.safeParse(draft);
    if (!parsed.success) {
      throw new ActionError(`Step ${(firstInvalidStep(draft) ?? 0) + 1} needs another look.`, pathErrors(parsed.error));
    }
    const wizard = parsed.data;
    const startProblem = sprintStartProblem(wizard.sprintStartOn, todayIn(timeZone));
    if (startProblem) throw new ActionError(INVALID, { sprintStartOn: [startProblem] });

    await db.$transaction(async (tx) => {
      await lockUser(tx, userId); // two submissions at once: the second sees the first's areas
      const existing = await tx.gapArea.findMany({
        where: { userId },
        select: { id: true, name: true, priority: true },
      });
      const byName = new Map(existing.map((a) => [areaNameKey(a.name), a]));
      const untouched = existing.filter((a) => !wizard.areas.some((w) => areaNameKey(w.name) === areaNameKey(a.name)));
      if (untouched.length + wizard.areas.length > MAX_GAP_AREAS) {
        throw new ActionError(
          `You can have at most ${MAX_GAP_AREAS} areas; remove some on the Areas step or on your gap areas page.`,
        );
      }
      const linked = [...new Set(wizard.areas.flatMap((a) => Object.values(a.mentorIds).flat()))];
      const live = new Set(
        (
          await tx.mentor.findMany({ where: { userId, id: { in: linked }, deletedAt: null }, select: { id: true } })
        ).map((m) => m.id),
      );

      for (const [index, area] of wizard.areas.entries()) {
        const fields = {
          name: area.name,
          whyItMatters: area.whyItMatters,
          currentLevel: area.currentLevel,
          targetLevel: area.targetLevel,
          guidanceSought: area.guidanceSought,
          valueIOffer: area.valueIOffer,
          priority: index + 1,
        };
        const found = byName.get(areaNameKey(area.name));
        const { id } = found
          ? await tx.gapArea.update({ where: { id: found.id, userId }, data: fields, select: { id: true } })
          : await tx.gapArea.create({ data: { userId, ...fields }, select: { id: true } });
        for (const category of new Set([
          ...Object.keys(area.profiles),
          ...Object.keys(area.mentorIds),
        ]) as Set<MentorCategory>) {
          // A link to someone deleted since the step was filled in is dropped, not an error.
          const mentorIds = (area.mentorIds[category] ?? []).filter((m) => live.has(m));
          await writeSlot(tx, userId, id, category, area.profiles[category] ?? "", mentorIds);
        }
      }
      // Areas kept from before but not in the wizard follow, in their old order.
      for (const [i, area] of untouched.sort((a, b) => a.priority - b.priority).entries()) {
        await tx.gapArea.update({ where: { id: area.id, userId }, data: { priority: wizard.areas.length + i + 1 } });
      }

      const sprint = await tx.sprint.findFirst({
        where: { userId, endedAt: null },
        orderBy: { startOn: "desc" },
        select: { id: true },
      });
      if (sprint)
        await tx.sprint.update({
          where: { id: sprint.id, userId },
          data: { startOn: dayToDate(wizard.sprintStartOn) },
        });
      else await tx.sprint.create({ data: { userId, startOn: dayToDate(wizard.sprintStartOn) } });

      await tx.user.update({
        where: { id: userId },
        data: { gapWizardState: Prisma.DbNull, gapWizardCompletedAt: new Date() },
      });
    });
    revalidateMap();
    return { areas: wizard.areas.length };
  },
  "completeWizardAction",
);

/** One dream-team profile: kept while it says something or links someone, removed when emptied. */
async function writeSlot(
  tx: Tx,
  userId: string,
  gapAreaId: string,
  category: MentorCategory,
  profile: string,
  mentorIds: string[],
) {
  if (!profile && !mentorIds.length) {
    await tx.dreamTeamSlot.deleteMany({ where: { userId, gapAreaId, category } });
    return;
  }
  const slot = await tx.dreamTeamSlot.upsert({
    where: { gapAreaId_category: { gapAreaId, category } },
    create: { userId, gapAreaId, category, profile },
    update: { profile },
    select: { id: true },
  });
  await tx.dreamTeamMatch.deleteMany({ where: { userId, slotId: slot.id } });
  await tx.dreamTeamMatch.createMany({ data: mentorIds.map((mentorId) => ({ userId, slotId: slot.id, mentorId })) });
}

function revalidateMap() {
  revalidatePath("/dashboard");
  revalidatePath("/gaps");
  revalidatePath("/sprint");
}

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
