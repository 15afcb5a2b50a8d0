import { TZDate } from "@date-fns/tz";
import { addDaysToDay, type Day, todayIn } from "./calendar";

/** A session's length: a quarter of an hour to a working day. */
export const SESSION_MINUTES = { min: 15, max: 480 } as const;

/** "HH:MM", 00:00–23:59. */
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The instant a session starts: a day and a wall-clock time in the user's zone. On a
 * DST change's missing hour the clock reads forward, as a calendar does.
 */
export function sessionStart(day: Day, time: string, zone: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  return new Date(+new TZDate(y, m - 1, d, hh, mm, 0, zone));
}

/** The day and time of an instant in a zone, as the form shows them. */
export function dayAndTimeIn(instant: Date, zone: string): { day: Day; time: string } {
  const t = new TZDate(+instant, zone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return {
    day: `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`,
    time: `${pad(t.getHours())}:${pad(t.getMinutes())}`,
  };
}

/** The form's suggested start: the evening's usual hour, today while it is still ahead, else tomorrow. */
export const DEFAULT_SESSION_TIME = "18:00";

export function nextSessionDay(zone: string, now: Date = new Date()): Day {
  const today = todayIn(zone, now);
  return sessionStart(today, DEFAULT_SESSION_TIME, zone) > now ? today : addDaysToDay(today, 1);
}
