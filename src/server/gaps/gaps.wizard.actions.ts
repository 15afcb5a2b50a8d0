"use server";

import { dayToDate, todayIn } from "@/domain/calendar";
import { areaNameKey, MAX_GAP_AREAS } from "@/domain/gap-areas";
import { sprintStartProblem } from "@/domain/sprint";
import { Prisma } from "@/generated/prisma/client";
import type { MentorCategory } from "@/generated/prisma/enums";
import { ActionError, authedAction } from "../action";
import { db } from "../db";
import { lockUser } from "../ownership";
import { INVALID, revalidateMap, writeSlot } from "./gap-writes";
import { completedWizardSchema, firstInvalidStep, pathErrors, wizardDraftSchema } from "./gaps.schema";

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
