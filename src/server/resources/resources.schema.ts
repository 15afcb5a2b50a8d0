import { z } from "zod";
import { safeWebUrl } from "@/domain/safe-url";
import { ResourceKind } from "@/generated/prisma/enums";
import { clearableText, id } from "../shared.schema";

export const saveResourceSchema = z.object({
  title: z
    .string({ error: "Give it a title." })
    .trim()
    .min(1, "Give it a title.")
    .max(200, "A title must be at most 200 characters."),
  url: z
    .string({ error: "Enter its web address." })
    .trim()
    .max(2_000, "A link must be at most 2,000 characters.")
    .refine((url) => safeWebUrl(url) !== null, "Enter a web address starting with https:// or http://.")
    .transform((url) => safeWebUrl(url)!),
  kind: z.enum(ResourceKind, { error: "Say what it is: a video, a voice note, a document or other." }).default("OTHER"),
  questions: clearableText(2_000, "The questions").default(""),
});

/** A resource sent with a sentence of the user's own, to a mentee or to an applicant. */
export const sendResourceSchema = z
  .object({
    resourceId: id("resource"),
    menteeId: id("mentee").optional(),
    applicationId: id("application").optional(),
    sentence: z
      .string({ error: "Add a sentence of your own." })
      .trim()
      .min(1, "Add a sentence of your own.")
      .max(1_000, "Keep it to 1,000 characters."),
  })
  .refine((v) => (v.menteeId === undefined) !== (v.applicationId === undefined), {
    path: ["resourceId"],
    message: "Choose whom to send it to.",
  });

export const resourceIdSchema = z.object({ id: id("resource") });
