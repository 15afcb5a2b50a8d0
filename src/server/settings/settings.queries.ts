import "server-only";
import { schedulerSilent } from "@/domain/digest-schedule";
import type { WorkingHours } from "@/domain/working-hours";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";

export async function getSettings(userId: string) {
  const [user, lastRun, deliveries] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        email: true,
        name: true,
        headline: true,
        workStartHour: true,
        workEndHour: true,
        timeZone: true,
        digestFrequency: true,
        digestWeekday: true,
        digestHour: true,
        digestSendEmpty: true,
        digestUnsubscribedAt: true,
        digestPausedAt: true,
        digestPausedReason: true,
        calendarTokenHash: true,
      },
    }),
    db.digestRun.findFirst({
      orderBy: { startedAt: "desc" },
      select: { startedAt: true, finishedAt: true, sent: true, failed: true, skipped: true },
    }),
    db.digestDelivery.findMany({
      where: { userId },
      orderBy: { scheduledFor: "desc" },
      take: 5,
      select: {
        id: true,
        period: true,
        status: true,
        attempts: true,
        sentAt: true,
        lastError: true,
        itemCount: true,
        nextAttemptAt: true,
        resentAt: true,
        giveUpAt: true,
        startedAt: true,
      },
    }),
  ]);
  const enabled = user.digestFrequency !== "OFF" && !user.digestUnsubscribedAt;
  const { calendarTokenHash, ...rest } = user;
  return {
    user: { ...rest, hasCalendarFeed: calendarTokenHash !== null },
    lastRun,
    deliveries,
    schedulerSilent: schedulerSilent(enabled, lastRun?.startedAt ?? null, new Date()),
  };
}
/** Whether this period's digest is already settled (sent, skipped, in progress, or failed for good). */
export async function digestPeriodSettled(userId: string, period: string) {
  const row = await db.digestDelivery.findUnique({
    where: { userId_period: { userId, period } },
    select: { status: true, nextAttemptAt: true },
  });
  return row !== null && !(row.status === "FAILED" && row.nextAttemptAt !== null);
}

export type SettingsData = Awaited<ReturnType<typeof getSettings>>;

/** The user's working hours, with their zone: for the hours they share with a mentor. */
export async function workingHoursOf(user: Pick<CurrentUser, "id" | "timeZone">): Promise<WorkingHours> {
  const row = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { workStartHour: true, workEndHour: true },
  });
  return { zone: user.timeZone, startHour: row.workStartHour, endHour: row.workEndHour };
}
