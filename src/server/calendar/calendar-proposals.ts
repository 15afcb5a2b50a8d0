import "server-only";
import { type Day, dayToDate, todayIn } from "@/domain/calendar";
import { type Meeting, meetingLabel, readMeetings } from "@/domain/calendar-events";
import type { AttendeeMatch, CheckInChannel } from "@/generated/prisma/enums";
import { recordCheckIn } from "../check-ins/rhythm";
import { db } from "../db";
import type { Tx } from "../ownership";

/** How far back a calendar is read: meetings older than this are not offered. */
export const LOOKBACK_DAYS = 60;

type Candidate = { mentorId: string; match: AttendeeMatch; meeting: Meeting };

export type CalendarReading = { meetings: number; proposed: number; logged: number };

/**
 * Reads a calendar for one user and proposes a check-in for each meeting with one
 * of their live mentors: an attendee's email is the mentor's, or (weaker) only the
 * name is, and no other of the user's mentors has it. Each mentor and occurrence is
 * proposed once, ever (the unique key), and not at all when a check-in with that
 * mentor is already logged that day. With auto-logging on, email matches become
 * check-ins at once, each in one transaction with its proposal, so a crash or a
 * second instance cannot log a meeting twice.
 */
export async function proposeFromCalendar(
  userId: string,
  ics: string,
  auto: boolean,
  now = new Date(),
): Promise<CalendarReading> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, timeZone: true } });
  const meetings = readMeetings(ics, { now, lookbackDays: LOOKBACK_DAYS, timeZone: user.timeZone });
  const candidates = await matchMentors(userId, user.email.toLowerCase(), meetings);
  if (!candidates.length) return { meetings: meetings.length, proposed: 0, logged: 0 };

  const logged = await alreadyLogged(userId, candidates);
  const fresh = candidates.filter((c) => !logged.has(`${c.mentorId}|${c.meeting.day}`));
  let loggedNow = 0;
  for (const c of fresh.filter((c) => auto && c.match === "EMAIL")) {
    if (await logAtOnce(userId, c, todayIn(user.timeZone, now))) loggedNow++;
  }
  const proposed = await db.proposedCheckIn.createMany({
    data: fresh.filter((c) => !(auto && c.match === "EMAIL")).map((c) => proposalRow(userId, c)),
    skipDuplicates: true,
  });
  return { meetings: meetings.length, proposed: proposed.count, logged: loggedNow };
}

async function matchMentors(userId: string, ownEmail: string, meetings: Meeting[]): Promise<Candidate[]> {
  const emails = new Set<string>();
  const names = new Set<string>();
  for (const m of meetings)
    for (const a of m.attendees) {
      if (a.email && a.email !== ownEmail) emails.add(a.email);
      if (a.name) names.add(normalName(a.name));
    }
  if (!emails.size && !names.size) return [];
  const mentors = await db.$queryRaw<{ id: string; email: string | null; name: string }[]>`
    SELECT "id", lower("email") AS "email", lower(regexp_replace(btrim("name"), '\\s+', ' ', 'g')) AS "name"
    FROM "Mentor"
    WHERE "userId" = ${userId} AND "deletedAt" IS NULL AND "archivedAt" IS NULL
      AND (lower("email") = ANY(${[...emails]}::text[])
        OR lower(regexp_replace(btrim("name"), '\\s+', ' ', 'g')) = ANY(${[...names]}::text[]))`;
  const byEmail = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  for (const m of mentors) {
    if (m.email) byEmail.set(m.email, [...(byEmail.get(m.email) ?? []), m.id]);
    byName.set(m.name, [...(byName.get(m.name) ?? []), m.id]);
  }
  const out = new Map<string, Candidate>();
  for (const meeting of meetings)
    for (const a of meeting.attendees) {
      const viaEmail = a.email ? byEmail.get(a.email) : undefined;
      // A name is a match only when the attendee has no email we know, and it names exactly one mentor.
      const viaName = !viaEmail?.length && a.name ? byName.get(normalName(a.name)) : undefined;
      const [mentorId, match] = viaEmail?.length
        ? [viaEmail[0]!, "EMAIL" as const]
        : viaName?.length === 1 && !(a.email && a.email === ownEmail)
          ? [viaName[0]!, "NAME" as const]
          : [];
      if (!mentorId || !match) continue;
      const key = `${mentorId}|${meeting.uid}|${meeting.occurrence}`;
      if (!out.has(key) || (match === "EMAIL" && out.get(key)!.match === "NAME"))
        out.set(key, { mentorId, match, meeting });
    }
  return [...out.values()];
}

const normalName = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();

/** "mentorId|day" of each check-in already logged on a day one of the candidates met. */
async function alreadyLogged(userId: string, candidates: Candidate[]) {
  const rows = await db.checkIn.findMany({
    where: {
      userId,
      mentorId: { in: [...new Set(candidates.map((c) => c.mentorId))] },
      occurredOn: { in: [...new Set(candidates.map((c) => dayToDate(c.meeting.day)))] },
    },
    select: { mentorId: true, occurredOn: true },
  });
  return new Set(rows.map((r) => `${r.mentorId}|${r.occurredOn.toISOString().slice(0, 10)}`));
}

function proposalRow(userId: string, { mentorId, match, meeting }: Candidate) {
  return {
    userId,
    mentorId,
    match,
    eventUid: meeting.uid.slice(0, 500),
    occurrence: meeting.occurrence,
    summary: meeting.summary.slice(0, 200),
    startsAt: meeting.startsAt,
    occurredOn: dayToDate(meeting.day),
    durationMinutes: meeting.durationMinutes,
    channel: meeting.channel,
  };
}

/** The proposal and its check-in in one transaction; false when this occurrence was proposed before. */
async function logAtOnce(userId: string, c: Candidate, today: Day): Promise<boolean> {
  if (c.meeting.day > today) return false;
  return db.$transaction(async (tx) => {
    const [claimed] = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "ProposedCheckIn" ("id", "userId", "mentorId", "eventUid", "occurrence", "summary", "startsAt",
        "occurredOn", "durationMinutes", "channel", "match", "status", "decidedAt")
      VALUES (gen_random_uuid()::text, ${userId}, ${c.mentorId}, ${c.meeting.uid.slice(0, 500)}, ${c.meeting.occurrence},
        ${c.meeting.summary.slice(0, 200)}, ${c.meeting.startsAt}, ${dayToDate(c.meeting.day)}::date,
        ${c.meeting.durationMinutes}, ${c.meeting.channel}::"CheckInChannel", 'EMAIL', 'LOGGED', now())
      ON CONFLICT ("userId", "mentorId", "eventUid", "occurrence") DO NOTHING
      RETURNING "id"`;
    if (!claimed) return false;
    await logProposal(tx, userId, claimed.id);
    return true;
  });
}

/**
 * A proposal becomes its check-in: the meeting's day and channel, its title and
 * length as the note; the clock resets as for any check-in.
 */
export async function logProposal(tx: Tx, userId: string, id: string, channel?: CheckInChannel) {
  const p = await tx.proposedCheckIn.findFirstOrThrow({
    where: { id, userId },
    include: { mentor: { select: { id: true, lastCheckInOn: true, deletedAt: true } } },
  });
  const result = await recordCheckIn(tx, userId, p.mentor, {
    occurredOn: p.occurredOn.toISOString().slice(0, 10),
    channel: channel ?? p.channel,
    notes: `From your calendar: ${meetingLabel(p.summary, p.startsAt, p.durationMinutes)}.`,
    takeaways: "",
    followUps: [],
  });
  await tx.proposedCheckIn.update({
    where: { id, userId },
    data: { status: "LOGGED", checkInId: result.id, decidedAt: new Date() },
  });
  return result;
}
