import { z } from "zod";
import { isKnownTimeZone } from "@/domain/time-zone";
import { MenteeStage } from "@/generated/prisma/enums";
import {
  cadenceDays,
  checkbox,
  clearableText,
  day,
  id,
  optionalDay,
  optionalEmail,
  optionalText,
  personName,
  workHour,
} from "../shared.schema";

const name = personName;
const email = optionalEmail;

export const menteeStage = z.enum(MenteeStage, { error: "Choose a stage." });

const goals = clearableText(5_000, "Goals").default("");

/** "Add someone you mentor". */
export const createMenteeSchema = z.object({
  name,
  email,
  headline: optionalText(200, "Role"),
  organisation: optionalText(200, "Organisation"),
  goals,
  stage: menteeStage.default("ACTIVE"),
  /** A session every N days; an active mentee without one has no rhythm. */
  cadenceDays,
});
export type CreateMenteeInput = z.input<typeof createMenteeSchema>;

/** The mentee's page: who they are, their goals and the session rhythm. */
export const updateMenteeSchema = z.object({
  id: id("mentee"),
  name,
  email,
  headline: optionalText(200, "Role"),
  organisation: optionalText(200, "Organisation"),
  timeZone: optionalText(64, "Time zone").refine(
    (zone) => zone === undefined || isKnownTimeZone(zone),
    "Use a time zone such as Europe/Stockholm, America/New_York or Asia/Kolkata.",
  ),
  workStartHour: workHour("when their working day starts").default(null),
  workEndHour: workHour("when their working day ends").default(null),
  goals,
  notes: clearableText(20_000, "Notes").default(""),
  cadenceDays,
  nextSessionOn: optionalDay("the next session"),
});

export const changeMenteeStageSchema = z.object({ id: id("mentee"), stage: menteeStage });

export const menteeIdSchema = z.object({ id: id("mentee") });

/** A mentee's win, credited to your mentoring. */
export const logMenteeWinSchema = z.object({
  menteeId: id("mentee"),
  title: z
    .string({ error: "Say what they achieved." })
    .trim()
    .min(1, "Say what they achieved.")
    .max(200, "A win must be at most 200 characters."),
  description: clearableText(2_000, "The story").default(""),
  occurredOn: day("the date of the win"),
  /** They agreed to have it shared (the impact page's stories). */
  story: checkbox.default(false),
});

export const menteeWinIdSchema = z.object({ id: id("win") });

/** Introducing two of the people the user mentors to each other: only with both one's consent. */
export const introduceMenteesSchema = z
  .object({
    menteeId: id("mentee"),
    otherId: id("mentee"),
    consent: checkbox.default(false),
    otherConsent: checkbox.default(false),
    note: z
      .string({ error: "Say why they should meet." })
      .trim()
      .min(1, "Say why they should meet.")
      .max(2_000, "Keep it to 2,000 characters."),
  })
  .superRefine((v, ctx) => {
    if (v.menteeId === v.otherId)
      ctx.addIssue({ code: "custom", path: ["otherId"], message: "Choose someone else to introduce them to." });
    if (!v.consent) ctx.addIssue({ code: "custom", path: ["consent"], message: "Only with their consent." });
    if (!v.otherConsent)
      ctx.addIssue({ code: "custom", path: ["otherConsent"], message: "Only with their consent too." });
  });
