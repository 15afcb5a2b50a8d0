"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { readCalendarAddress } from "@/domain/calendar-address";
import { CalendarFileError } from "@/domain/calendar-events";
import { ActionError, authedAction, fieldError, notFound } from "../action";
import { db } from "../db";
import { calendarAddressSchema, calendarOptionsSchema, logProposalSchema, proposalIdSchema } from "./calendar.schema";
import { fetchCalendar } from "./calendar-fetch";
import { logProposal, proposeFromCalendar } from "./calendar-proposals";
import { FETCH_EVERY_MS, fetchOptions, readCalendarAt, readingError } from "./calendar-sync";

const changed = () => {
  revalidatePath("/settings");
  revalidatePath("/dashboard");
};

/**
 * Connects the calendar at a private ICS address: read at once (a refusal or a
 * failure is said on the field, and nothing is saved), then again on a schedule.
 */
export const saveCalendarAddressAction = authedAction(
  calendarAddressSchema,
  async ({ url, autoLogExactEmail }, { userId }) => {
    const address = readCalendarAddress(url, fetchOptions());
    if (!address.ok) throw fieldError("url", address.error);
    let ics: string;
    try {
      ics = await fetchCalendar(address.url.href, fetchOptions());
    } catch (error) {
      throw fieldError("url", readingError(error));
    }
    const reading = await proposeFromCalendar(userId, ics, autoLogExactEmail).catch((error: unknown) => {
      throw error instanceof CalendarFileError ? fieldError("url", error.message) : error;
    });
    const now = new Date();
    const source = {
      url: address.url.href,
      fileName: null,
      autoLogExactEmail,
      lastReadAt: now,
      lastError: null,
      nextFetchAt: new Date(+now + FETCH_EVERY_MS),
    };
    await db.calendarSource.upsert({ where: { userId }, create: { userId, ...source }, update: source });
    changed();
    return reading;
  },
  "saveCalendarAddressAction",
);

/** "Read it now": the saved address, out of turn; the outcome is kept for Settings as a scheduled read's is. */
export const readCalendarNowAction = authedAction(
  z.object({}),
  async (_input, { userId }) => {
    const source = await db.calendarSource.findUnique({ where: { userId } });
    if (!source?.url) throw new ActionError("There is no calendar address to read: paste one first.");
    try {
      const reading = await readCalendarAt(userId, source.url, source.autoLogExactEmail);
      await db.calendarSource.updateMany({
        where: { userId, url: source.url },
        data: { lastReadAt: new Date(), lastError: null, nextFetchAt: new Date(Date.now() + FETCH_EVERY_MS) },
      });
      changed();
      return reading;
    } catch (error) {
      const message = readingError(error);
      await db.calendarSource.updateMany({ where: { userId, url: source.url }, data: { lastError: message } });
      changed();
      throw new ActionError(message);
    }
  },
  "readCalendarNowAction",
);

export const setCalendarOptionsAction = authedAction(
  calendarOptionsSchema,
  async ({ autoLogExactEmail }, { userId }) => {
    const { count } = await db.calendarSource.updateMany({ where: { userId }, data: { autoLogExactEmail } });
    if (!count) throw notFound("Calendar");
    changed();
    return { autoLogExactEmail };
  },
  "setCalendarOptionsAction",
);

/** Disconnects the calendar; meetings still waiting go too, while those decided stay decided. */
export const removeCalendarAction = authedAction(
  z.object({}),
  async (_input, { userId }) => {
    await db.$transaction([
      db.calendarSource.deleteMany({ where: { userId } }),
      db.proposedCheckIn.deleteMany({ where: { userId, status: "PENDING" } }),
    ]);
    changed();
    return { removed: true };
  },
  "removeCalendarAction",
);

/** One click: the meeting becomes a check-in (its day, the guessed or chosen channel) and the clock resets. */
export const logProposalAction = authedAction(
  logProposalSchema,
  async ({ id, channel }, { userId }) => {
    const result = await db.$transaction(async (tx) => {
      const proposal = await tx.proposedCheckIn.findFirst({
        where: { id, userId },
        select: { status: true, mentor: { select: { deletedAt: true } } },
      });
      if (!proposal) throw notFound("Meeting");
      if (proposal.mentor.deletedAt) throw new ActionError("That mentor is no longer on your map.");
      // The claim: a double click or a second tab logs it once.
      const { count } = await tx.proposedCheckIn.updateMany({
        where: { id, userId, status: "PENDING" },
        data: { status: "LOGGED", decidedAt: new Date() },
      });
      if (!count) throw new ActionError("That meeting was already logged or dismissed.");
      return logProposal(tx, userId, id, channel);
    });
    revalidatePath("/mentors", "layout");
    changed();
    return result;
  },
  "logProposalAction",
);

/** "Not a check-in": never offered again (undo puts it back). */
export const dismissProposalAction = authedAction(
  proposalIdSchema,
  async ({ id }, { userId }) => {
    const { count } = await db.proposedCheckIn.updateMany({
      where: { id, userId, status: "PENDING" },
      data: { status: "DISMISSED", decidedAt: new Date() },
    });
    if (!count) throw notFound("Meeting");
    changed();
    return { id };
  },
  "dismissProposalAction",
);

export const undoDismissProposalAction = authedAction(
  proposalIdSchema,
  async ({ id }, { userId }) => {
    const { count } = await db.proposedCheckIn.updateMany({
      where: { id, userId, status: "DISMISSED" },
      data: { status: "PENDING", decidedAt: null },
    });
    if (!count) throw notFound("Meeting");
    changed();
    return { id };
  },
  "undoDismissProposalAction",
);
