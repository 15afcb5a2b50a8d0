"use server";

import { revalidatePath } from "next/cache";
import { dayAndTimeIn, sessionStart } from "@/domain/group-sessions";
import { ActionError, authedAction, notFound } from "../action";
import { db } from "../db";
import { logger } from "../logger";
import { sendMail } from "../mail/mail";
import { recordSession, syncSessions } from "../mentees/sessions";
import type { Tx } from "../ownership";
import { recordAttendanceSchema, scheduleGroupSessionSchema } from "./group-sessions.schema";
import { invitationIcs } from "./invitation";

/** All of these ids must be the user's mentees; the same answer for a missing one and another user's. */
async function ownMentees(tx: Tx, userId: string, ids: string[]) {
  const unique = [...new Set(ids)];
  const found = await tx.mentee.findMany({
    where: { userId, id: { in: unique } },
    select: { id: true, name: true, email: true },
  });
  if (found.length !== unique.length)
    throw new ActionError("Please correct the highlighted fields.", {
      menteeIds: ["One of the chosen people is not someone you mentor."],
    });
  return found;
}

/**
 * Schedules a group session at a day and time in the user's zone and invites the
 * chosen mentees: each one with an email address gets a calendar invitation by mail.
 */
export const scheduleGroupSessionAction = authedAction(
  scheduleGroupSessionSchema,
  async (input, { userId, timeZone }) => {
    const startsAt = sessionStart(input.day, input.time, timeZone);
    const { session, invitees } = await db.$transaction(async (tx) => {
      const invitees = await ownMentees(tx, userId, input.menteeIds);
      const session = await tx.groupSession.create({
        data: {
          userId,
          title: input.title,
          startsAt,
          durationMinutes: input.durationMinutes,
          agenda: input.notes,
        },
        select: { id: true },
      });
      await tx.groupSessionInvite.createMany({
        data: invitees.map((m) => ({ userId, groupSessionId: session.id, menteeId: m.id })),
      });
      return { session, invitees };
    });
    const owner = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true } });
    const when = dayAndTimeIn(startsAt, timeZone);
    let invited = 0;
    for (const m of invitees.filter((x) => x.email)) {
      const ics = invitationIcs({
        sessionId: session.id,
        title: input.title,
        agenda: input.notes,
        startsAt,
        durationMinutes: input.durationMinutes,
        organizer: { name: owner.name ?? owner.email, email: owner.email },
        invitee: { name: m.name, email: m.email! },
      });
      try {
        await sendMail({
          to: m.email!,
          subject: `Invitation: ${input.title}`,
          text: `${owner.name ?? "Your mentor"} invites you to a group session, “${input.title}”, on ${when.day} at ${when.time} (${timeZone}), for ${input.durationMinutes} minutes. The invitation is attached: your calendar shows it in your own time.\n${input.notes ? `\n${input.notes}\n` : ""}`,
          icalEvent: { method: "REQUEST", filename: "invitation.ics", content: ics },
        });
        await db.groupSessionInvite.update({
          where: { groupSessionId_menteeId: { groupSessionId: session.id, menteeId: m.id } },
          data: { invitedAt: new Date() },
        });
        invited++;
      } catch (error) {
        // The session stands; its page marks who has no invitation ('no invitation sent').
        logger.error({ err: error, userId }, "a group session invitation could not be sent");
      }
    }
    revalidatePath("/mentees", "layout");
    return { id: session.id, invited, withoutEmail: invitees.length - invitees.filter((x) => x.email).length };
  },
  "scheduleGroupSessionAction",
);

/**
 * Who came: each one present gets the session on their timeline (a check-in, once),
 * each one marked absent loses it again; the shared notes go with it.
 */
export const recordAttendanceAction = authedAction(
  recordAttendanceSchema,
  async ({ id, attendedIds, notes }, { userId, timeZone }) => {
    const logged = await db.$transaction(async (tx) => {
      const session = await tx.groupSession.findFirst({ where: { id, userId }, include: { invites: true } });
      if (!session) throw notFound("Group session");
      // Who came is known once it has begun: a session on a timeline is never in the future.
      if (session.startsAt > new Date())
        throw new ActionError("Please correct the highlighted fields.", {
          attendedIds: ["This session has not started yet: say who came afterwards."],
        });
      const invited = new Set(session.invites.map((i) => i.menteeId));
      if (attendedIds.some((m) => !invited.has(m)))
        throw new ActionError("Please correct the highlighted fields.", {
          attendedIds: ["Only people invited to this session can have attended it."],
        });
      const present = new Set(attendedIds);
      const text = `Group session “${session.title}”${notes ? `: ${notes}` : ""}`;
      const day = dayAndTimeIn(session.startsAt, timeZone).day;
      for (const invite of session.invites) {
        const where = { groupSessionId_menteeId: { groupSessionId: id, menteeId: invite.menteeId } };
        if (present.has(invite.menteeId)) {
          if (invite.checkInId) {
            await tx.checkIn.update({ where: { id: invite.checkInId, userId }, data: { notes: text } });
          } else {
            const checkIn = await recordSession(tx, userId, invite.menteeId, {
              occurredOn: day,
              channel: "EVENT",
              notes: text,
              takeaways: "",
              followUps: [],
            });
            await tx.groupSessionInvite.update({ where, data: { attended: true, checkInId: checkIn.id } });
          }
        } else if (invite.attended || invite.checkInId) {
          if (invite.checkInId) await tx.checkIn.deleteMany({ where: { id: invite.checkInId, userId } });
          await tx.groupSessionInvite.update({ where, data: { attended: false, checkInId: null } });
          await syncSessions(tx, userId, invite.menteeId);
        }
      }
      await tx.groupSession.update({ where: { id, userId }, data: { notes } });
      return present.size;
    });
    revalidatePath("/mentees", "layout");
    return { id, logged };
  },
  "recordAttendanceAction",
);
