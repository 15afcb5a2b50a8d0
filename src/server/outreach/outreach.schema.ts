import { z } from "zod";
import { MAX_CADENCE_DAYS } from "@/domain/cadence";
import { LIMITS, MAX_FOLLOW_UP_DAYS, MAX_RESEARCH_LINKS, THREE } from "@/domain/outreach";
import { channel } from "../check-ins/check-ins.schema";
import { clearableText, day, emptyToUndefined, id, optionalDay } from "../shared.schema";

const text = (max: number, label: string) => clearableText(max, label).default("");

/** Up to `max` lines of text (a form sends one field per line); blanks dropped. */
const lines = (max: number, itemMax: number, label: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .pipe(z.array(z.string().trim().max(itemMax, `${label}: each must be at most ${itemMax} characters.`)))
    .transform((list) => list.filter(Boolean))
    .pipe(z.array(z.string()).max(max, `${label}: at most ${max}.`));

const link = z.object({
  url: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z
      .url({ protocol: /^https?$/, error: "A link must be a web address starting with http:// or https://." })
      .max(500, "A link must be at most 500 characters."),
  ),
  note: z
    .string()
    .trim()
    .max(LIMITS.linkNote, `A note on a link must be at most ${LIMITS.linkNote} characters.`)
    .default(""),
});

/**
 * The value creation challenge. Links arrive as parallel `linkUrl`/`linkNote` fields
 * from the form, or as `links` from code; rows with neither are dropped.
 */
export const researchSchema = z.preprocess(
  (raw) => {
    if (!raw || typeof raw !== "object" || "links" in raw) return raw;
    const r = raw as Record<string, unknown>;
    const list = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
    const urls = list(r.linkUrl);
    const notes = list(r.linkNote);
    const links = urls
      .map((url, i) => ({ url, note: notes[i] ?? "" }))
      .filter((l) => String(l.url ?? "").trim() || String(l.note ?? "").trim());
    return { ...r, links };
  },
  z.object({
    mentorId: id("mentor"),
    links: z.array(link).max(MAX_RESEARCH_LINKS, `Add at most ${MAX_RESEARCH_LINKS} links.`).default([]),
    challenges: lines(THREE, LIMITS.challenge, "Challenges"),
    waysToHelp: lines(THREE, LIMITS.wayToHelp, "Ways I could help"),
    whatINeed: text(LIMITS.whatINeed, "What I need"),
    whatIOffer: text(LIMITS.whatIOffer, "What I offer"),
    /** "Mark researched": checks it is complete and moves a prospect to Researched. */
    complete: z.preprocess((v) => v === true || v === "1" || v === "on" || v === "true", z.boolean()).default(false),
  }),
);

const followUpDays = z.preprocess(
  emptyToUndefined,
  z.coerce
    .number({ error: "Follow up after a number of days." })
    .int("Follow up after a whole number of days.")
    .min(1, "Follow up after at least 1 day.")
    .max(MAX_FOLLOW_UP_DAYS, `Follow up within ${MAX_FOLLOW_UP_DAYS} days.`)
    .optional(),
);

export const messageSchema = z.object({
  mentorId: id("mentor"),
  subject: text(LIMITS.subject, "The subject"),
  compliment: text(LIMITS.compliment, "The compliment"),
  ask: text(LIMITS.ask, "The ask"),
  offer: text(LIMITS.offer, "The offer"),
  easyOut: text(LIMITS.easyOut, "The easy way to say no"),
  followUpDays,
});

/** "Mark as sent": the message as it went, and when to follow up. */
export const markSentSchema = messageSchema.extend({
  sentOn: optionalDay("the date it was sent"),
});

export const replySchema = z.object({
  mentorId: id("mentor"),
  reply: z.enum(["YES", "NO", "NO_ANSWER"], { error: "Choose yes, no or no answer." }),
  revisitAfterOn: optionalDay("the revisit date"),
});

export const prepSchema = z.object({
  mentorId: id("mentor"),
  /** One per line from the form's textarea, or a list. */
  prepQuestions: z.preprocess(
    (v) => (typeof v === "string" ? v.split(/\r?\n/) : v),
    lines(LIMITS.prepQuestions, LIMITS.prepQuestion, "Questions"),
  ),
  conversationNotes: text(LIMITS.conversationNotes, "Notes"),
});

export const finishConversationSchema = z.object({
  mentorId: id("mentor"),
  occurredOn: day("the date of the conversation"),
  channel,
  conversationNotes: text(LIMITS.conversationNotes, "Notes"),
  takeaways: text(LIMITS.takeaways, "Takeaways"),
  thankYouNote: text(LIMITS.thankYouNote, "The thank-you note"),
  cadenceDays: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: "Choose a follow-up rhythm." })
      .int("The rhythm must be a whole number of days.")
      .min(1, "The rhythm must be at least 1 day.")
      .max(MAX_CADENCE_DAYS, `The rhythm must be at most ${MAX_CADENCE_DAYS} days.`),
  ),
});
