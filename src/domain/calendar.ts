import { tz } from "@date-fns/tz";
import { addDays, differenceInCalendarDays, format, isValid, parseISO } from "date-fns";

/**
 * A calendar day, "YYYY-MM-DD". Check-ins, next check-ins and reminders are days
 * in the user's own time zone, stored in `@db.Date` columns, which arrive as
 * midnight UTC; these helpers keep the two from drifting by a day.
 */
export type Day = string;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isDay(value: string): value is Day {
  return DAY.test(value) && isValid(parseISO(value)) && format(parseISO(value), "yyyy-MM-dd") === value;
}

/** Today as the user sees it on their calendar. */
export function todayIn(timeZone: string, now: Date = new Date()): Day {
  return format(now, "yyyy-MM-dd", { in: tz(timeZone) });
}

/** For a `@db.Date` column. */
export function dayToDate(day: Day): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** From a `@db.Date` column. */
export function dateToDay(date: Date): Day {
  return date.toISOString().slice(0, 10);
}

export function addDaysToDay(day: Day, days: number): Day {
  return format(addDays(parseISO(day), days), "yyyy-MM-dd");
}

/** b − a in whole days. */
export function daysBetween(a: Day, b: Day): number {
  return differenceInCalendarDays(parseISO(b), parseISO(a));
}

export function formatDayLong(day: Day): string {
  return format(parseISO(day), "d MMM yyyy");
}
