import { z } from "zod";
import { MentorCategory, MentorStage } from "@/generated/prisma/enums";

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .optional()
    .transform((v) => (v ? v : undefined));

/** The "Add mentor" form and createMentorAction share this. */
export const createMentorSchema = z.object({
  name: z.string({ error: "Enter a name." }).trim().min(1, "Enter a name.").max(200, "A name must be at most 200 characters."),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(320, "An email must be at most 320 characters.")
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.email("Enter a valid email address, or leave it empty.").optional()),
  headline: optionalText(200, "Role"),
  organisation: optionalText(200, "Organisation"),
  category: z.enum(MentorCategory, { error: "Choose one of the five categories." }),
  stage: z.enum(MentorStage, { error: "Choose a stage." }).default("PROSPECT"),
  gapAreaIds: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .pipe(z.array(z.string().min(1).max(40)).max(12, "Choose at most 12 gap areas.")),
});

export type CreateMentorInput = z.input<typeof createMentorSchema>;

export const mentorListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
