import "server-only";
import { MENTOR_FIELDS } from "@/domain/mentor-fields";
import { Prisma } from "@/generated/prisma/client";

// The export's longest lists (mentors, stage changes, check-ins, reminders, value
// exchanges: 296,000 rows on a 20,000-mentor map) written by Postgres as each record's
// JSON text, in the shape of src/domain/export-format.ts. The server passes that text through instead
// of building, for every row, Prisma's object, a Date per date, the record and then its
// JSON: the 20,000-mentor export allocates ~0.7 GB instead of 1.35 GB, and its peak
// memory fell with it (docs/performance.md). The export round-trip tests, and one with
// awkward text, hold these records to the format.

/** A timestamp as JavaScript's toISOString writes it (Prisma keeps UTC in `timestamp(3)`). */
const iso = (column: string) => Prisma.raw(`to_char(t."${column}", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
/** A date as "YYYY-MM-DD" (dateToDay), null kept null. */
const day = (column: string) => Prisma.raw(`to_char(t."${column}", 'YYYY-MM-DD')`);
const col = (column: string) => Prisma.raw(`t."${column}"`);

/**
 * The fields, in the format's order, as the row's one column, `json`: `row_to_json` of
 * a row with those column names writes them in order without spaces, as JSON.stringify
 * does (`json_build_object` puts " : " between each key and value).
 */
function record(fields: [key: string, value: Prisma.Sql][]) {
  const columns = Prisma.join(
    fields.map(([key, value]) => Prisma.sql`${value} AS ${Prisma.raw(`"${key}"`)}`),
    ", ",
  );
  return Prisma.sql`(SELECT row_to_json(r)::text FROM (SELECT ${columns}) r) AS json`;
}

export const checkInJson = record([
  ["id", col("id")],
  ["mentorId", col("mentorId")],
  ["occurredOn", day("occurredOn")],
  ["channel", col("channel")],
  ["notes", col("notes")],
  ["takeaways", col("takeaways")],
  ["links", col("links")],
  ["peerGroupId", col("peerGroupId")],
  ["createdAt", iso("createdAt")],
]);

export const reminderJson = record([
  ["mentorId", col("mentorId")],
  ["checkInId", col("checkInId")],
  ["kind", col("kind")],
  ["title", col("title")],
  ["dueOn", day("dueOn")],
  ["status", col("status")],
  ["snoozedUntil", day("snoozedUntil")],
  ["completedAt", iso("completedAt")],
  ["createdAt", iso("createdAt")],
]);

export const valueExchangeJson = record([
  ["mentorId", col("mentorId")],
  ["direction", col("direction")],
  ["kind", col("kind")],
  ["description", col("description")],
  ["occurredOn", day("occurredOn")],
  ["createdAt", iso("createdAt")],
]);

/** The mentor's fields as MENTOR_FIELDS keeps them, then its gap areas' ids (oldest area first), as mentorOut writes them. */
export const mentorJson = record([
  ["id", col("id")],
  ...Object.entries(MENTOR_FIELDS).map(([field, kind]): [string, Prisma.Sql] => [
    field,
    kind === "day" ? day(field) : kind === "instant" ? iso(field) : col(field),
  ]),
  ["createdAt", iso("createdAt")],
  [
    "gapAreaIds",
    Prisma.sql`coalesce((SELECT array_agg(mg."gapAreaId" ORDER BY g."createdAt", g."id")
      FROM "MentorGapArea" mg JOIN "GapArea" g ON g."id" = mg."gapAreaId" WHERE mg."mentorId" = t."id"), '{}')`,
  ],
]);

export const stageChangeJson = record([
  ["mentorId", col("mentorId")],
  ["fromStage", col("fromStage")],
  ["toStage", col("toStage")],
  ["changedAt", iso("changedAt")],
  ["note", col("note")],
]);
