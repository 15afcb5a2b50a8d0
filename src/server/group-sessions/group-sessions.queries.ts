import "server-only";
import { db } from "../db";

/** The user's group sessions with who was invited and who came: the coming ones soonest first, the past newest first. */
export async function groupSessionsOf(userId: string, _timeZone: string, now = new Date()) {
  const sessions = await db.groupSession.findMany({
    where: { userId },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    take: 100,
    include: { invites: { include: { mentee: { select: { name: true } } }, orderBy: { mentee: { name: "asc" } } } },
  });
  const rows = sessions.map((s) => ({
    id: s.id,
    title: s.title,
    startsAt: s.startsAt,
    durationMinutes: s.durationMinutes,
    agenda: s.agenda,
    notes: s.notes,
    invited: s.invites.length,
    attended: s.invites.filter((i) => i.attended).length,
    invites: s.invites.map((i) => ({
      menteeId: i.menteeId,
      name: i.mentee.name,
      invitedAt: i.invitedAt,
      attended: i.attended,
    })),
  }));
  return {
    upcoming: rows.filter((s) => s.startsAt >= now).reverse(),
    past: rows.filter((s) => s.startsAt < now),
  };
}

/** The people one could invite: accepted and active mentees, by name. */
export function inviteOptions(userId: string) {
  return db.mentee.findMany({
    where: { userId, stage: { in: ["ACCEPTED", "ACTIVE"] } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, email: true },
  });
}
