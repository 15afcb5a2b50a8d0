import { z } from "zod";
import { MAX_CADENCE_DAYS } from "@/domain/cadence";
import { isDay } from "@/domain/calendar";

/** Pieces the domain schemas share. Forms send "" for an empty field. */

export const id = (what: string) =>
  z
    .string({ error: `Choose a ${what}.` })
    .min(1, `Choose a ${what}.`)
    .max(40, `Unknown ${what}.`);

export const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/**
 * A number from a form field: "" (or no value) becomes `empty`, a string becomes a number;
 * anything else is passed on untouched for the schema to refuse (Number() throws on some objects).
 */
export const formNumber =
  <E extends null | undefined>(empty: E) =>
  (v: unknown) =>
    v === "" || v === undefined || v === null ? empty : typeof v === "string" ? Number(v) : v;

/** A checkbox: "on" from a form, true from code; anything else is off. */
export const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

/** A working hour from a select, 0–24; none chosen is null (the default hours). */
export const workHour = (label: string) =>
  z.preprocess(
    formNumber(null),
    z
      .number({ error: `Choose ${label}.` })
      .int(`Choose ${label}.`)
      .min(0, `Choose ${label} between 0:00 and 24:00.`)
      .max(24, `Choose ${label} between 0:00 and 24:00.`)
      .nullable(),
  );

export const optionalText = (max: number, label: string) =>
  z.preprocess(emptyToUndefined, z.string().trim().max(max, `${label} must be at most ${max} characters.`).optional());

/** A text the user may clear: "" stays "" so the field can be emptied. */
export const clearableText = (max: number, label: string) =>
  z.string().trim().max(max, `${label} must be at most ${max} characters.`);

export const day = (label: string) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .refine(isDay, `Enter ${label} as a real date (YYYY-MM-DD).`);

export const optionalDay = (label: string) => z.preprocess(emptyToUndefined, day(label).optional());

export const rating = (label: string) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: `${label} must be a number from 1 to 10.` })
      .int(`${label} must be a whole number from 1 to 10.`)
      .min(1, `${label} must be from 1 to 10.`)
      .max(10, `${label} must be from 1 to 10.`)
      .optional(),
  );

export const cadenceDays = z.preprocess(
  emptyToUndefined,
  z.coerce
    .number({ error: "The cadence must be a number of days." })
    .int("The cadence must be a whole number of days.")
    .min(1, "The cadence must be at least 1 day.")
    .max(MAX_CADENCE_DAYS, `The cadence must be at most ${MAX_CADENCE_DAYS} days.`)
    .optional(),
);

export const stringList = (max: number, tooMany: string, item: z.ZodString) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .pipe(z.array(item).max(max, tooMany));

/** A person's name: a mentor's, a mentee's. */
export const personName = z
  .string({ error: "Enter a name." })
  .trim()
  .min(1, "Enter a name.")
  .max(200, "A name must be at most 200 characters.");

/** A person's email address, optional; kept lowercase. */
export const optionalEmail = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toLowerCase() || undefined : v),
  z
    .email("Enter a valid email address, or leave it empty.")
    .max(320, "An email must be at most 320 characters.")
    .optional(),
);
