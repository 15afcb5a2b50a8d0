import { z } from "zod";
import { isKnownTimeZone } from "@/domain/time-zone";
import { checkbox, formNumber, workHour } from "../shared.schema";

export { isKnownTimeZone };

const whole = (min: number, max: number, message: string) =>
  z.preprocess(formNumber(undefined), z.number({ error: message }).int(message).min(min, message).max(max, message));

export const digestSettingsSchema = z.object({
  timeZone: z
    .string({ error: "Choose your time zone." })
    .trim()
    .max(64, "Choose your time zone from the list.")
    .refine(isKnownTimeZone, "Choose your time zone from the list (for example Europe/London)."),
  digestFrequency: z.enum(["OFF", "DAILY", "WEEKLY"], { error: "Choose off, daily or weekly." }),
  digestWeekday: whole(0, 6, "Choose a day of the week."),
  digestHour: whole(0, 23, "Choose an hour from 0 to 23."),
  digestSendEmpty: checkbox,
});
export type DigestSettingsInput = z.input<typeof digestSettingsSchema>;

/**
 * The user's own name (it signs outreach messages and names their exported map) and,
 * from Settings, their role (suggestions compare a sage's title with it). The gap
 * analysis asks for the name alone: a role left out stays as it was.
 */
export const yourNameSchema = z.object({
  name: z
    .string({ error: "Tell us your name." })
    .trim()
    .min(1, "Tell us your name.")
    .max(80, "Your name must be at most 80 characters."),
  headline: z.string().trim().max(120, "Your role must be at most 120 characters.").optional(),
  /** Left out (the gap analysis): unchanged. */
  workStartHour: workHour("when your working day starts").optional(),
  workEndHour: workHour("when your working day ends").optional(),
});
