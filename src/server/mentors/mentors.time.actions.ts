"use server";

import { timeTogether } from "@/domain/working-hours";
import { authedAction, notFound } from "../action";
import { db } from "../db";
import { mentorIdSchema } from "./mentors.schema";

/**
 * A mentor's time now and the coming hours both are at work, for the quick
 * check-in (the mentor's page renders the same on the server). Null when the
 * mentor has no known time zone.
 */
export const timeTogetherAction = authedAction(
  mentorIdSchema,
  async ({ id }, { userId, timeZone }) => {
    const [mentor, user] = await Promise.all([
      db.mentor.findFirst({
        where: { id, userId, deletedAt: null },
        select: { timeZone: true, workStartHour: true, workEndHour: true },
      }),
      db.user.findUniqueOrThrow({ where: { id: userId }, select: { workStartHour: true, workEndHour: true } }),
    ]);
    if (!mentor) throw notFound("Mentor");
    const t = timeTogether(
      { zone: timeZone, startHour: user.workStartHour, endHour: user.workEndHour },
      { zone: mentor.timeZone, startHour: mentor.workStartHour, endHour: mentor.workEndHour },
      new Date(),
    );
    return t
      ? {
          zone: t.theirs.zone,
          theirTime: t.theirTime,
          theirDay: t.theirDay,
          offset: t.offset,
          windows: t.windows.map((w) => w.label),
        }
      : null;
  },
  "timeTogetherAction",
);
