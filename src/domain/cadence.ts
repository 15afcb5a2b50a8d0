import type { MentorCategory, MentorStage } from "@/generated/prisma/enums";
import { addDaysToDay, type Day, daysBetween } from "./calendar";

export const MAX_CADENCE_DAYS = 3650;

/** The clock resets on contact: the next check-in is the last one plus the cadence. */
export function nextCheckInAfter(lastCheckIn: Day | null, cadenceDays: number | null): Day | null {
  if (!lastCheckIn || !cadenceDays) return null;
  return addDaysToDay(lastCheckIn, cadenceDays);
}

/**
 * A paused or declined relationship is resting: its check-ins do not fall due
 * (a declined prospect's "revisit after" reminder still does). The map, the lists,
 * the digest, the calendar feed and the sprint all ask this one list.
 */
export const RESTING_STAGES: readonly MentorStage[] = ["PAUSED", "DECLINED"];

/** "Due soon" is today through this many days ahead, both ends included: the wording says "in the next 7 days". */
export const DUE_SOON_DAYS = 7;

export type RhythmStatus = "none" | "resting" | "on-rhythm" | "due-this-week" | "overdue";

export function rhythmStatus(nextCheckIn: Day | null, today: Day, stage?: MentorStage): RhythmStatus {
  if (stage && RESTING_STAGES.includes(stage)) return "resting";
  if (!nextCheckIn) return "none";
  const days = daysBetween(today, nextCheckIn);
  if (days < 0) return "overdue";
  if (days <= DUE_SOON_DAYS) return "due-this-week";
  return "on-rhythm";
}

export const RHYTHM_LABELS: Record<RhythmStatus, string> = {
  none: "No rhythm",
  resting: "On hold",
  "on-rhythm": "On rhythm",
  "due-this-week": "Due soon",
  overdue: "Overdue",
};

/**
 * A rhythm badge's words. A check-in due in the next 7 days says when: "Due today",
 * "Due tomorrow", "Due in 3 days" (one label for the whole band read "Due in 7 days"
 * on a check-in due today).
 */
export function rhythmLabel(nextCheckIn: Day | null, today: Day, stage?: MentorStage): string {
  const status = rhythmStatus(nextCheckIn, today, stage);
  if (status !== "due-this-week" || !nextCheckIn) return RHYTHM_LABELS[status];
  const days = daysBetween(today, nextCheckIn);
  if (days === 0) return "Due today";
  if (days === 1) return "Due tomorrow";
  return `Due in ${days} days`;
}

const RHYTHM_COLOURS: Record<RhythmStatus, string> = {
  none: "bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
  resting: "bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400",
  "on-rhythm": "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  "due-this-week": "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  overdue: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
};

/** A rhythm badge's classes: for the RhythmBadge component and for rows rendered as HTML strings. */
export const rhythmBadgeClass = (status: RhythmStatus) =>
  `inline-block rounded-full px-2 py-0.5 text-xs font-medium ${RHYTHM_COLOURS[status]}`;

/** The rhythm suggested for a new relationship of each category (a sage quarterly, peers and reverse mentors monthly, an accountability partner weekly). */
export const SUGGESTED_CADENCE_DAYS: Record<MentorCategory, number> = {
  SAGE: 90,
  PEER: 30,
  REVERSE: 30,
  SPECIALIST: 90,
  ACCOUNTABILITY: 7,
};

/** "Every 30 days", "Every week", … */
export function describeCadence(cadenceDays: number | null): string {
  if (!cadenceDays) return "No rhythm set";
  if (cadenceDays === 1) return "Every day";
  if (cadenceDays === 7) return "Every week";
  if (cadenceDays === 14) return "Every two weeks";
  if (cadenceDays % 7 === 0 && cadenceDays <= 56) return `Every ${cadenceDays / 7} weeks`;
  return `Every ${cadenceDays} days`;
}
