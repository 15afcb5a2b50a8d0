import { addDaysToDay, type Day, daysBetween } from "./calendar";

/** Snoozing a reminder: it comes back on the returned day (in the user's own calendar). */
export type SnoozeChoice = "day" | "week" | "custom";
export const MAX_SNOOZE_DAYS = 365;

export function snoozeUntil(today: Day, choice: SnoozeChoice, custom?: Day): { until: Day } | { problem: string } {
  if (choice === "day") return { until: addDaysToDay(today, 1) };
  if (choice === "week") return { until: addDaysToDay(today, 7) };
  if (!custom) return { problem: "Choose the day it should come back." };
  const days = daysBetween(today, custom);
  if (days < 1) return { problem: "Choose a day after today." };
  if (days > MAX_SNOOZE_DAYS) return { problem: "Snooze for at most a year." };
  return { until: custom };
}

/** Skipping one check-in of a rhythm: the next falls a cadence after the skipped one (or after today, if that is later). */
export function nextAfterSkip(dueOn: Day, today: Day, cadenceDays: number | null): Day | null {
  if (!cadenceDays) return null;
  const from = dueOn > today ? dueOn : today;
  return addDaysToDay(from, cadenceDays);
}
