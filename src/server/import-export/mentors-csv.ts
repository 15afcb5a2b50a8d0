import "server-only";
import { stringify } from "csv-stringify/sync";
import { categoryInfo } from "@/domain/categories";
import { neutraliseFormula } from "@/domain/csv-safety";
import type { ExportDocument } from "@/domain/export-format";
import { stageLabel } from "@/domain/stages";

const COLUMNS = [
  "Name",
  "Email",
  "Role",
  "Organisation",
  "Category",
  "Stage",
  "Gap areas",
  "Cadence (days)",
  "Next check-in",
  "Last check-in",
  "Value received (1-10)",
  "Value provided (1-10)",
  "Growth potential (1-10)",
  "Given",
  "Received",
  "Balance",
  "Tags",
  "LinkedIn",
  "Archived",
];

/** One row per mentor, for a spreadsheet: every text cell safe from formula injection. */
export function mentorsCsv(doc: ExportDocument): string {
  const areaName = new Map(doc.gapAreas.map((g) => [g.id, g.name]));
  const given = new Map<string, number>();
  const received = new Map<string, number>();
  for (const v of doc.valueExchanges) {
    const into = v.direction === "GAVE" ? given : received;
    into.set(v.mentorId, (into.get(v.mentorId) ?? 0) + 1);
  }
  const rows = doc.mentors.map((m) => {
    const gave = given.get(m.id) ?? 0;
    const got = received.get(m.id) ?? 0;
    return [
      m.name,
      m.email ?? "",
      m.headline ?? "",
      m.organisation ?? "",
      categoryInfo(m.category).label,
      stageLabel(m.stage),
      m.gapAreaIds.map((g) => areaName.get(g) ?? "").join("; "),
      m.cadenceDays ?? "",
      m.nextCheckInOn ?? "",
      m.lastCheckInOn ?? "",
      m.valueReceivedRating ?? "",
      m.valueProvidedRating ?? "",
      m.growthPotentialRating ?? "",
      gave,
      got,
      gave - got,
      m.tags.join("; "),
      m.linkedinUrl ?? "",
      m.archivedAt ? "yes" : "",
    ].map((cell) => (typeof cell === "string" ? neutraliseFormula(cell) : cell));
  });
  // A byte-order mark so Excel reads UTF-8 names correctly.
  return `\uFEFF${stringify([COLUMNS, ...rows])}`;
}
