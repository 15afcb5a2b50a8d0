import { z } from "zod";
import { ValueExchangeKind } from "@/generated/prisma/enums";
import { category } from "../mentors/mentors.schema";
import { clearableText, day, id, optionalEmail, optionalText } from "../shared.schema";

const email = optionalEmail;

/** One specific question to one person. */
export const createAskSchema = z.object({
  name: z
    .string({ error: "Say whom you asked." })
    .trim()
    .min(1, "Say whom you asked.")
    .max(200, "A name must be at most 200 characters."),
  email,
  organisation: optionalText(200, "Organisation"),
  question: z
    .string({ error: "Write the question." })
    .trim()
    .min(1, "Write the question.")
    .max(1_000, "Keep the question to 1,000 characters: one specific ask."),
  askedOn: day("the day you asked"),
  /** The one follow-up, this many days on; 0 for none. */
  followUpDays: z.coerce
    .number({ error: "Follow up after a number of days." })
    .int("Follow up after a whole number of days.")
    .min(0, "Follow up after 0 to 60 days.")
    .max(60, "Follow up after 0 to 60 days.")
    .default(7),
});

export const answerAskSchema = z.object({
  id: id("ask"),
  answer: clearableText(5_000, "The answer").default(""),
  answeredOn: day("the day they answered"),
  kind: z.enum(ValueExchangeKind, { error: "Choose what kind of help it was." }).default("ADVICE"),
});

export const thankAskSchema = z.object({ id: id("ask"), thankedOn: day("the day you thanked them") });

/** Becoming a full relationship: the category it starts in. */
export const askToMentorSchema = z.object({ id: id("ask"), category });

export const askIdSchema = z.object({ id: id("ask") });
