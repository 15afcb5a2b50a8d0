import { z } from "zod";
import { clearableText, day, id, optionalDay, stringList } from "../shared.schema";

const winFields = {
  title: z
    .string({ error: "Say what went well." })
    .trim()
    .min(1, "Say what went well.")
    .max(200, "A win's title must be at most 200 characters."),
  description: clearableText(5_000, "The story").default(""),
  occurredOn: day("the date of the win"),
  /** The mentors whose advice helped. */
  mentorIds: stringList(20, "Credit at most 20 people.", id("mentor")),
  sharedPubliclyOn: optionalDay("the date you shared it publicly"),
};

export const createWinSchema = z.object(winFields);
export const updateWinSchema = z.object({ id: id("win"), ...winFields });
export const winIdSchema = z.object({ id: id("win") });

/** "Shared with them": per credited mentor, with the date (cleared with `shared: false`). */
export const shareWithMentorSchema = z.object({
  winId: id("win"),
  mentorId: id("mentor"),
  shared: z.preprocess((v) => v === true || v === "1" || v === "true" || v === "on", z.boolean()),
  sharedOn: optionalDay("the date you told them"),
});

/** Undo of a delete: the win as it was, with who had been told and when. */
export const restoreWinSchema = z.object({
  ...winFields,
  sharedWith: z
    .array(z.object({ mentorId: id("mentor"), sharedOn: day("the date you told them") }))
    .max(20)
    .default([]),
});

/** "Shared publicly" with its date, or cleared. */
export const sharePubliclySchema = z.object({
  id: id("win"),
  shared: z.preprocess((v) => v === true || v === "1" || v === "true" || v === "on", z.boolean()),
  sharedOn: optionalDay("the date you shared it"),
});
