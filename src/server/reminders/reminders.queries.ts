import "server-only";
import { addDaysToDay, dateToDay, dayToDate, type Day } from "@/domain/calendar";
import type { ReminderKind } from "@/generated/prisma/enums";
import { db } from "../db";

type DueRow = { id: string; kind: ReminderKind; title: string; dueOn: Date; mentor_id: string | null; mentor_name: string | null };
export type DueReminder = { id: string; kind: ReminderKind; title: string; dueOn: Day; mentor: { id: string; name: string } | null };

/**
 * Reminders overdue or due in the next seven days (the map's "due this week"),
 * snoozed ones once they are back, of live mentors: what the dashboard and the digest list.
 */
export async function dueReminders(userId: string, today: Day, limit: number): Promise<DueReminder[]> {
  const rows = await db.$queryRaw<DueRow[]>`
    SELECT r."id", r."kind", r."title", r."dueOn", m."id" AS mentor_id, m."name" AS mentor_name
    FROM "Reminder" r LEFT JOIN "Mentor" m ON m."id" = r."mentorId" AND m."userId" = ${userId}
    WHERE r."userId" = ${userId} AND r."dueOn" < ${dayToDate(addDaysToDay(today, 7))}::date
      AND (m."id" IS NULL OR (m."deletedAt" IS NULL AND m."archivedAt" IS NULL))
      AND (r."status" = 'PENDING' OR (r."status" = 'SNOOZED' AND r."snoozedUntil" <= ${dayToDate(today)}::date))
    ORDER BY r."dueOn", r."createdAt" LIMIT ${limit}`;
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    title: r.title,
    dueOn: dateToDay(r.dueOn),
    mentor: r.mentor_id ? { id: r.mentor_id, name: r.mentor_name ?? "" } : null,
  }));
}
