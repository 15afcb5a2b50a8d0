import { z } from "zod";
import { ValueDirection, ValueExchangeKind } from "@/generated/prisma/enums";
import { day, id } from "../shared.schema";

/** With a mentor, or with someone the user mentors (what they teach back): exactly one of the two. */
export const logValueExchangeSchema = z
  .object({
    mentorId: id("mentor").optional(),
    menteeId: id("mentee").optional(),
    direction: z.enum(ValueDirection, { error: "Say whether you gave or received." }),
    kind: z.enum(ValueExchangeKind, { error: "Choose what kind of value it was." }),
    // An exchange with no "what" says nothing a balance or a brief could use.
    description: z
      .string({ error: "Say what was given or received." })
      .trim()
      .min(1, "Say what was given or received.")
      .max(2_000, "The description must be at most 2000 characters."),
    occurredOn: day("the date"),
  })
  .refine((v) => (v.mentorId === undefined) !== (v.menteeId === undefined), {
    path: ["mentorId"],
    message: "Choose who the value was exchanged with.",
  });
export type LogValueExchangeInput = z.input<typeof logValueExchangeSchema>;

export const valueExchangeIdSchema = z.object({ id: id("value exchange") });
