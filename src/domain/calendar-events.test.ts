import { describe, expect, it } from "vitest";
import { CalendarFileError, meetingLabel, readMeetings } from "./calendar-events";

const now = new Date("2026-12-01T12:00:00Z");
const read = (body: string, timeZone = "Europe/Stockholm") =>
  readMeetings(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n${body}END:VCALENDAR\r\n`, {
    now,
    lookbackDays: 30,
    timeZone,
  });
const event = (lines: string) => `BEGIN:VEVENT\r\n${lines.trim().replace(/\n\s*/g, "\r\n")}\r\nEND:VEVENT\r\n`;

// Outlook names its zones the Windows way and defines them in the file.
const WINDOWS_ZONE = `BEGIN:VTIMEZONE\r\nTZID:W. Europe Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n`;

describe("meetings read from a calendar", () => {
  it("expand a weekly event across the DST change, skip an EXDATE, move an exception and drop a cancelled instance", () => {
    const meetings = read(
      WINDOWS_ZONE +
        event(`
          UID:weekly-1
          SUMMARY:Coffee with Tom
          DTSTART;TZID=W. Europe Standard Time:20261015T090000
          DTEND;TZID=W. Europe Standard Time:20261015T094500
          RRULE:FREQ=WEEKLY;COUNT=10
          EXDATE;TZID=W. Europe Standard Time:20261105T090000
          ATTENDEE;CN=Tom Lindqvist:mailto:TOM@Example.com`) +
        event(`
          UID:weekly-1
          RECURRENCE-ID;TZID=W. Europe Standard Time:20261112T090000
          SUMMARY:Coffee with Tom (moved)
          DTSTART;TZID=W. Europe Standard Time:20261113T150000
          DTEND;TZID=W. Europe Standard Time:20261113T160000`) +
        event(`
          UID:weekly-1
          RECURRENCE-ID;TZID=W. Europe Standard Time:20261119T090000
          STATUS:CANCELLED
          DTSTART;TZID=W. Europe Standard Time:20261119T090000`),
    );
    // 15 Oct … 17 Dec weekly; in the window (2 Nov – 1 Dec): 5 Nov (excluded), 12 Nov (moved to 13th), 19 Nov (cancelled), 26 Nov.
    expect(meetings.map((m) => [m.day, m.startsAt?.toISOString(), m.durationMinutes, m.summary])).toEqual([
      ["2026-11-13", "2026-11-13T14:00:00.000Z", 60, "Coffee with Tom (moved)"],
      ["2026-11-26", "2026-11-26T08:00:00.000Z", 45, "Coffee with Tom"],
    ]);
    // The moved instance keeps its original start as its occurrence: fetched again, it is the same one.
    expect(meetings[0]!.occurrence).toBe("2026-11-12T08:00:00Z");
    expect(new Set(meetings.map((m) => `${m.uid} ${m.occurrence}`)).size).toBe(2);
    // An exception's own attendees stand (none here); the series' are read from the master.
    expect(meetings[1]!.attendees).toEqual([{ email: "tom@example.com", name: "Tom Lindqvist" }]);
  });

  it("read a TZID the file does not define as the IANA zone, a floating time in the user's zone, UTC as UTC", () => {
    const meetings = read(
      event(`
        UID:a
        SUMMARY:Call
        DTSTART;TZID=America/New_York:20261120T200000
        DTEND;TZID=America/New_York:20261120T203000`) +
        event(`
          UID:b
          SUMMARY:Floating
          DTSTART:20261121T090000`) +
        event(`
          UID:c
          SUMMARY:Utc
          DTSTART:20261122T233000Z
          DURATION:PT45M`),
    );
    expect(meetings.map((m) => [m.uid, m.startsAt?.toISOString(), m.day, m.durationMinutes])).toEqual([
      // 20:00 in New York is 02:00 the next day in Stockholm: the user's calendar day.
      ["a", "2026-11-21T01:00:00.000Z", "2026-11-21", 30],
      ["b", "2026-11-21T08:00:00.000Z", "2026-11-21", null],
      ["c", "2026-11-22T23:30:00.000Z", "2026-11-23", 45],
    ]);
  });

  it("keep an all-day event on its own day, and leave out the future and the too-old", () => {
    const meetings = read(
      event(`
        UID:allday
        SUMMARY:Offsite
        DTSTART;VALUE=DATE:20261124
        DTEND;VALUE=DATE:20261125`) +
        event(`
          UID:future
          DTSTART:20261202T090000Z`) +
        event(`
          UID:old
          DTSTART:20261001T090000Z`),
      "Pacific/Auckland",
    );
    expect(meetings).toEqual([expect.objectContaining({ uid: "allday", day: "2026-11-24", startsAt: null })]);
    expect(meetingLabel("Offsite", null, null)).toBe("Offsite, all day");
    expect(meetingLabel("Coffee", new Date(), 45)).toBe("Coffee, 45 min");
    expect(meetingLabel("Workshop", new Date(), 90)).toBe("Workshop, 1 h 30 min");
  });

  it("read attendees in every format, without those who declined, and guess the channel", () => {
    const [m] = read(
      event(`
        UID:x
        SUMMARY:Catch-up
        DTSTART:20261120T100000Z
        LOCATION:https://meet.google.com/abc-defg-hij
        ORGANIZER;CN="Aisha Mensah":MAILTO:Aisha@Northwind.example
        ATTENDEE;CN=Mei Chen;PARTSTAT=ACCEPTED:mailto:mei@example.com
        ATTENDEE;CN=Grace Okafor:invalid:nomail
        ATTENDEE:mailto:no-name@example.com
        ATTENDEE;CN=Ruth Grant;PARTSTAT=DECLINED:mailto:ruth@example.com`),
    );
    expect(m!.attendees).toEqual([
      { email: "aisha@northwind.example", name: "Aisha Mensah" },
      { email: "mei@example.com", name: "Mei Chen" },
      { email: null, name: "Grace Okafor" },
      { email: "no-name@example.com", name: null },
    ]);
    expect(m!.channel).toBe("VIDEO");
    const channels = read(
      event(`UID:1\nSUMMARY:Lunch\nDTSTART:20261120T100000Z`) +
        event(`UID:2\nSUMMARY:Quick sync\nLOCATION:+46 70 123 45 67 (phone)\nDTSTART:20261120T100000Z`) +
        event(`UID:3\nSUMMARY:Chat\nLOCATION:Kafé Kajsa, Stockholm\nDTSTART:20261120T100000Z`),
    ).map((x) => x.channel);
    expect(channels).toEqual(["COFFEE", "CALL", "COFFEE"]);
  });

  it("stop expanding a rule that repeats every minute, and refuse what is not a calendar", () => {
    const start = Date.now();
    read(event(`UID:dense\nDTSTART:20000101T000000Z\nRRULE:FREQ=MINUTELY`));
    expect(Date.now() - start).toBeLessThan(10_000);
    expect(() => read("BEGIN:VEVENT\r\nbroken")).toThrow(CalendarFileError);
    expect(() => readMeetings("hello", { now, lookbackDays: 30, timeZone: "UTC" })).toThrow(CalendarFileError);
  });
});
