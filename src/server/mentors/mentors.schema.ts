import { z } from "zod";
import { isKnownTimeZone } from "@/domain/time-zone";
import { MentorCategory, MentorStage } from "@/generated/prisma/enums";
import {
  cadenceDays,
  clearableText,
  id,
  optionalDay,
  optionalEmail,
  optionalText,
  personName,
  rating,
  stringList,
  workHour,
} from "../shared.schema";

const name = personName;
const email = optionalEmail;

const url = (label: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.trim() || undefined : v),
    z
      .url({ protocol: /^https?$/, error: `${label} must be a web address starting with http:// or https://.` })
      .max(500, `${label} must be at most 500 characters.`)
      .optional(),
  );

export const category = z.enum(MentorCategory, { error: "Choose one of the five categories." });
export const stage = z.enum(MentorStage, { error: "Choose a stage." });

const gapAreaIds = stringList(12, "Choose at most 12 gap areas.", z.string().min(1).max(40));

const tags = z.preprocess(
  (v) => (typeof v === "string" ? v.split(",") : v),
  z
    .array(z.string().trim().toLowerCase().max(40, "A tag must be at most 40 characters."))
    .max(20, "Use at most 20 tags.")
    .transform((list) => [...new Set(list.filter(Boolean))]),
);

/** The "Add mentor" form and createMentorAction share this. */
export const createMentorSchema = z.object({
  name,
  email,
  headline: optionalText(200, "Role"),
  organisation: optionalText(200, "Organisation"),
  linkedinUrl: url("LinkedIn"),
  websiteUrl: url("Website"),
  category,
  stage: stage.default("PROSPECT"),
  gapAreaIds,
  /** Asked for a live relationship; an active one without it gets its category's suggested rhythm. */
  cadenceDays,
});
export type CreateMentorInput = z.input<typeof createMentorSchema>;

/** The profile, edited in place on the mentor page. */
export const updateMentorProfileSchema = z.object({
  id: id("mentor"),
  name,
  email,
  headline: optionalText(200, "Role"),
  organisation: optionalText(200, "Organisation"),
  linkedinUrl: url("LinkedIn"),
  websiteUrl: url("Website"),
  location: optionalText(200, "Location"),
  timeZone: optionalText(64, "Time zone").refine(
    (zone) => zone === undefined || isKnownTimeZone(zone),
    "Use a time zone such as Europe/Stockholm, America/New_York or Asia/Kolkata.",
  ),
  workStartHour: workHour("when their working day starts").default(null),
  workEndHour: workHour("when their working day ends").default(null),
  howWeMet: optionalText(1000, "How we met"),
  notes: clearableText(20_000, "Notes").default(""),
  tags: tags.default([]),
});

/** A note added to a mentor (offline too): appended to their notes under the day it was written. */
export const addMentorNoteSchema = z.object({
  id: id("mentor"),
  note: z
    .string({ error: "Write a note." })
    .trim()
    .min(1, "Write a note.")
    .max(5_000, "A note must be at most 5,000 characters."),
  writtenOn: optionalDay("the day of the note"),
});

/** The relationship panel. */
export const updateRelationshipSchema = z.object({
  id: id("mentor"),
  category,
  gapAreaIds,
  cadenceDays,
  nextCheckInOn: optionalDay("the next check-in"),
  valueReceivedRating: rating("Value received"),
  valueProvidedRating: rating("Value provided"),
  growthPotentialRating: rating("Growth potential"),
});

export const changeStageSchema = z.object({
  id: id("mentor"),
  stage,
  revisitAfterOn: optionalDay("the revisit date"),
  note: optionalText(500, "The note"),
});

export const mentorIdSchema = z.object({ id: id("mentor") });

const mentorIds = z
  .array(id("mentor"))
  .min(1, "Select at least one mentor.")
  .max(500, "Select at most 500 mentors at once.");
export const mentorIdsSchema = z.object({ ids: mentorIds });

export const bulkMentorsSchema = z
  .object({
    ids: mentorIds,
    operation: z.enum(["stage", "category", "addTag", "removeTag", "archive", "unarchive", "delete"], {
      error: "Choose what to do with the selected mentors.",
    }),
    stage: stage.optional(),
    category: category.optional(),
    tag: z
      .string()
      .trim()
      .toLowerCase()
      .min(1, "Enter a tag.")
      .max(40, "A tag must be at most 40 characters.")
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.operation === "stage" && !v.stage)
      ctx.addIssue({ code: "custom", path: ["stage"], message: "Choose a stage." });
    if (v.operation === "category" && !v.category)
      ctx.addIssue({ code: "custom", path: ["category"], message: "Choose a category." });
    if ((v.operation === "addTag" || v.operation === "removeTag") && !v.tag)
      ctx.addIssue({ code: "custom", path: ["tag"], message: "Enter a tag." });
  });

/** The list's query string: every filter is in the URL, so views are shareable and back-button safe. */
const many = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(item)).catch([]);

export const mentorListQuerySchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  category: many(category),
  stage: many(stage),
  area: z.string().max(40).optional().catch(undefined),
  tag: z.string().trim().toLowerCase().max(40).optional().catch(undefined),
  due: z.enum(["overdue", "week"]).optional().catch(undefined),
  oneWay: z.literal("1").optional().catch(undefined),
  archived: z.literal("1").optional().catch(undefined),
  sort: z.enum(["name", "next", "last", "balance"]).catch("name"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  /** Rows per page: 25 by default, 50 or 100 on request. */
  per: z.coerce
    .number()
    .pipe(z.union([z.literal(25), z.literal(50), z.literal(100)]))
    .catch(25),
});
export type MentorListQuery = z.output<typeof mentorListQuerySchema>;

/**
 * The pipeline's address: how many cards each column shows (`?ACTIVE=40` after
 * "Show more"); a missing or bad number is the first page of that column.
 */
const shownCards = z.coerce.number().int().min(1).max(5_000).optional().catch(undefined);
export const pipelineQuerySchema = z.object({
  PROSPECT: shownCards,
  RESEARCHED: shownCards,
  CONTACTED: shownCards,
  IN_CONVERSATION: shownCards,
  ACTIVE: shownCards,
  PAUSED: shownCards,
  DECLINED: shownCards,
});
