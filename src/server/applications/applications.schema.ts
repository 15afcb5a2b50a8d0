import { z } from "zod";
import { FIELD_LIMITS, MAX_QUESTIONS, plainText, SLUG_MAX, SLUG_MIN, SLUG_PATTERN } from "@/domain/applications";
import { checkbox, id } from "../shared.schema";

/** A text from the public form: plain text, within its limit (measured after cleaning). */
const text = (max: number, label: string, required: string | null) => {
  const base = z
    .string({ error: required ?? `${label} must be text.` })
    .transform(plainText)
    .pipe(z.string().max(max, `${label} must be at most ${max.toLocaleString("en")} characters.`));
  return required ? base.pipe(z.string().min(1, required)) : base;
};

/** The owner's settings of their application page. */
export const applicationPageSchema = z.object({
  slug: z
    .string({ error: "Choose the page's address." })
    .trim()
    .toLowerCase()
    .min(SLUG_MIN, `The address must be at least ${SLUG_MIN} characters.`)
    .max(SLUG_MAX, `The address must be at most ${SLUG_MAX} characters.`)
    .regex(SLUG_PATTERN, "Use lowercase letters, digits and single hyphens, such as ada-lovelace."),
  open: checkbox.default(false),
  introduction: text(2_000, "The introduction", null).default(""),
  helpWith: text(2_000, "What you can help with", null).default(""),
  placesPerQuarter: z.coerce
    .number({ error: "Places must be a number." })
    .int("Places must be a whole number.")
    .min(0, "Places cannot be negative.")
    .max(50, "Offer at most 50 places a quarter."),
  /** One question per line, from a textarea; or a list. */
  questions: z
    .preprocess(
      (v) => (typeof v === "string" ? v.split("\n") : v),
      z.array(z.string().transform(plainText)).transform((qs) => qs.filter(Boolean)),
    )
    .pipe(
      z
        .array(z.string().max(FIELD_LIMITS.question, `A question must be at most ${FIELD_LIMITS.question} characters.`))
        .max(MAX_QUESTIONS, `Ask at most ${MAX_QUESTIONS} questions.`),
    )
    .default([]),
});

/**
 * What an applicant sends. `website` is the honeypot (a field people never see);
 * `stamp` says when the page was served. Answers are matched to the page's questions by position.
 */
export const applySchema = z.object({
  name: text(FIELD_LIMITS.name, "Your name", "Enter your name."),
  email: z
    .string({ error: "Enter your email address." })
    .trim()
    .toLowerCase()
    .max(FIELD_LIMITS.email, `An email must be at most ${FIELD_LIMITS.email} characters.`)
    .pipe(z.email("Enter a valid email address.")),
  answers: z
    .array(text(FIELD_LIMITS.answer, "An answer", "Answer each question."))
    .max(MAX_QUESTIONS, "Too many answers.")
    .default([]),
  website: z.string().max(500).optional(),
  stamp: z.string().max(100).default(""),
});

export const applicationIdSchema = z.object({ id: id("application") });

/** Declining, with the kind reply (drafted from a template, edited by the owner) sent by mail, or without one. */
export const declineApplicationSchema = z
  .object({
    id: id("application"),
    reply: text(5_000, "The reply", null).default(""),
    send: checkbox.default(false),
  })
  .refine((v) => !v.send || v.reply.length > 0, {
    path: ["reply"],
    message: "Write the reply, or decline without sending one.",
  });

export const confirmApplicationSchema = z.object({
  token: z
    .string()
    .min(20)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/),
});
