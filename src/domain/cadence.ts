import { addDaysToDay, daysBetween, type Day } from "./calendar";

export const MAX_CADENCE_DAYS = 3650;

/** The clock resets on contact: the next check-in is the last one plus the cadence. */
export function nextCheckInAfter(lastCheckIn: Day | null, cadenceDays: number | null): Day | null {
  if (!lastCheckIn || !cadenceDays) return null;
  return addDaysToDay(lastCheckIn, cadenceDays);
}

export type RhythmStatus = "none" | "on-rhythm" | "due-this-week" | "overdue";

export function rhythmStatus(nextCheckIn: Day | null, today: Day): RhythmStatus {
  if (!nextCheckIn) return "none";
  const days = daysBetween(today, nextCheckIn);
  if (days < 0) return "overdue";
  if (days < 7) return "due-this-week";
  return "on-rhythm";
}

export const RHYTHM_LABELS: Record<RhythmStatus, string> = {
  none: "No rhythm",
  "on-rhythm": "On rhythm",
  "due-this-week": "Due this week",
  overdue: "Overdue",
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
