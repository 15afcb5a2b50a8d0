import { z } from "zod";
import { channel } from "../check-ins/check-ins.schema";
import { checkbox, id } from "../shared.schema";

export const calendarAddressSchema = z.object({
  url: z
    .string({ error: "Paste your calendar's private address." })
    .trim()
    .min(1, "Paste your calendar's private address.")
    .max(2_000, "A calendar address is at most 2,000 characters."),
  autoLogExactEmail: checkbox,
});

export const calendarOptionsSchema = z.object({ autoLogExactEmail: checkbox });

/** The form fields sent with an uploaded .ics file. */
export const calendarUploadSchema = z.object({ autoLogExactEmail: checkbox });

export const proposalIdSchema = z.object({ id: id("meeting") });

export const logProposalSchema = z.object({ id: id("meeting"), channel: channel.optional() });
