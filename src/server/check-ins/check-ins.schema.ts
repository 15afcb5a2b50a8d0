import { z } from "zod";
import { safeWebUrl } from "@/domain/safe-url";
import { CheckInChannel } from "@/generated/prisma/enums";
import { clearableText, day, formNumber, id } from "../shared.schema";

export const channel = z.enum(CheckInChannel, {
  error: "Choose how you met: coffee, call, video, async, document, email or event.",
});

const followUp = z.object({
  title: z.string().trim().min(1, "Describe the follow-up.").max(200, "A follow-up must be at most 200 characters."),
  dueOn: day("a due date for the follow-up"),
});

/** Links to a video or voice note or a shared document: a list, or from a form one per line; http and https only. */
export const checkInLinks = z.preprocess(
  (v) => (typeof v === "string" ? v.split(/\s+/).filter(Boolean) : v),
  z
    .array(
      z
        .string()
        .trim()
        .max(2_000, "A link must be at most 2,000 characters.")
        .refine((url) => safeWebUrl(url) !== null, "A link must be a web address starting with https:// or http://.")
        .transform((url) => safeWebUrl(url)!),
    )
    .max(5, "Add at most 5 links.")
    .default([]),
);

const checkInFields = {
  occurredOn: day("the date of the check-in"),
  channel,
  notes: clearableText(10_000, "Notes").default(""),
  takeaways: clearableText(5_000, "Takeaways").default(""),
  links: checkInLinks,
  /** A session's length, asked for sessions with mentees (the impact page's hours); left as it was when not sent. */
  durationMinutes: z.preprocess(
    formNumber(undefined),
    z
      .number({ error: "The length must be a number of minutes." })
      .int("The length must be a whole number of minutes.")
      .min(5, "A session lasts 5 minutes to 10 hours.")
      .max(600, "A session lasts 5 minutes to 10 hours.")
      .optional(),
  ),
};

/** A check-in is with a mentor, or a session with someone the user mentors: exactly one of the two. */
export const logCheckInSchema = z
  .object({
    mentorId: id("mentor").optional(),
    menteeId: id("mentee").optional(),
    ...checkInFields,
    followUps: z.array(followUp).max(10, "Add at most 10 follow-ups.").default([]),
  })
  .refine((v) => (v.mentorId === undefined) !== (v.menteeId === undefined), {
    path: ["mentorId"],
    message: "Choose who the check-in was with.",
  });
export type LogCheckInInput = z.input<typeof logCheckInSchema>;

export const updateCheckInSchema = z.object({ id: id("check-in"), ...checkInFields });

export const checkInIdSchema = z.object({ id: id("check-in") });
