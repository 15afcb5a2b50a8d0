"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { dueSlot, nextSlot } from "@/domain/digest-schedule";
import { authedAction } from "../action";
import { db } from "../db";
import { collectDigest, isEmptyDigest } from "../digests/digest-content";
import { appUrl } from "../env";
import { newCalendarToken } from "../reminders/calendar-feed";
import { digestPeriodSettled } from "./settings.queries";
import { digestSettingsSchema, yourNameSchema } from "./settings.schema";

export const updateDigestSettingsAction = authedAction(
  digestSettingsSchema,
  async (input, { userId }) => {
    await db.user.update({
      where: { id: userId },
      data: {
        timeZone: input.timeZone,
        digestFrequency: input.digestFrequency,
        digestWeekday: input.digestWeekday,
        digestHour: input.digestHour,
        digestSendEmpty: input.digestSendEmpty,
        // Choosing a schedule again is consent again.
        // Saving again is also how digests paused by bounces resume.
        ...(input.digestFrequency !== "OFF"
          ? { digestUnsubscribedAt: null, digestPausedAt: null, digestPausedReason: null, digestBounces: 0 }
          : {}),
      },
    });
    revalidatePath("/settings");
    revalidatePath("/dashboard");
    return { saved: true };
  },
  "updateDigestSettingsAction",
);

export const updateNameAction = authedAction(
  yourNameSchema,
  async ({ name, headline, workStartHour, workEndHour }, { userId }) => {
    await db.user.update({
      where: { id: userId },
      data: {
        name,
        ...(headline === undefined ? {} : { headline: headline || null }),
        ...(workStartHour == null ? {} : { workStartHour }),
        ...(workEndHour == null ? {} : { workEndHour }),
      },
    });
    // The account menu, the composer's signature and the map's title all show it.
    revalidatePath("/", "layout");
    return { name };
  },
  "updateNameAction",
);

/**
 * A new calendar feed URL. The old one stops working at once; the database keeps
 * only the new secret's hash, so the URL is shown now, to be copied.
 */
export const rotateCalendarTokenAction = authedAction(
  z.object({}),
  async (_input, { userId }) => {
    const { token, hash } = newCalendarToken();
    await db.user.update({ where: { id: userId }, data: { calendarTokenHash: hash } });
    const baseUrl = appUrl();
    revalidatePath("/settings");
    return { url: `${baseUrl}/api/calendar/${token}.ics` };
  },
  "rotateCalendarTokenAction",
);

/** What the next digest would be with these (unsaved) settings: when, and what it would say now. */
export const previewDigestAction = authedAction(
  digestSettingsSchema,
  async (input, { userId }) => {
    const now = new Date();
    const settings = {
      frequency: input.digestFrequency,
      weekday: input.digestWeekday,
      hour: input.digestHour,
      timeZone: input.timeZone,
    };
    // Once the chosen hour has come, today's digest goes out on the scheduler's next pass (every five minutes) unless it already has.
    const due = dueSlot(settings, now);
    const dueNow = due !== null && !(await digestPeriodSettled(userId, due.period));
    const slot = dueNow ? due : nextSlot(settings, now);
    if (!slot) return { slot: null, content: null, willSend: false };
    const content = await collectDigest({ id: userId, timeZone: input.timeZone }, now);
    // Written here, not in the browser: a page's first Intl formatter with a time zone loads
    // the browser's ICU zone data, a long task (~180 ms on Lighthouse's phone) after hydration.
    const sendAtLabel = new Intl.DateTimeFormat("en-GB", {
      weekday: "long",
      day: "numeric",
      month: "long",
      hour: "2-digit",
      minute: "2-digit",
      timeZone: input.timeZone,
    }).format(slot.sendAt);
    return {
      slot: { day: slot.day, sendAt: slot.sendAt.toISOString(), sendAtLabel, soon: dueNow },
      content,
      willSend: input.digestSendEmpty || !isEmptyDigest(content),
    };
  },
  "previewDigestAction",
);
