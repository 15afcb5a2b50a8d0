import "server-only";
import { nextCheckInAfter } from "@/domain/cadence";
import { type Day, dateToDay, dayToDate } from "@/domain/calendar";
import type { CheckInChannel } from "@/generated/prisma/enums";
import { notFound } from "../action";
import type { Tx } from "../ownership";

/** Inside a transaction: the user's mentee, or the same not-found answer for a missing one and another user's. */
export async function ownMentee(tx: Tx, userId: string, menteeId: string) {
  const mentee = await tx.mentee.findFirst({
    where: { id: menteeId, userId },
    select: { id: true, name: true, stage: true, cadenceDays: true, nextSessionOn: true, lastSessionOn: true },
  });
  if (!mentee) throw notFound("Mentee");
  return mentee;
}

/**
 * Keeps a mentee's session rhythm true to their sessions (check-ins with them), as
 * syncRhythm does a mentor's: the last session is the newest logged, the next is the
 * last + the cadence, unless the user set a date. Called in the transaction of every
 * change to their sessions or cadence. No reminder row: the dashboard's "Mentoring"
 * panel reads the next session from the mentee.
 */
export async function syncSessions(
  tx: Tx,
  userId: string,
  menteeId: string,
  options: { explicitNext?: Day | null } = {},
) {
  const mentee = await tx.mentee.findFirstOrThrow({
    where: { id: menteeId, userId },
    select: { cadenceDays: true, nextSessionOn: true },
  });
  const newest = await tx.checkIn.findFirst({
    where: { userId, menteeId },
    orderBy: { occurredOn: "desc" },
    select: { occurredOn: true },
  });
  const last = newest ? dateToDay(newest.occurredOn) : null;
  const next =
    options.explicitNext !== undefined
      ? options.explicitNext
      : mentee.cadenceDays
        ? (nextCheckInAfter(last, mentee.cadenceDays) ??
          (mentee.nextSessionOn ? dateToDay(mentee.nextSessionOn) : null))
        : null;
  await tx.mentee.update({
    where: { id: menteeId, userId },
    data: { lastSessionOn: last ? dayToDate(last) : null, nextSessionOn: next ? dayToDate(next) : null },
  });
  return { last, next };
}

type NewSession = {
  occurredOn: Day;
  channel: CheckInChannel;
  notes: string;
  takeaways: string;
  links?: string[];
  durationMinutes?: number;
  followUps: { title: string; dueOn: Day }[];
};

/** Logs a session with one of the user's mentees (already checked as theirs); its follow-ups become reminders. */
export async function recordSession(tx: Tx, userId: string, menteeId: string, input: NewSession) {
  const checkIn = await tx.checkIn.create({
    data: {
      userId,
      menteeId,
      occurredOn: dayToDate(input.occurredOn),
      channel: input.channel,
      notes: input.notes,
      takeaways: input.takeaways,
      links: input.links ?? [],
      durationMinutes: input.durationMinutes ?? null,
    },
  });
  await tx.reminder.createMany({
    data: input.followUps.map((f) => ({
      userId,
      checkInId: checkIn.id,
      kind: "FOLLOW_UP" as const,
      title: f.title,
      dueOn: dayToDate(f.dueOn),
    })),
  });
  const rhythm = await syncSessions(tx, userId, menteeId);
  return { id: checkIn.id, menteeId, nextCheckInOn: rhythm.next };
}
