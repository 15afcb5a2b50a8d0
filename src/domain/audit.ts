import type { MentorCategory, MentorStage, ValueExchangeKind } from "@/generated/prisma/enums";

/** The relationship audit: every relationship by value received vs provided, meeting frequency and growth potential. */

export const AUDIT_MONTHS = 6;
/** Relationships, not prospects: the pipeline's early stages are left out of the audit. */
export const AUDITED_STAGES: MentorStage[] = ["IN_CONVERSATION", "ACTIVE", "PAUSED"];

export type AuditRow = {
  id: string;
  name: string;
  category: MentorCategory;
  stage: MentorStage;
  valueReceivedRating: number | null;
  valueProvidedRating: number | null;
  growthPotentialRating: number | null;
  checkInsInWindow: number;
  gave: number;
  received: number;
  gaveKinds: ValueExchangeKind[];
  receivedKinds: ValueExchangeKind[];
  areaNames: string[];
};

/** Interaction frequency, computed from the log: check-ins per month over the last six months. */
export const checkInsPerMonth = (checkIns: number) => Math.round((checkIns / AUDIT_MONTHS) * 10) / 10;

export type Quadrant = "mutual" | "give-back" | "teaching" | "low";

/** 6 and above is high on the 1–10 scales. */
const HIGH = 6;

export const QUADRANTS: Record<Quadrant, { label: string; hint: string }> = {
  mutual: { label: "Mutual", hint: "You give and receive a lot: protect these." },
  "give-back": { label: "Give back", hint: "You receive more than you give: find a way to help them." },
  teaching: { label: "You teach", hint: "You give more than you receive: good, if it is a choice." },
  low: { label: "Low exchange", hint: "Little flows either way: revive it or let it rest." },
};

export function quadrant(received: number, provided: number): Quadrant {
  if (received >= HIGH) return provided >= HIGH ? "mutual" : "give-back";
  return provided >= HIGH ? "teaching" : "low";
}

const has = (kinds: ValueExchangeKind[], ...wanted: ValueExchangeKind[]) => wanted.some((k) => kinds.includes(k));
const byReceived = (a: AuditRow, b: AuditRow) =>
  (b.valueReceivedRating ?? 0) - (a.valueReceivedRating ?? 0) || a.name.localeCompare(b.name);
const byProvided = (a: AuditRow, b: AuditRow) =>
  (b.valueProvidedRating ?? 0) - (a.valueProvidedRating ?? 0) || a.name.localeCompare(b.name);

/**
 * The four questions, answered from the map:
 * - career guidance: people serving a career area, or who gave advice or sponsorship;
 * - who challenges my thinking: people who gave feedback, and peers and reverse
 *   mentors talked to at least every other month;
 * - whom am I teaching: people I taught, advised or gave feedback to, or whose
 *   provided rating is above the received one;
 * - the gaps come from the map (see src/domain/map.ts).
 */
export function auditAnswers(rows: AuditRow[]) {
  return {
    careerGuidance: rows
      .filter((r) => r.areaNames.some((a) => /career/i.test(a)) || has(r.receivedKinds, "ADVICE", "SPONSORSHIP"))
      .sort(byReceived),
    challengesThinking: rows
      .filter(
        (r) =>
          has(r.receivedKinds, "FEEDBACK") ||
          ((r.category === "PEER" || r.category === "REVERSE") && checkInsPerMonth(r.checkInsInWindow) >= 0.5),
      )
      .sort(byReceived),
    teaching: rows
      .filter(
        (r) =>
          has(r.gaveKinds, "SKILL_TEACHING", "ADVICE", "FEEDBACK") ||
          (r.valueProvidedRating ?? 0) > (r.valueReceivedRating ?? 10),
      )
      .sort(byProvided),
  };
}

/** Points for the scatter plot: rated relationships grouped by position, so no dot hides another. */
export function scatterPoints(rows: AuditRow[]) {
  const points = new Map<string, { received: number; provided: number; names: string[] }>();
  for (const r of rows) {
    if (r.valueReceivedRating === null || r.valueProvidedRating === null) continue;
    const key = `${r.valueReceivedRating}|${r.valueProvidedRating}`;
    const point = points.get(key) ?? { received: r.valueReceivedRating, provided: r.valueProvidedRating, names: [] };
    point.names.push(r.name);
    points.set(key, point);
  }
  return [...points.values()].map((p) => ({ ...p, quadrant: quadrant(p.received, p.provided) }));
}
