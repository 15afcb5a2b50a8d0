import { TZDate } from "@date-fns/tz";
import { getISOWeek, getISOWeekYear } from "date-fns";
import { addDaysToDay, type Day, todayIn } from "./calendar";

/**
 * When a user's digest goes out: at their chosen local hour, daily or on their
 * weekday, in their own time zone. A slot is named by its period ("2026-11-25" for a
 * daily digest, "2026-W48" for a weekly one); the delivery ledger allows one send per
 * (user, period), which is what makes "exactly once" hold across instances.
 */

export type DigestFrequency = "OFF" | "DAILY" | "WEEKLY";
export type DigestSettings = {
  frequency: DigestFrequency;
  /** 0 = Sunday … 6 = Saturday (weekly only). */
  weekday: number;
  /** Local hour, 0–23. */
  hour: number;
  timeZone: string;
};

export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

export type DigestSlot = {
  period: string;
  /** The local day the digest is for. */
  day: Day;
  /** The instant of the user's chosen hour on that day. A day without that hour (clocks going forward) sends at the next hour that exists. */
  sendAt: Date;
};

const weekdayOf = (day: Day) => new Date(`${day}T00:00:00Z`).getUTCDay();

function slotOn(day: Day, settings: DigestSettings): DigestSlot {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const sendAt = new Date(+new TZDate(y, m - 1, d, settings.hour, 0, 0, settings.timeZone));
  const noon = new Date(Date.UTC(y, m - 1, d, 12));
  const period =
    settings.frequency === "WEEKLY" ? `${getISOWeekYear(noon)}-W${String(getISOWeek(noon)).padStart(2, "0")}` : day;
  return { period, day, sendAt };
}

/** Is `day` a send day for these settings? */
const sendsOn = (day: Day, s: DigestSettings) =>
  s.frequency === "DAILY" || (s.frequency === "WEEKLY" && weekdayOf(day) === s.weekday);

/** The most recent slot at or before `now`, or null when digests are off. */
export function currentSlot(settings: DigestSettings, now: Date): DigestSlot | null {
  if (settings.frequency === "OFF") return null;
  const today = todayIn(settings.timeZone, now);
  for (let back = 0; back <= 7; back++) {
    const day = addDaysToDay(today, -back);
    if (!sendsOn(day, settings)) continue;
    const slot = slotOn(day, settings);
    if (slot.sendAt <= now) return slot;
  }
  return null;
}

/** The next slot after `now` (for "your next digest" in Settings), or null when off. */
export function nextSlot(settings: DigestSettings, now: Date): DigestSlot | null {
  if (settings.frequency === "OFF") return null;
  const today = todayIn(settings.timeZone, now);
  for (let ahead = 0; ahead <= 8; ahead++) {
    const day = addDaysToDay(today, ahead);
    if (!sendsOn(day, settings)) continue;
    const slot = slotOn(day, settings);
    if (slot.sendAt > now) return slot;
  }
  return null;
}

/**
 * The slot to send now, if any: its hour has come and it is still the same local day
 * (an app that was down at 08:00 catches up when it comes back that day, but does
 * not send yesterday's digest today). Whether it already went out is the ledger's
 * business.
 */
export function dueSlot(settings: DigestSettings, now: Date): DigestSlot | null {
  const slot = currentSlot(settings, now);
  if (!slot) return null;
  return todayIn(settings.timeZone, now) === slot.day ? slot : null;
}

/**
 * The slot whose digest may still be sent or retried now: the current one, `fresh`
 * while its local day lasts (a new send may start), and after that only for
 * retries until `giveUpAt`.
 */
export function openSlot(
  settings: DigestSettings,
  now: Date,
): (DigestSlot & { fresh: boolean; giveUpAt: Date }) | null {
  const slot = currentSlot(settings, now);
  if (!slot) return null;
  const giveUp = giveUpAt(slot, settings);
  if (+giveUp <= +now) return null;
  return { ...slot, fresh: todayIn(settings.timeZone, now) === slot.day, giveUpAt: giveUp };
}

const HOUR_MS = 3_600_000;

/** When temporary failures stop being retried: the user's midnight after a daily digest, two days after a weekly one's hour. */
export function giveUpAt(slot: DigestSlot, settings: DigestSettings): Date {
  if (settings.frequency === "WEEKLY") return new Date(+slot.sendAt + 48 * HOUR_MS);
  const [y, m, d] = addDaysToDay(slot.day, 1).split("-").map(Number) as [number, number, number];
  return new Date(+new TZDate(y, m - 1, d, 0, 0, 0, settings.timeZone));
}

/** A digest SENDING longer than this was cut off by a crash (a live run marks its rows within seconds). */
export const SENDING_LEASE_MS = 10 * 60_000;

/** Waits after a temporary failure: 5 minutes after the first try, doubling, at most 6 hours. */
export const RETRY_BASE_MS = 5 * 60_000;
export const RETRY_CAP_MS = 6 * HOUR_MS;
export const retryDelayMs = (attempts: number) =>
  Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1));

/** A last try this long before the period ends, when the backoff would jump past it. */
const LAST_TRY_BEFORE_MS = 10 * 60_000;

/** The next try after `attempts` temporary failures, or null: the period is over. */
export function nextAttemptAt(attempts: number, now: Date, giveUp: Date): Date | null {
  const next = +now + retryDelayMs(attempts);
  if (next < +giveUp) return new Date(next);
  const last = +giveUp - LAST_TRY_BEFORE_MS;
  return last - +now >= RETRY_BASE_MS ? new Date(last) : null;
}

/** A run this long ago, with digests on, means the scheduler is not running. */
export const SCHEDULER_SILENT_AFTER_MS = 2 * 60 * 60 * 1000;

/** Digests are on but no run has happened for over two hours (or ever). */
export function schedulerSilent(digestsOn: boolean, lastRunAt: Date | null, now: Date) {
  return digestsOn && (!lastRunAt || +now - +lastRunAt > SCHEDULER_SILENT_AFTER_MS);
}

/**
 * SMTP connections the app keeps open (pooled), and a digest batch opens, unless
 * SMTP_URL says otherwise (`?maxConnections=N`). A message is a few round trips
 * to the server, so a batch's rate depends on how many are in flight as much as
 * on its CPU: with nodemailer's pool, 4 sent 10,000 digests at about 570 a
 * second here and 8 at about 750.
 */
export const SMTP_CONNECTIONS = 8;

/**
 * Digests in progress at once: twice the SMTP connections, so that while some are
 * in an SMTP exchange the others claim their period and render; within the database pool.
 */
export const DIGEST_CONCURRENCY = 2 * SMTP_CONNECTIONS;
