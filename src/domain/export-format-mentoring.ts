import { z } from "zod";
import {
  channel,
  day,
  id,
  instant,
  long,
  menteeStage,
  reminderStatus,
  short,
  valueKind,
  workHour,
} from "./export-format-fields";

// The export's records of mentoring (src/domain/export-format.ts): the people the user
// mentors and their one-off asks, each with its own history nested inside it.

const followUp = z.object({
  title: short,
  dueOn: day,
  status: reminderStatus,
  snoozedUntil: day.nullable(),
  completedAt: instant.nullable(),
  createdAt: instant,
});

const valueExchange = z.object({
  direction: z.enum(["GAVE", "RECEIVED"]),
  kind: valueKind,
  description: long,
  occurredOn: day,
  createdAt: instant,
});

/** Someone the user mentors, with their stage changes, sessions (and their follow-ups), value exchanged and wins. */
export const menteeRecord = z.object({
  /** Links group sessions to the mentee within the file; files from before group sessions have none. */
  id: id.optional(),
  name: short.min(1),
  email: short.nullable(),
  headline: short.nullable(),
  organisation: short.nullable(),
  timeZone: short.nullable(),
  workStartHour: workHour.nullable(),
  workEndHour: workHour.nullable(),
  goals: long,
  notes: long,
  stage: menteeStage,
  cadenceDays: z.number().int().min(1).max(3650).nullable(),
  nextSessionOn: day.nullable(),
  lastSessionOn: day.nullable(),
  createdAt: instant,
  stageChanges: z.array(z.object({ fromStage: menteeStage.nullable(), toStage: menteeStage, changedAt: instant })),
  sessions: z.array(
    z.object({
      occurredOn: day,
      channel,
      notes: long,
      takeaways: long,
      links: z.array(short).max(5),
      /** Files from before session lengths have none. */
      durationMinutes: z.number().int().min(1).max(1440).nullable().default(null),
      createdAt: instant,
      followUps: z.array(followUp),
    }),
  ),
  valueExchanges: z.array(valueExchange),
  wins: z.array(
    z.object({ title: short.min(1), description: long, occurredOn: day, story: z.boolean(), createdAt: instant }),
  ),
});

/** A one-off ask, with its follow-up and the help it brought (until it became a relationship: then that is in the mentor's ledger). */
export const askRecord = z.object({
  name: short.min(1),
  email: short.nullable(),
  organisation: short.nullable(),
  question: long,
  askedOn: day,
  status: z.enum(["ASKED", "ANSWERED", "THANKED"]),
  answer: long,
  answeredOn: day.nullable(),
  thankedOn: day.nullable(),
  /** The mentor it became, in this file. */
  mentorId: id.nullable(),
  createdAt: instant,
  followUps: z.array(followUp),
  valueExchanges: z.array(valueExchange),
});

/** A group session: who was invited, and who came (with the session on their timeline: an index into their sessions). */
export const groupSessionRecord = z.object({
  title: short.min(1),
  startsAt: instant,
  durationMinutes: z.number().int().min(1).max(1440),
  agenda: long,
  notes: long,
  createdAt: instant,
  invites: z.array(
    z.object({
      menteeId: id,
      invitedAt: instant.nullable(),
      attended: z.boolean(),
      sessionIndex: z.number().int().min(0).nullable(),
    }),
  ),
});

/** An answer to a common question, on the shelf. */
export const resourceRecord = z.object({
  title: short.min(1),
  url: short,
  kind: z.enum(["VIDEO", "VOICE_NOTE", "DOCUMENT", "OTHER"]),
  questions: long,
  createdAt: instant,
});

/** The application page's settings (its address is unique on a server: an import may find it taken). */
export const applicationPageRecord = z.object({
  slug: short,
  open: z.boolean(),
  introduction: long,
  helpWith: long,
  placesPerQuarter: z.number().int().min(0).max(50),
  questions: z.array(short).max(5),
});
