import { z } from "zod";
import { CheckInChannel } from "@/generated/prisma/enums";
import { clearableText, day, id } from "../shared.schema";

export const channel = z.enum(CheckInChannel, {
  error: "Choose how you met: coffee, call, video, async, document, email or event.",
});

const followUp = z.object({
  title: z.string().trim().min(1, "Describe the follow-up.").max(200, "A follow-up must be at most 200 characters."),
  dueOn: day("a due date for the follow-up"),
});

const checkInFields = {
  occurredOn: day("the date of the check-in"),
  channel,
  notes: clearableText(10_000, "Notes").default(""),
  takeaways: clearableText(5_000, "Takeaways").default(""),
};

export const logCheckInSchema = z.object({
  mentorId: id("mentor"),
  ...checkInFields,
  followUps: z.array(followUp).max(10, "Add at most 10 follow-ups.").default([]),
});
export type LogCheckInInput = z.input<typeof logCheckInSchema>;

export const updateCheckInSchema = z.object({ id: id("check-in"), ...checkInFields });

export const checkInIdSchema = z.object({ id: id("check-in") });
