import { z } from "zod";
import { ValueDirection, ValueExchangeKind } from "@/generated/prisma/enums";
import { clearableText, day, id } from "../shared.schema";

export const logValueExchangeSchema = z.object({
  mentorId: id("mentor"),
  direction: z.enum(ValueDirection, { error: "Say whether you gave or received." }),
  kind: z.enum(ValueExchangeKind, { error: "Choose what kind of value it was." }),
  description: clearableText(2_000, "The description").default(""),
  occurredOn: day("the date"),
});
export type LogValueExchangeInput = z.input<typeof logValueExchangeSchema>;

export const valueExchangeIdSchema = z.object({ id: id("value exchange") });
