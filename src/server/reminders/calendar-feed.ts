import "server-only";
import { createHash, randomBytes } from "node:crypto";
import ical, { ICalCalendarMethod } from "ical-generator";
import { RESTING_STAGES } from "@/domain/cadence";
import { dateToDay } from "@/domain/calendar";
import { db } from "../db";

/** A new calendar feed secret: the URL carries it, the database keeps only its hash. */
export function newCalendarToken() {
  const token = randomBytes(24).toString("base64url");
  return { token, hash: hashCalendarToken(token) };
}
export const hashCalendarToken = (token: string) => createHash("sha256").update(token).digest("hex");

const FEED_MAX_EVENTS = 1_000;

/**
 * The calendar feed: every pending check-in reminder as an all-day event on its day
 * (a snoozed one on the day it comes back). UIDs are the reminders' ids, so a
 * calendar that polls the feed updates events rather than duplicating them.
 * Null for an unknown token (a rotated one included).
 */
export async function calendarFeed(token: string, baseUrl: string): Promise<string | null> {
  if (!/^[\w-]{20,64}$/.test(token)) return null;
  const user = await db.user.findUnique({
    where: { calendarTokenHash: hashCalendarToken(token) },
    select: { id: true },
  });
  if (!user) return null;
  const reminders = await db.reminder.findMany({
    where: {
      userId: user.id,
      status: { in: ["PENDING", "SNOOZED"] },
      // A resting relationship's check-ins are not due (a declined prospect's revisit date is).
      OR: [
        { mentorId: null },
        { mentor: { deletedAt: null, archivedAt: null, stage: { notIn: [...RESTING_STAGES] } } },
        { kind: "REVISIT", mentor: { deletedAt: null, archivedAt: null } },
      ],
    },
    orderBy: { dueOn: "asc" },
    take: FEED_MAX_EVENTS,
    select: {
      id: true,
      title: true,
      kind: true,
      dueOn: true,
      snoozedUntil: true,
      status: true,
      updatedAt: true,
      mentorId: true,
    },
  });
  // All-day events are calendar days, with no zone: the day in the user's own calendar is the day shown.
  const calendar = ical({ name: "Mentor Map check-ins", method: ICalCalendarMethod.PUBLISH, ttl: 60 * 60 });
  for (const r of reminders) {
    const day = dateToDay(r.status === "SNOOZED" && r.snoozedUntil ? r.snoozedUntil : r.dueOn);
    const start = new Date(`${day}T00:00:00Z`);
    calendar.createEvent({
      id: `${r.id}@mentor-map`,
      start,
      allDay: true,
      summary: r.title || "Check-in reminder",
      description: r.mentorId ? `${baseUrl}/mentors/${r.mentorId}` : `${baseUrl}/dashboard`,
      url: r.mentorId ? `${baseUrl}/mentors/${r.mentorId}` : `${baseUrl}/dashboard`,
      stamp: r.updatedAt,
    });
  }
  return calendar.toString();
}
