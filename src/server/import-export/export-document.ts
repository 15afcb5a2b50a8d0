import "server-only";
import type { z } from "zod";
import { type ExportDocument, exportDocumentSchema, FORMAT_VERSION } from "@/domain/export-format";
import { nullCharacterPath } from "@/domain/form-data";
import { ActionError } from "../action";

// Reading an export file, before anything is imported (map-import.ts writes it).

/** The largest file we read: a map of thousands of mentors with years of history is a few MB. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const TOO_LARGE = `This file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, the most we import at once.`;

/** A file that cannot be imported, with a message saying exactly why. */
export class ImportRefused extends ActionError {}

/**
 * Reads an export document: JSON, a format this app knows (the same or an older
 * version), valid field by field, and whole (every link points at a record in the file).
 */
export function readExportDocument(json: string): ExportDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new ImportRefused(
      "This file is not JSON. Choose a file exported from Mentor Map (Settings → Download JSON).",
    );
  }
  const version = (raw as { formatVersion?: unknown })?.formatVersion;
  if (typeof version !== "number")
    throw new ImportRefused("This JSON file is not a Mentor Map export: it has no formatVersion.");
  if (version > FORMAT_VERSION) {
    throw new ImportRefused(
      `This file was exported by a newer Mentor Map (format ${version}; this one reads up to ${FORMAT_VERSION}). Update Mentor Map, then import it.`,
    );
  }
  const nul = nullCharacterPath(raw);
  if (nul)
    throw new ImportRefused(`This export is damaged: ${nul} contains a null character (U+0000), which can't be saved.`);
  const parsed = exportDocumentSchema.safeParse(raw);
  if (!parsed.success) throw new ImportRefused(`This export is damaged: ${describeIssues(parsed.error)}`);
  assertWhole(parsed.data);
  return parsed.data;
}

function describeIssues(error: z.ZodError) {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join(".") || "the document"}: ${i.message}`)
    .join("; ");
}

function assertWhole(doc: ExportDocument) {
  const ids = (rows: { id: string }[], what: string) => {
    const set = new Set<string>();
    for (const r of rows) {
      if (set.has(r.id)) throw new ImportRefused(`This export is damaged: two ${what} share the id ${r.id}.`);
      set.add(r.id);
    }
    return set;
  };
  const areas = ids(doc.gapAreas, "gap areas");
  const mentors = ids(doc.mentors, "mentors");
  const checkIns = ids(doc.checkIns, "check-ins");
  const groups = ids(doc.peerGroups, "peer groups");
  const sprints = ids(doc.sprints, "sprints");
  ids(doc.wins, "wins");
  const need = (set: Set<string>, id: string | null, what: string, where: string) => {
    if (id !== null && !set.has(id))
      throw new ImportRefused(`This export is damaged: ${where} refers to a ${what} (${id}) that is not in the file.`);
  };
  for (const m of doc.mentors) for (const g of m.gapAreaIds) need(areas, g, "gap area", `mentor "${m.name}"`);
  for (const s of doc.stageChanges) need(mentors, s.mentorId, "mentor", "a stage change");
  for (const c of doc.checkIns) {
    need(mentors, c.mentorId, "mentor", "a check-in");
    need(groups, c.peerGroupId, "peer group", "a check-in");
  }
  for (const r of doc.reminders) {
    need(mentors, r.mentorId, "mentor", `reminder "${r.title}"`);
    need(checkIns, r.checkInId, "check-in", `reminder "${r.title}"`);
  }
  for (const v of doc.valueExchanges) need(mentors, v.mentorId, "mentor", "a value exchange");
  for (const p of doc.outreachPlans) need(mentors, p.mentorId, "mentor", "an outreach plan");
  for (const i of doc.introductions)
    for (const m of [i.fromMentorId, i.toMentorId]) need(mentors, m, "mentor", "an introduction");
  for (const w of doc.wins) for (const c of w.credits) need(mentors, c.mentorId, "mentor", `win "${w.title}"`);
  for (const g of doc.peerGroups) for (const m of g.memberIds) need(mentors, m, "mentor", `peer group "${g.name}"`);
  for (const d of doc.dreamTeam) {
    need(areas, d.gapAreaId, "gap area", "a dream-team profile");
    for (const m of d.mentorIds) need(mentors, m, "mentor", "a dream-team profile");
  }
  for (const s of doc.snapshots) need(sprints, s.sprintId, "sprint", "a snapshot");
  for (const a of doc.asks) need(mentors, a.mentorId, "mentor", `the ask to "${a.name}"`);
  const mentees = new Map(doc.mentees.flatMap((m) => (m.id ? [[m.id, m.sessions.length] as const] : [])));
  if (mentees.size !== doc.mentees.filter((m) => m.id).length)
    throw new ImportRefused("This export is damaged: two people you mentor share an id.");
  for (const g of doc.groupSessions)
    for (const i of g.invites) {
      if (!mentees.has(i.menteeId))
        throw new ImportRefused(`This export is damaged: group session "${g.title}" invites someone not in the file.`);
      if (i.sessionIndex !== null && i.sessionIndex >= mentees.get(i.menteeId)!)
        throw new ImportRefused(
          `This export is damaged: group session "${g.title}" refers to a session not in the file.`,
        );
    }
}
