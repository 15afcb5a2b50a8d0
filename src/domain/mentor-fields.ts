import { dateToDay, dayToDate } from "./calendar";
import type { ExportDocument } from "./export-format";

type MentorRecord = ExportDocument["mentors"][number];

/**
 * The mentor fields an export writes and an import reads back, in the file's order,
 * with how each is kept: as it is, as a calendar day ("YYYY-MM-DD" in the file, a
 * date column in the database) or as an instant (ISO 8601 in the file).
 */
export const MENTOR_FIELDS = {
  name: "value",
  email: "value",
  headline: "value",
  organisation: "value",
  linkedinUrl: "value",
  websiteUrl: "value",
  location: "value",
  timeZone: "value",
  workStartHour: "value",
  workEndHour: "value",
  howWeMet: "value",
  notes: "value",
  tags: "value",
  category: "value",
  stage: "value",
  cadenceDays: "value",
  nextCheckInOn: "day",
  lastCheckInOn: "day",
  revisitAfterOn: "day",
  connectedOn: "day",
  valueReceivedRating: "value",
  valueProvidedRating: "value",
  growthPotentialRating: "value",
  archivedAt: "instant",
} as const;

type Field = keyof typeof MENTOR_FIELDS;
const FIELDS = Object.entries(MENTOR_FIELDS) as [Field, (typeof MENTOR_FIELDS)[Field]][];

/** The fields as the file has them. */
export type MentorRecordFields = Pick<MentorRecord, Field>;
/** The fields as the database has them: days and instants as dates. */
export type MentorFields = {
  [K in Field]: (typeof MENTOR_FIELDS)[K] extends "value" ? MentorRecord[K] : Date | null;
};

/** A Prisma `select` of exactly these fields. */
export const MENTOR_FIELD_SELECT = Object.fromEntries(FIELDS.map(([field]) => [field, true])) as {
  [K in Field]: true;
};

/** How each kind of field goes from the file to the database and back; null stays null. */
const KINDS = {
  value: { toRow: (v: unknown) => v, toRecord: (v: unknown) => v },
  day: { toRow: (v: unknown) => dayToDate(v as string), toRecord: (v: unknown) => dateToDay(v as Date) },
  instant: { toRow: (v: unknown) => new Date(v as string), toRecord: (v: unknown) => (v as Date).toISOString() },
};

function convert(from: Record<string, unknown>, way: "toRow" | "toRecord") {
  return Object.fromEntries(
    FIELDS.map(([field, kind]) => [field, from[field] === null ? null : KINDS[kind][way](from[field])]),
  );
}

/** File → database. */
export const mentorFieldsOf = (record: MentorRecordFields) => convert(record, "toRow") as MentorFields;

/** Database → file. */
export const mentorRecordOf = (row: MentorFields) => convert(row, "toRecord") as MentorRecordFields;
