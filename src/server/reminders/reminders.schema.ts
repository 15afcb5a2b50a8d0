import { z } from "zod";
import { id, optionalDay } from "../shared.schema";

export const snoozeReminderSchema = z.object({
  id: id("reminder"),
  choice: z.enum(["day", "week", "custom"], { error: "Snooze for a day, a week or until a day you choose." }),
  until: optionalDay("the day it should come back"),
});

export const reminderIdSchema = z.object({ id: id("reminder") });
