import { z } from "zod";
import { SESSION_MINUTES, TIME_PATTERN } from "@/domain/group-sessions";
import { clearableText, day, id, stringList } from "../shared.schema";

const menteeIds = stringList(50, "Invite at most 50 people at once.", z.string().min(1).max(40));

export const scheduleGroupSessionSchema = z.object({
  title: z
    .string({ error: "Give the session a title." })
    .trim()
    .min(1, "Give the session a title.")
    .max(200, "A title must be at most 200 characters."),
  day: day("the day of the session"),
  time: z.string({ error: "Enter a time such as 18:30." }).trim().regex(TIME_PATTERN, "Enter a time such as 18:30."),
  durationMinutes: z.coerce
    .number({ error: "A session lasts 15 minutes to 8 hours." })
    .int("A session lasts 15 minutes to 8 hours.")
    .min(SESSION_MINUTES.min, "A session lasts 15 minutes to 8 hours.")
    .max(SESSION_MINUTES.max, "A session lasts 15 minutes to 8 hours."),
  menteeIds: menteeIds.refine((ids) => ids.length > 0, "Invite at least one person you mentor."),
  notes: clearableText(2_000, "The agenda").default(""),
});

/** Who came, and the notes shared with everyone. */
export const recordAttendanceSchema = z.object({
  id: id("group session"),
  attendedIds: menteeIds,
  notes: clearableText(5_000, "The shared notes").default(""),
});
