import "server-only";
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod } from "ical-generator";

export type Invitation = {
  sessionId: string;
  title: string;
  agenda: string;
  startsAt: Date;
  durationMinutes: number;
  organizer: { name: string; email: string };
  invitee: { name: string; email: string };
};

/**
 * A calendar invitation (iTIP REQUEST) for one invitee: times in UTC, which every
 * client shows in its own zone; one UID per session, so a later update replaces it.
 */
export function invitationIcs(i: Invitation): string {
  const calendar = ical({
    prodId: { company: "Mentor Map", product: "group sessions" },
    method: ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: `group-session-${i.sessionId}@mentor-map`,
    start: i.startsAt,
    end: new Date(i.startsAt.getTime() + i.durationMinutes * 60_000),
    summary: i.title,
    description: i.agenda || undefined,
    organizer: i.organizer,
    attendees: [
      {
        name: i.invitee.name,
        email: i.invitee.email,
        rsvp: true,
        role: ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.NEEDSACTION,
      },
    ],
  });
  return calendar.toString();
}
