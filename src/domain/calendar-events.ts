// Meetings read from a calendar (an .ics file or a private ICS address): each
// occurrence of each event in a window of past days, recurring events expanded,
// with its attendees and a guess at the check-in channel. Pure: no I/O.
import { TZDate, tz } from "@date-fns/tz";
import { format } from "date-fns";
import ICAL from "ical.js";
import type { CheckInChannel } from "@/generated/prisma/enums";
import type { Day } from "./calendar";

export type Attendee = { email: string | null; name: string | null };

export type Meeting = {
  uid: string;
  /** With the UID, names this occurrence for good: the original start of a recurring event's instance. */
  occurrence: string;
  summary: string;
  /** Null for an all-day event. */
  startsAt: Date | null;
  /** The day it happened on the user's calendar. */
  day: Day;
  durationMinutes: number | null;
  attendees: Attendee[];
  channel: CheckInChannel;
};

export class CalendarFileError extends Error {}

/** Expanding a recurring event stops here: a rule that repeats every minute cannot run the server out of time. */
const MAX_STEPS_PER_EVENT = 20_000;
const MAX_STEPS = 200_000;

type Options = { now: Date; lookbackDays: number; timeZone: string };

export function readMeetings(ics: string, { now, lookbackDays, timeZone }: Options): Meeting[] {
  const root = parseCalendar(ics);
  const from = +now - lookbackDays * 86_400_000;
  const byUid = new Map<string, { master?: ICAL.Component; exceptions: ICAL.Component[] }>();
  for (const vevent of root.getAllSubcomponents("vevent")) {
    const uid = String(vevent.getFirstPropertyValue("uid") ?? "").trim();
    if (!uid || !vevent.hasProperty("dtstart")) continue;
    const entry = byUid.get(uid) ?? { exceptions: [] };
    if (vevent.hasProperty("recurrence-id")) entry.exceptions.push(vevent);
    else entry.master = vevent;
    byUid.set(uid, entry);
  }

  const meetings: Meeting[] = [];
  let steps = 0;
  const consider = (uid: string, occurrence: string, item: ICAL.Event, start: ICAL.Time, end: ICAL.Time | null) => {
    if (isCancelled(item.component)) return;
    const startsAt = instantOf(start, timeZone);
    if (+startsAt < from || +startsAt > +now) return;
    const allDay = start.isDate;
    const minutes = end && !allDay ? Math.round((+instantOf(end, timeZone) - +startsAt) / 60_000) : null;
    meetings.push({
      uid,
      occurrence,
      summary: String(item.summary ?? "").trim() || "(no title)",
      startsAt: allDay ? null : startsAt,
      day: allDay ? start.toString().slice(0, 10) : format(startsAt, "yyyy-MM-dd", { in: tz(timeZone) }),
      durationMinutes: minutes !== null && minutes > 0 ? minutes : null,
      attendees: attendeesOf(item.component),
      channel: guessChannel(item.component),
    });
  };

  for (const [uid, { master, exceptions }] of byUid) {
    if (!master) {
      // Only instances of a recurring event were published: each stands alone.
      for (const instance of exceptions) {
        const event = new ICAL.Event(instance);
        consider(uid, key(event.recurrenceId!), event, event.startDate, event.endDate);
      }
      continue;
    }
    const event = new ICAL.Event(master, { exceptions, strictExceptions: true });
    if (!event.isRecurring()) {
      consider(uid, key(event.startDate), event, event.startDate, event.endDate);
      continue;
    }
    const iterator = event.iterator();
    for (let step = 0, next = iterator.next(); next; next = iterator.next(), step++) {
      if (step >= MAX_STEPS_PER_EVENT || ++steps > MAX_STEPS) break;
      if (+instantOf(next, timeZone) > +now + 31 * 86_400_000) break; // an instance moved into the past may come a little later
      const details = event.getOccurrenceDetails(next);
      consider(uid, key(details.recurrenceId), details.item, details.startDate, details.endDate);
    }
  }
  return meetings;
}

function parseCalendar(ics: string): ICAL.Component {
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  } catch (error) {
    throw new CalendarFileError(`This is not a calendar (.ics) file we can read: ${(error as Error).message}`);
  }
  if (root.name !== "vcalendar")
    throw new CalendarFileError("This is not a calendar (.ics) file: it has no VCALENDAR.");
  return root;
}

const key = (time: ICAL.Time) =>
  time.isDate || isFloating(time) ? time.toString() : time.convertToZone(ICAL.Timezone.utcTimezone).toString();

const isCancelled = (c: ICAL.Component) =>
  String(c.getFirstPropertyValue("status") ?? "").toUpperCase() === "CANCELLED";

const isFloating = (time: ICAL.Time) => !time.zone || time.zone === ICAL.Timezone.localTimezone;

const knownZone = (tzid: string) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tzid });
    return true;
  } catch {
    return false;
  }
};

/**
 * An instant: a time in UTC or in a zone the file defines is exact; a TZID the file
 * does not define (common) is read as the IANA zone of that name; a floating time,
 * or an unknown zone, is the user's own wall clock.
 */
function instantOf(time: ICAL.Time, timeZone: string): Date {
  if (time.isDate) return new Date(+new TZDate(time.year, time.month - 1, time.day, 12, 0, 0, timeZone));
  if (!isFloating(time)) return time.toJSDate();
  const tzid = (time as { timezone?: string }).timezone;
  const zone = tzid && knownZone(tzid) ? tzid : timeZone;
  return new Date(+new TZDate(time.year, time.month - 1, time.day, time.hour, time.minute, time.second, zone));
}

const EMAIL = /^[^\s@:]+@[^\s@]+\.[^\s@]+$/;

/** Attendees and the organiser who did not decline: `mailto:` in any case, or a name alone. */
export function attendeesOf(c: ICAL.Component): Attendee[] {
  const out: Attendee[] = [];
  for (const prop of [...c.getAllProperties("organizer"), ...c.getAllProperties("attendee")]) {
    if (String(prop.getParameter("partstat") ?? "").toUpperCase() === "DECLINED") continue;
    const raw = String(prop.getFirstValue() ?? "").trim();
    const address = raw
      .replace(/^mailto:/i, "")
      .trim()
      .toLowerCase();
    const cn = prop.getParameter("cn");
    const name = (Array.isArray(cn) ? cn.join(", ") : String(cn ?? "")).replace(/^"|"$/g, "").trim();
    const email = EMAIL.test(address) ? address : null;
    if (email || name) out.push({ email, name: name || null });
  }
  return out;
}

const VIDEO =
  /zoom\.us|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|whereby\.com|webex\.com|meet\.jit\.si|facetime|skype/i;

/** The channel a meeting most likely used, from its links, title and place. */
export function guessChannel(c: ICAL.Component): CheckInChannel {
  const text = (name: string) => String(c.getFirstPropertyValue(name) ?? "");
  const links = [text("location"), text("description"), text("url"), text("x-google-conference")].join(" ");
  const words = `${text("summary")} ${text("location")}`;
  if (VIDEO.test(links)) return "VIDEO";
  if (/\b(coffee|caf[eé]|lunch|breakfast|dinner|drinks|walk)\b/i.test(words)) return "COFFEE";
  if (/\b(call|phone)\b|tel:/i.test(`${words} ${links}`)) return "CALL";
  if (c.getAllProperties("attendee").length > 4) return "EVENT";
  return text("location").trim() ? "COFFEE" : "CALL";
}

/** "Coffee, 45 min" / "Offsite, all day": the event as the inbox names it. */
export function meetingLabel(summary: string, startsAt: Date | null, durationMinutes: number | null): string {
  if (!startsAt) return `${summary}, all day`;
  if (durationMinutes === null) return summary;
  const hours = Math.floor(durationMinutes / 60);
  const minutes = durationMinutes % 60;
  const length = hours ? `${hours} h${minutes ? ` ${minutes} min` : ""}` : `${minutes} min`;
  return `${summary}, ${length}`;
}
