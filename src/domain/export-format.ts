import { z } from "zod";
import {
  category,
  channel,
  day,
  id,
  instant,
  long,
  rating,
  reminderStatus,
  short,
  stage,
  valueKind,
  workHour,
} from "./export-format-fields";
import {
  applicationPageRecord,
  askRecord,
  groupSessionRecord,
  menteeRecord,
  resourceRecord,
} from "./export-format-mentoring";
import { isKnownTimeZone } from "./time-zone";

/**
 * The complete export of one user's map: everything they entered, as JSON. The
 * format is versioned; later versions only add fields, so an importer reads any
 * version up to its own. `id`s are the exporting account's and serve only to link
 * records within the document: an import makes new ones.
 *
 * Not exported: sign-in sessions and linked sign-in accounts, the secret calendar
 * token, the digest delivery ledger and the gap-analysis draft (the answers it
 * produced are the gap areas and dream team).
 *
 * The JSON Schema in docs/export-format.schema.json is generated from this file
 * (`npm run export:schema`); a test fails when the two differ.
 */
export const FORMAT_VERSION = 1;

export const exportDocumentSchema = z.object({
  formatVersion: z.number().int().min(1),
  exportedAt: instant,
  profile: z.object({
    name: short.nullable(),
    timeZone: z.string().refine(isKnownTimeZone, "an IANA time zone such as Europe/London"),
    digest: z.object({
      frequency: z.enum(["OFF", "DAILY", "WEEKLY"]),
      weekday: z.number().int().min(0).max(6),
      hour: z.number().int().min(0).max(23),
      sendEmpty: z.boolean(),
      unsubscribed: z.boolean(),
    }),
    gapAnalysisCompletedAt: instant.nullable(),
    workingHours: z.object({ start: workHour, end: workHour }).default({ start: 9, end: 18 }),
  }),
  gapAreas: z.array(
    z.object({
      id,
      name: short.min(1),
      whyItMatters: long,
      currentLevel: z.number().int().min(1).max(10),
      targetLevel: z.number().int().min(1).max(10),
      priority: z.number().int().min(1),
      guidanceSought: long,
      valueIOffer: long,
      createdAt: instant,
    }),
  ),
  mentors: z.array(
    z.object({
      id,
      name: short.min(1),
      email: short.nullable(),
      headline: short.nullable(),
      organisation: short.nullable(),
      linkedinUrl: short.nullable(),
      websiteUrl: short.nullable(),
      location: short.nullable(),
      timeZone: short.nullable(),
      workStartHour: workHour.nullable().default(null),
      workEndHour: workHour.nullable().default(null),
      howWeMet: short.nullable(),
      notes: long,
      tags: z.array(short).max(20),
      category,
      stage,
      cadenceDays: z.number().int().min(1).max(3650).nullable(),
      nextCheckInOn: day.nullable(),
      lastCheckInOn: day.nullable(),
      revisitAfterOn: day.nullable(),
      connectedOn: day.nullable(),
      valueReceivedRating: rating,
      valueProvidedRating: rating,
      growthPotentialRating: rating,
      archivedAt: instant.nullable(),
      createdAt: instant,
      gapAreaIds: z.array(id),
    }),
  ),
  stageChanges: z.array(
    z.object({ mentorId: id, fromStage: stage.nullable(), toStage: stage, changedAt: instant, note: short.nullable() }),
  ),
  checkIns: z.array(
    z.object({
      id,
      mentorId: id,
      occurredOn: day,
      channel,
      notes: long,
      takeaways: long,
      /** Files from before async check-ins have none. */
      links: z.array(short).max(5).default([]),
      peerGroupId: id.nullable(),
      createdAt: instant,
    }),
  ),
  reminders: z.array(
    z.object({
      mentorId: id.nullable(),
      checkInId: id.nullable(),
      kind: z.enum(["CHECK_IN", "FOLLOW_UP", "OUTREACH_FOLLOW_UP", "REVISIT"]),
      title: short,
      dueOn: day,
      status: reminderStatus,
      snoozedUntil: day.nullable(),
      completedAt: instant.nullable(),
      createdAt: instant,
    }),
  ),
  valueExchanges: z.array(
    z.object({
      mentorId: id,
      direction: z.enum(["GAVE", "RECEIVED"]),
      kind: valueKind,
      description: long,
      occurredOn: day,
      createdAt: instant,
    }),
  ),
  outreachPlans: z.array(
    z.object({
      mentorId: id,
      researchLinks: z.array(z.object({ url: short, note: short })).max(10),
      challenges: z.array(short).max(3),
      waysToHelp: z.array(short).max(3),
      whatINeed: short,
      whatIOffer: short,
      researchedAt: instant.nullable(),
      subject: short,
      compliment: short,
      ask: short,
      offer: short,
      easyOut: short,
      sentAt: instant.nullable(),
      followUpDays: z.number().int().min(1).max(60),
      reply: z.enum(["YES", "NO", "NO_ANSWER"]).nullable(),
      repliedAt: instant.nullable(),
      prepQuestions: z.array(short).max(13),
      conversationNotes: long,
      thankYouNote: long,
    }),
  ),
  introductions: z.array(
    z.object({
      fromMentorId: id,
      toMentorId: id,
      introducedOn: day,
      why: short,
      outcome: long,
      outcomeOn: day.nullable(),
      createdAt: instant,
    }),
  ),
  wins: z.array(
    z.object({
      id,
      title: short.min(1),
      description: long,
      occurredOn: day,
      sharedPubliclyOn: day.nullable(),
      createdAt: instant,
      credits: z.array(z.object({ mentorId: id, sharedOn: day.nullable() })),
    }),
  ),
  peerGroups: z.array(
    z.object({
      id,
      name: short.min(1),
      description: long,
      cadenceDays: z.number().int().min(1).max(3650).nullable(),
      nextMeetingOn: day.nullable(),
      createdAt: instant,
      memberIds: z.array(id),
    }),
  ),
  dreamTeam: z.array(z.object({ gapAreaId: id, category, profile: short, mentorIds: z.array(id) })),
  sprints: z.array(
    z.object({
      id,
      startOn: day,
      endedAt: instant.nullable(),
      summary: z.unknown().nullable(),
      createdAt: instant,
      tasks: z.array(
        z.object({
          title: short.min(1),
          phase: z.number().int().min(1).max(3).nullable(),
          position: z.number().int(),
          doneAt: instant.nullable(),
          createdAt: instant,
        }),
      ),
    }),
  ),
  snapshots: z.array(
    z.object({
      takenAt: instant,
      reason: z.enum(["MANUAL", "SPRINT_END"]),
      sprintId: id.nullable(),
      coverage: z.unknown(),
    }),
  ),
  /** The people the user mentors, each with their own history. Files from before mentees have none. */
  mentees: z.array(menteeRecord).default([]),
  /** One-off asks (export-format-mentoring.ts). Files from before asks have none. */
  asks: z.array(askRecord).default([]),
  /** Group sessions with mentees (export-format-mentoring.ts). Files from before them have none. */
  groupSessions: z.array(groupSessionRecord).default([]),
  /** The shelf of answers to common questions. Files from before it have none. */
  resources: z.array(resourceRecord).default([]),
  /** The public application page's settings, if the user made one. Its applications are not exported: they become mentees or are deleted. */
  applicationPage: applicationPageRecord.nullable().default(null),
});
export type ExportDocument = z.infer<typeof exportDocumentSchema>;
