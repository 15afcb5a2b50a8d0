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

/** Check-ins in the window that make "at least every other month" (0.5 a month, as shown). */
export const MONTHLY_CHECK_INS = 3;

/** Relationships listed per page of the audit's table. */
export const AUDIT_PAGE = 50;

/** Someone named in an answer or on the chart. */
export type AuditPerson = { id: string; name: string };

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
