import { TZDate } from "@date-fns/tz";

/**
 * A calendar day, "YYYY-MM-DD". Check-ins, next check-ins and reminders are days
 * in the user's own time zone, stored in `@db.Date` columns, which arrive as
 * midnight UTC; these helpers keep the two from drifting by a day.
 */
export type Day = string;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real day written "YYYY-MM-DD" (not "2026-02-30"). */
export function isDay(value: string): value is Day {
  if (!DAY.test(value)) return false;
  const date = dayToDate(value);
  return !Number.isNaN(date.getTime()) && dateToDay(date) === value;
}

/**
 * Today as the user sees it on their calendar. Read off Intl rather than date-fns's
 * `format`, which brought its whole token formatter and English locale into every
 * page's scripts (this module is the app shell's), and took four times as long.
 */
export function todayIn(timeZone: string, now: Date = new Date()): Day {
  let year = "";
  let month = "";
  let day = "";
  for (const part of dayParts(timeZone).formatToParts(now)) {
    if (part.type === "year") year = part.value;
    else if (part.type === "month") month = part.value;
    else if (part.type === "day") day = part.value;
  }
  return `${year.padStart(4, "0")}-${month}-${day}`;
}

// A formatter is costly to build and is asked for on every page: keep one per zone.
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayParts(timeZone: string) {
  let found = dayFormats.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormats.set(timeZone, found);
  }
  return found;
}

/** Midday of a day on the user's calendar, as an instant: for a timestamp of something done "on" a past day. */
export function middayIn(day: Day, timeZone: string): Date {
  return new Date(
    +new TZDate(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), 12, 0, 0, timeZone),
  );
}

/** For a `@db.Date` column. */
export function dayToDate(day: Day): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** From a `@db.Date` column. */
export function dateToDay(date: Date): Day {
  return date.toISOString().slice(0, 10);
}

// Calendar-day arithmetic on UTC midnights: no time zone or daylight-saving change
// can shift a day, and it is cheap enough for maps of thousands of mentors.
const MS_PER_DAY = 86_400_000;
const utcMidnight = (day: Day) =>
  Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));

export function addDaysToDay(day: Day, days: number): Day {
  return new Date(utcMidnight(day) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** b − a in whole days. */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((utcMidnight(b) - utcMidnight(a)) / MS_PER_DAY);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2026-03-09" → "9 Mar 2026" (read off the string: lists show many). */
export function formatDayLong(day: Day): string {
  const [year, month, date] = day.split("-");
  return `${Number(date)} ${MONTHS[Number(month) - 1]} ${year}`;
}

/** The locale dates are shown in when the browser names none this runtime knows. */
export const DEFAULT_LOCALE = "en-GB";

/**
 * The locale to show dates in, from an Accept-Language header: the browser's first
 * choice that Intl knows, so a date reads the way the browser's own date fields
 * take it (9 Mar 2026 beside 09/03/2026, Mar 9, 2026 beside 03/09/2026).
 */
export function pickLocale(acceptLanguage: string | null | undefined): string {
  const wanted = (acceptLanguage ?? "")
    .split(",")
    .map((part) => part.split(";")[0]!.trim())
    .filter((tag) => tag && tag !== "*");
  for (const tag of wanted) {
    try {
      const [supported] = Intl.DateTimeFormat.supportedLocalesOf(tag);
      if (supported) return supported;
    } catch {
      // not a language tag
    }
  }
  return DEFAULT_LOCALE;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A day in a locale's medium form: "9 Mar 2026" (en-GB), "Mar 9, 2026" (en-US), "9. März 2026" (de). */
export function formatDayIn(day: Day, locale: string): string {
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
    formatters.set(locale, f);
  }
  return f.format(dayToDate(day));
}
