import { describe, expect, it } from "vitest";
import { MENTOR_FIELD_SELECT, mentorFieldsOf, mentorRecordOf } from "./mentor-fields";

const record = {
  name: "Ada",
  email: "ada@example.org",
  headline: null,
  organisation: "Analytical",
  linkedinUrl: null,
  websiteUrl: null,
  location: null,
  timeZone: "Europe/London",
  workStartHour: 8,
  workEndHour: null,
  howWeMet: null,
  notes: "",
  tags: ["maths"],
  category: "SAGE" as const,
  stage: "ACTIVE" as const,
  cadenceDays: 30,
  nextCheckInOn: "2026-12-24",
  lastCheckInOn: null,
  revisitAfterOn: null,
  connectedOn: "2020-01-31",
  valueReceivedRating: 8,
  valueProvidedRating: null,
  growthPotentialRating: 5,
  archivedAt: "2026-11-30T12:00:00.000Z",
};

describe("the mentor fields an export writes and an import reads", () => {
  it("keeps days as calendar days and instants as instants, and comes back as it went", () => {
    const row = mentorFieldsOf(record);
    expect(row.nextCheckInOn).toEqual(new Date("2026-12-24T00:00:00Z"));
    expect(row.archivedAt).toEqual(new Date("2026-11-30T12:00:00Z"));
    expect(row.lastCheckInOn).toBeNull();
    expect(row.tags).toEqual(["maths"]);
    expect(mentorRecordOf(row)).toEqual(record);
  });

  it("selects exactly the fields it maps", () => {
    expect(Object.keys(MENTOR_FIELD_SELECT)).toEqual(Object.keys(record));
  });
});
