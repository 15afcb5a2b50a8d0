import { z } from "zod";
import { MentorCategory } from "@/generated/prisma/enums";
import { id } from "../shared.schema";

/** One gap: an area and a category. */
export const gapSchema = z.object({
  gapAreaId: id("gap area"),
  category: z.enum(MentorCategory, { error: "Choose one of the five categories." }),
});

/** A suggestion for a gap: added to it, or not a fit. */
export const suggestionSchema = gapSchema.extend({ mentorId: id("mentor") });

/** /gaps?suggest=PEER&area=<id>: the page comes with that gap's suggestions. */
export const suggestionsRequestSchema = z.object({
  suggest: z.enum(MentorCategory),
  area: z.string().min(1).max(64),
});
