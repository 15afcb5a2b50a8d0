import type { ExportDocument } from "@/domain/export-format";

// Export documents for tests: every field present, as an export writes them.

type ExportedMentor = ExportDocument["mentors"][number];
const AT = "2026-01-01T00:00:00.000Z";

/** A mentor as an export lists one: nothing but the name filled in, unless `patch` says otherwise. */
export function exportedMentor(patch: Partial<ExportedMentor> & Pick<ExportedMentor, "id" | "name">): ExportedMentor {
  return {
    email: null,
    headline: null,
    organisation: null,
    linkedinUrl: null,
    websiteUrl: null,
    location: null,
    timeZone: null,
    workStartHour: null,
    workEndHour: null,
    howWeMet: null,
    notes: "",
    tags: [],
    category: "PEER",
    stage: "PROSPECT",
    cadenceDays: null,
    nextCheckInOn: null,
    lastCheckInOn: null,
    revisitAfterOn: null,
    connectedOn: null,
    valueReceivedRating: null,
    valueProvidedRating: null,
    growthPotentialRating: null,
    archivedAt: null,
    createdAt: AT,
    gapAreaIds: [],
    ...patch,
  };
}

/** An export with every collection empty, unless `patch` fills some. */
export function exportDocument(patch: Partial<ExportDocument> = {}): ExportDocument {
  return {
    formatVersion: 1,
    exportedAt: AT,
    profile: {
      name: null,
      timeZone: "UTC",
      digest: { frequency: "OFF", weekday: 1, hour: 8, sendEmpty: false, unsubscribed: false },
      gapAnalysisCompletedAt: null,
      workingHours: { start: 9, end: 18 },
    },
    gapAreas: [],
    mentors: [],
    stageChanges: [],
    checkIns: [],
    reminders: [],
    valueExchanges: [],
    outreachPlans: [],
    introductions: [],
    wins: [],
    peerGroups: [],
    dreamTeam: [],
    sprints: [],
    snapshots: [],
    mentees: [],
    asks: [],
    groupSessions: [],
    resources: [],
    applicationPage: null,
    ...patch,
  };
}
