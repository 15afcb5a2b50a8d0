// Two people in different time zones: the time where the other one is, and the
// coming hours that fall inside both people's working hours. Every step is an
// instant converted into each zone, so DST changes (on different dates in
// different countries) and half- or quarter-hour zones come out right.
import { TZDate, tz, tzOffset } from "@date-fns/tz";
import { format } from "date-fns";
import { isKnownTimeZone } from "./time-zone";

export type WorkingHours = { zone: string; startHour: number; endHour: number };

export const DEFAULT_WORKING_HOURS = { startHour: 9, endHour: 18 } as const;

export type SharedWindow = { start: Date; end: Date };

type Span = [number, number];

/**
 * A person's working hours as instants, one span per working day (Monday to
 * Friday in their zone) from the day before
 * `from` to `days` after it, each day's wall-clock hours read in their own zone
 * (so a DST change moves them as it moves the person). An end hour before the
 * start hour is a night shift, ending the next day.
 */
function workSpans(p: WorkingHours, from: Date, days: number): Span[] {
  const [y, m, d] = format(from, "yyyy-M-d", { in: tz(p.zone) })
    .split("-")
    .map(Number) as [number, number, number];
  const spans: Span[] = [];
  for (let i = -1; i <= days; i++) {
    const start = new TZDate(y, m - 1, d + i, p.startHour, 0, 0, p.zone);
    // Monday to Friday where they are.
    if (start.getDay() === 0 || start.getDay() === 6) continue;
    const end = new TZDate(y, m - 1, d + i + (p.endHour > p.startHour ? 0 : 1), p.endHour, 0, 0, p.zone);
    spans.push([+start, +end]);
  }
  return spans;
}

/**
 * The next `limit` stretches of time, within `days` from `now`, when both are at
 * work; a stretch under way now starts now.
 */
export function sharedWorkingWindows(
  a: WorkingHours,
  b: WorkingHours,
  now: Date,
  { days = 7, limit = 3 }: { days?: number; limit?: number } = {},
): SharedWindow[] {
  const until = +now + days * 86_400_000;
  const [as, bs] = [workSpans(a, now, days), workSpans(b, now, days)];
  const windows: SharedWindow[] = [];
  for (let i = 0, j = 0; i < as.length && j < bs.length && windows.length < limit; ) {
    const start = Math.max(as[i]![0], bs[j]![0], +now);
    const end = Math.min(as[i]![1], bs[j]![1], until);
    if (start < end) windows.push({ start: new Date(start), end: new Date(end) });
    if (as[i]![1] < bs[j]![1]) i++;
    else j++;
  }
  return windows;
}

/** "2 h ahead of you", "5 h 30 min behind you", "the same time as you": at this instant. */
export function offsetFromYou(theirs: string, yours: string, now: Date): string {
  const minutes = tzOffset(theirs, now) - tzOffset(yours, now);
  if (minutes === 0) return "the same time as you";
  const abs = Math.abs(minutes);
  const text = `${Math.floor(abs / 60) ? `${Math.floor(abs / 60)} h` : ""}${abs % 60 ? ` ${abs % 60} min` : ""}`.trim();
  return `${text} ${minutes > 0 ? "ahead of" : "behind"} you`;
}

/** Their local time now and the next shared working hours, in the user's own time; null without a known zone. */
export function timeTogether(
  you: WorkingHours,
  them: { zone: string | null; startHour: number | null; endHour: number | null },
  now: Date,
) {
  if (!them.zone || !isKnownTimeZone(them.zone)) return null;
  const theirs: WorkingHours = {
    zone: them.zone,
    startHour: them.startHour ?? DEFAULT_WORKING_HOURS.startHour,
    endHour: them.endHour ?? DEFAULT_WORKING_HOURS.endHour,
  };
  const yourTime = (d: Date) => format(d, "EEE d MMM HH:mm", { in: tz(you.zone) });
  return {
    theirTime: format(now, "HH:mm", { in: tz(theirs.zone) }),
    theirDay: format(now, "EEEE", { in: tz(theirs.zone) }),
    offset: offsetFromYou(theirs.zone, you.zone, now),
    windows: sharedWorkingWindows(you, theirs, now).map((w) => ({
      start: w.start,
      end: w.end,
      label: `${yourTime(w.start)}–${format(w.end, "HH:mm", { in: tz(you.zone) })}`,
    })),
    theirs,
  };
}
