import "server-only";
import { CalendarFileError } from "@/domain/calendar-events";
import { db } from "../db";
import { env } from "../env";
import { logger } from "../logger";
import { CalendarFetchError, fetchCalendar } from "./calendar-fetch";
import { type CalendarReading, proposeFromCalendar } from "./calendar-proposals";

/** A calendar address is read again this often. */
export const FETCH_EVERY_MS = 3 * 60 * 60_000;
/** A fetch holds its source this long; one cut off by a crash is tried again after it. */
const LEASE_MS = 10 * 60_000;
/** Sources read per run, one after the other (each has its own deadline). */
const BATCH = 25;

export const fetchOptions = () => {
  const { CALENDAR_ALLOW_HTTP, CALENDAR_ALLOW_HOSTS, CALENDAR_ALLOW_HOSTS_ONLY, CALENDAR_FETCH_TIMEOUT_SECONDS } =
    env();
  return {
    allowHttp: CALENDAR_ALLOW_HTTP === "1",
    allowHosts: CALENDAR_ALLOW_HOSTS,
    allowedHostsOnly: CALENDAR_ALLOW_HOSTS_ONLY === "1",
    timeoutMs: CALENDAR_FETCH_TIMEOUT_SECONDS * 1000,
  };
};

/** What the user is told when reading failed: our own words for what we expect, a plain line otherwise. */
export function readingError(error: unknown): string {
  if (error instanceof CalendarFetchError || error instanceof CalendarFileError) return error.message;
  logger.error({ err: error }, "calendar reading failed");
  return "Something went wrong on our side while reading the calendar; it will be tried again.";
}

/** Fetches the address and proposes check-ins from it; throws CalendarFetchError or CalendarFileError. */
export async function readCalendarAt(userId: string, url: string, autoLog: boolean): Promise<CalendarReading> {
  const ics = await fetchCalendar(url, fetchOptions());
  return proposeFromCalendar(userId, ics, autoLog);
}

/**
 * One scheduled run: every calendar address that is due, claimed first (its next
 * fetch moved a lease ahead, skipping those another instance holds), then read. A
 * source whose address changed meanwhile keeps the new address's state.
 */
export async function runCalendarFetches(): Promise<{ read: number; failed: number }> {
  const claimed = await db.$queryRaw<{ userId: string; url: string; autoLogExactEmail: boolean }[]>`
    UPDATE "CalendarSource" SET "nextFetchAt" = now() + ${`${LEASE_MS} milliseconds`}::interval
    WHERE "userId" IN (
      SELECT "userId" FROM "CalendarSource"
      WHERE "url" IS NOT NULL AND "nextFetchAt" <= now()
      ORDER BY "nextFetchAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
    RETURNING "userId", "url", "autoLogExactEmail"`;
  let failed = 0;
  for (const source of claimed) {
    let lastError: string | null = null;
    try {
      await readCalendarAt(source.userId, source.url, source.autoLogExactEmail);
    } catch (error) {
      lastError = readingError(error);
      failed++;
    }
    await db.calendarSource.updateMany({
      where: { userId: source.userId, url: source.url },
      data: {
        nextFetchAt: new Date(Date.now() + FETCH_EVERY_MS),
        lastError,
        ...(lastError ? {} : { lastReadAt: new Date() }),
      },
    });
  }
  if (claimed.length) logger.info({ read: claimed.length - failed, failed }, "calendars read");
  return { read: claimed.length - failed, failed };
}
