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

/** File → database. */
export function mentorFieldsOf(record: MentorRecordFields): MentorFields {
  const out: Record<string, unknown> = {};
  for (const [field, kind] of FIELDS) {
    const value = record[field];
    out[field] =
      kind === "value"
        ? value
        : value === null
          ? null
          : kind === "day"
            ? dayToDate(value as string)
            : new Date(value as string);
  }
  return out as MentorFields;
}

/** Database → file. */
export function mentorRecordOf(row: MentorFields): MentorRecordFields {
  const out: Record<string, unknown> = {};
  for (const [field, kind] of FIELDS) {
    const value = row[field];
    out[field] =
      kind === "value"
        ? value
        : value === null
          ? null
          : kind === "day"
            ? dateToDay(value as Date)
            : (value as Date).toISOString();
  }
  return out as MentorRecordFields;
}
