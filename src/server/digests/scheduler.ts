import "server-only";
import { schedulerSilent } from "@/domain/digest-schedule";
import { purgeApplications } from "../applications/applications.queries";
import { db } from "../db";
import { env } from "../env";
import { logger } from "../logger";
import { runDigests } from "./send-digests";

/** Digests are checked this often; a user's hour is caught on the first check after it. */
const EVERY_MINUTES = 5;
const QUEUE = "digests";
/** Calendar addresses due a read (every few hours each) are looked for this often. */
const CALENDAR_EVERY_MINUTES = 15;
const CALENDAR_QUEUE = "calendars";

let started = false;
let stopBoss: (() => Promise<void>) | undefined;
const timers: ReturnType<typeof setInterval>[] = [];

/**
 * The app's scheduled jobs, started with it (src/instrumentation.ts): digests, and
 * reading the users' calendars for check-ins. On Postgres, pg-boss keeps the
 * schedule in the database and hands each tick to one instance; on the embedded
 * database (one connection, one process) a timer does. Either way the delivery
 * ledger, not the scheduler, is what makes a digest go out at most once, and a
 * calendar's lease and its proposals' unique key that a meeting is offered once.
 */
export async function startDigestScheduler() {
  if (started) return;
  started = true;
  const { DATABASE_URL, MENTOR_MAP_EMBEDDED_DB } = env();
  const tick = () => void runOnce();

  if (MENTOR_MAP_EMBEDDED_DB === "1") {
    timers.push(setInterval(tick, EVERY_MINUTES * 60_000).unref());
    timers.push(setTimeout(tick, 10_000).unref()); // catch up on a window missed while the app was down
    timers.push(setInterval(() => void readCalendars(), CALENDAR_EVERY_MINUTES * 60_000).unref());
  } else {
    const { default: PgBoss } = await import("pg-boss");
    const boss = new PgBoss({ connectionString: DATABASE_URL, max: 2 });
    boss.on("error", (error: Error) => logger.warn({ err: error.message }, "pg-boss"));
    await boss.start();
    stopBoss = () => boss.stop({ graceful: true, wait: true });
    await boss.createQueue(QUEUE).catch(() => {}); // already there after the first start
    await boss.schedule(QUEUE, `*/${EVERY_MINUTES} * * * *`);
    await boss.work(QUEUE, runOnce);
    await boss.send(QUEUE, {}, { singletonKey: "catch-up", singletonSeconds: 60 }); // catch up now
    await boss.createQueue(CALENDAR_QUEUE).catch(() => {});
    await boss.schedule(CALENDAR_QUEUE, `*/${CALENDAR_EVERY_MINUTES} * * * *`);
    await boss.work(CALENDAR_QUEUE, readCalendars);
  }
  timers.push(setInterval(() => void warnIfSilent(), 30 * 60_000).unref());
  logger.info(
    { everyMinutes: EVERY_MINUTES, via: MENTOR_MAP_EMBEDDED_DB === "1" ? "timer" : "pg-boss" },
    "digest scheduler started",
  );
}

let running: Promise<void> | undefined;

/**
 * One run at a time in this process: a tick that comes while a run is still going
 * (a slow SMTP server) is skipped rather than piled up; every SMTP step has a
 * deadline, so a run always ends.
 */
export function runOnce(): Promise<void> {
  if (running) {
    logger.info("digest run still going; this tick is skipped");
    return running;
  }
  running = runDigests()
    // The same tick deletes what the app promises not to keep: applications never
    // confirmed after a day, declined ones 90 days after the decision.
    .then(() => purgeApplications())
    .then(
      () => undefined,
      (error: Error) => logger.error({ err: error.message }, "digest run failed"),
    )
    .finally(() => {
      running = undefined;
    });
  return running;
}

let reading: Promise<void> | undefined;

/** Reads the calendars that are due; one run at a time in this process, each fetch with its deadline. */
export function readCalendars(): Promise<void> {
  reading ??= import("../calendar/calendar-sync")
    .then(({ runCalendarFetches }) => runCalendarFetches())
    .then(
      () => undefined,
      (error: Error) => logger.error({ err: error.message }, "calendar run failed"),
    )
    .finally(() => {
      reading = undefined;
    });
  return reading;
}

/** For tests and a clean shutdown. */
export async function stopDigestScheduler() {
  for (const t of timers.splice(0)) clearInterval(t);
  await stopBoss?.();
  stopBoss = undefined;
  started = false;
}

/** The log says so when digests are on for someone and no run has happened for two hours. */
async function warnIfSilent() {
  const [last, someoneOn] = await Promise.all([
    db.digestRun.findFirst({ orderBy: { startedAt: "desc" }, select: { startedAt: true } }),
    db.user.findFirst({ where: { digestFrequency: { not: "OFF" }, digestUnsubscribedAt: null }, select: { id: true } }),
  ]);
  if (schedulerSilent(Boolean(someoneOn), last?.startedAt ?? null, new Date())) {
    logger.warn({ lastRun: last?.startedAt ?? null }, "no digest run for over two hours while digests are enabled");
  }
}
