import "server-only";
import { type Day, dateToDay } from "@/domain/calendar";
import { meetingLabel } from "@/domain/calendar-events";
import type { AttendeeMatch, CheckInChannel } from "@/generated/prisma/enums";
import { db } from "../db";

export type CalendarSourceView = {
  /** The address, cut to its site: the rest is a secret. */
  address: string | null;
  fileName: string | null;
  autoLogExactEmail: boolean;
  lastReadAt: Date | null;
  nextFetchAt: Date | null;
  lastError: string | null;
};

export const maskedAddress = (url: string) => {
  try {
    return `${new URL(url).origin}/…`;
  } catch {
    return "…";
  }
};

export async function calendarSourceFor(userId: string): Promise<CalendarSourceView | null> {
  const source = await db.calendarSource.findUnique({ where: { userId } });
  if (!source) return null;
  return {
    address: source.url ? maskedAddress(source.url) : null,
    fileName: source.fileName,
    autoLogExactEmail: source.autoLogExactEmail,
    lastReadAt: source.lastReadAt,
    nextFetchAt: source.url ? source.nextFetchAt : null,
    lastError: source.lastError,
  };
}

export type Proposal = {
  id: string;
  mentorId: string;
  mentorName: string;
  on: Day;
  label: string;
  channel: CheckInChannel;
  match: AttendeeMatch;
};

/**
 * The inbox: meetings waiting to be logged, newest first, leaving out any whose
 * mentor has since had a check-in logged that day (by hand, or from another event).
 */
export async function pendingProposals(userId: string, take = 5): Promise<{ items: Proposal[]; total: number }> {
  const rows = await db.$queryRaw<
    {
      id: string;
      mentorId: string;
      mentorName: string;
      occurredOn: Date;
      summary: string;
      startsAt: Date | null;
      durationMinutes: number | null;
      channel: CheckInChannel;
      match: AttendeeMatch;
      total: bigint;
    }[]
  >`
    SELECT p."id", p."mentorId", m."name" AS "mentorName", p."occurredOn", p."summary", p."startsAt",
      p."durationMinutes", p."channel", p."match", count(*) OVER () AS "total"
    FROM "ProposedCheckIn" p
    JOIN "Mentor" m ON m."id" = p."mentorId" AND m."userId" = p."userId" AND m."deletedAt" IS NULL
    WHERE p."userId" = ${userId} AND p."status" = 'PENDING'
      AND NOT EXISTS (SELECT 1 FROM "CheckIn" c
        WHERE c."userId" = p."userId" AND c."mentorId" = p."mentorId" AND c."occurredOn" = p."occurredOn")
    ORDER BY p."occurredOn" DESC, p."startsAt" DESC NULLS LAST, p."id"
    LIMIT ${take}`;
  return {
    total: Number(rows[0]?.total ?? 0),
    items: rows.map((r) => ({
      id: r.id,
      mentorId: r.mentorId,
      mentorName: r.mentorName,
      on: dateToDay(r.occurredOn),
      label: meetingLabel(r.summary, r.startsAt, r.durationMinutes),
      channel: r.channel,
      match: r.match,
    })),
  };
}
