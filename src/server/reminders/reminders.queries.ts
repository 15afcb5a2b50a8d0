import "server-only";
import { DUE_SOON_DAYS, RESTING_STAGES } from "@/domain/cadence";
import { type Day, dateToDay } from "@/domain/calendar";
import type { ReminderKind } from "@/generated/prisma/enums";
import { db } from "../db";

type DueRow = {
  user_id: string;
  id: string;
  kind: ReminderKind;
  title: string;
  dueOn: Date;
  mentor_id: string | null;
  mentor_name: string | null;
};
export type DueReminder = {
  id: string;
  kind: ReminderKind;
  title: string;
  dueOn: Day;
  mentor: { id: string; name: string } | null;
};

/**
 * Reminders overdue or due in the next seven days (today + DUE_SOON_DAYS, both included),
 * snoozed ones once they are back, of live mentors: what the dashboard and the digest
 * list. For many users at once (the digest batch), each on their own calendar day;
 * one query however many.
 */
export async function dueRemindersFor(
  users: { id: string; today: Day }[],
  limit: number,
): Promise<Map<string, DueReminder[]>> {
  const byUser = new Map<string, DueReminder[]>(users.map((u) => [u.id, []]));
  if (!users.length) return byUser;
  const rows = await db.$queryRaw<DueRow[]>`
    SELECT u.id AS user_id, x.*
    FROM unnest(${users.map((u) => u.id)}::text[], ${users.map((u) => u.today)}::date[]) AS u(id, today)
    CROSS JOIN LATERAL (
      -- The pending and the woken snoozed ones, each read in order off
      -- "Reminder_userId_status_dueOn_createdAt_idx" and merged, their mentors looked up
      -- until enough are found: never every reminder due of a 20,000-mentor map.
      SELECT r."id", r."kind", r."title", r."dueOn", m."id" AS mentor_id, m."name" AS mentor_name
      FROM (
        (SELECT * FROM "Reminder" WHERE "userId" = u.id AND "status" = 'PENDING'
          AND "dueOn" <= u.today + ${DUE_SOON_DAYS}::int ORDER BY "dueOn", "createdAt")
        UNION ALL
        (SELECT * FROM "Reminder" WHERE "userId" = u.id AND "status" = 'SNOOZED' AND "snoozedUntil" <= u.today
          AND "dueOn" <= u.today + ${DUE_SOON_DAYS}::int ORDER BY "dueOn", "createdAt")
      ) r
      LEFT JOIN LATERAL (SELECT * FROM "Mentor" m WHERE m."id" = r."mentorId" AND m."userId" = u.id) m ON true
      WHERE m."id" IS NULL OR (m."deletedAt" IS NULL AND m."archivedAt" IS NULL
        AND (r."kind" = 'REVISIT' OR NOT (m."stage"::text = ANY(${[...RESTING_STAGES]}::text[]))))
      ORDER BY r."dueOn", r."createdAt" LIMIT ${limit}
    ) x`;
  for (const r of rows) {
    byUser.get(r.user_id)!.push({
      id: r.id,
      kind: r.kind,
      title: r.title,
      dueOn: dateToDay(r.dueOn),
      mentor: r.mentor_id ? { id: r.mentor_id, name: r.mentor_name ?? "" } : null,
    });
  }
  return byUser;
}

/** One user's due reminders (the dashboard). */
export async function dueReminders(userId: string, today: Day, limit: number): Promise<DueReminder[]> {
  return (await dueRemindersFor([{ id: userId, today }], limit)).get(userId)!;
}
