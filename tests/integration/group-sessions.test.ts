import ICAL from "ical.js";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addDaysToDay, todayIn } from "@/domain/calendar";
import type { CurrentUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { recordAttendanceAction, scheduleGroupSessionAction } from "@/server/group-sessions/group-sessions.actions";
import { groupSessionsOf } from "@/server/group-sessions/group-sessions.queries";
import { createMenteeAction } from "@/server/mentees/mentees.actions";
import { getMenteePage } from "@/server/mentees/mentees.queries";
import { expectNothingWritten } from "../support/factories";
import { signInAs } from "../support/session-double";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink";
import { aliceAndBob } from "../support/two-users";

let smtp: SmtpSink;
let alice: CurrentUser;
let bob: CurrentUser;

beforeAll(async () => {
  smtp = await startSmtpSink();
  process.env.SMTP_URL = smtp.url;
});
afterAll(async () => smtp.stop());

beforeEach(async () => {
  ({ alice, bob } = await aliceAndBob());
  // The user plans in Auckland; one mentee lives in Honolulu, the other in Kolkata.
  await db.user.update({ where: { id: alice.id }, data: { timeZone: "Pacific/Auckland", name: "Ada Lovelace" } });
  alice = { ...alice, timeZone: "Pacific/Auckland", name: "Ada Lovelace" };
  signInAs(alice);
});

async function mentee(name: string, email: string | undefined, timeZone: string) {
  const r = await createMenteeAction({ name, email });
  if (!r.ok) throw new Error(r.error);
  await db.mentee.update({ where: { id: r.data.id }, data: { timeZone } });
  return r.data.id;
}

const uniq = () => Math.random().toString(36).slice(2, 8);

describe("group sessions", () => {
  it("invites each mentee by email with a calendar invitation (METHOD:REQUEST) at the right time in their zone", async () => {
    const kai = `kai-${uniq()}@mentees.example`;
    const priya = `priya-${uniq()}@mentees.example`;
    const ids = [await mentee("Kai", kai, "Pacific/Honolulu"), await mentee("Priya", priya, "Asia/Kolkata")];
    const noEmail = await mentee("Noor", undefined, "Europe/London");
    const result = await scheduleGroupSessionAction({
      title: "Quarterly circle",
      day: "2027-03-10",
      time: "09:00",
      durationMinutes: 60,
      menteeIds: [...ids, noEmail],
    });
    expect(result).toMatchObject({ ok: true, data: { invited: 2, withoutEmail: 1 } });

    // 09:00 on 10 March in Auckland (NZDT, +13) is 20:00 UTC on 9 March.
    for (const [to, zone, local] of [
      [kai, "Pacific/Honolulu", "2027-03-09 10:00"],
      [priya, "Asia/Kolkata", "2027-03-10 01:30"],
    ] as const) {
      const mail = await smtp.waitFor(to);
      expect(mail.subject).toBe("Invitation: Quarterly circle");
      const ics = mail.attachments.find((a) => a.contentType.startsWith("text/calendar"));
      expect(ics, "an invitation attached").toBeDefined();
      const text = ics!.content.toString("utf8");
      const calendar = new ICAL.Component(ICAL.parse(text));
      expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
      const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
      expect(event.summary).toBe("Quarterly circle");
      expect(event.startDate.toJSDate().toISOString()).toBe("2027-03-09T20:00:00.000Z");
      expect(event.endDate.toJSDate().toISOString()).toBe("2027-03-09T21:00:00.000Z");
      expect(event.attendees.map((a) => String(a.getFirstValue()).toLowerCase())).toEqual([`mailto:${to}`]);
      expect(String(event.component.getFirstPropertyValue("organizer")).toLowerCase()).toBe(`mailto:${alice.email}`);
      const there = new Intl.DateTimeFormat("sv-SE", {
        timeZone: zone,
        dateStyle: "short",
        timeStyle: "short",
      }).format(event.startDate.toJSDate());
      expect(there).toBe(local);
    }
  });

  it("attendance logs a session on each present mentee's timeline, once; absent ones get none", async () => {
    const [a, b] = [await mentee("Kai", undefined, "UTC"), await mentee("Priya", undefined, "UTC")];
    const day = addDaysToDay(todayIn("Pacific/Auckland"), -1);
    const scheduled = await scheduleGroupSessionAction({
      title: "Circle",
      day,
      time: "18:00",
      durationMinutes: 90,
      menteeIds: [a, b],
    });
    if (!scheduled.ok) throw new Error(scheduled.error);
    const id = scheduled.data.id;
    expect(await recordAttendanceAction({ id, attendedIds: [a], notes: "We swapped hiring stories." })).toMatchObject({
      ok: true,
      data: { logged: 1 },
    });
    // Recorded again (a double click, a second device): still one session each.
    await recordAttendanceAction({ id, attendedIds: [a], notes: "We swapped hiring stories." });
    const pageA = await getMenteePage(alice, a);
    const sessions = pageA!.timeline.filter((e) => e.kind === "check-in");
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ day, notes: "Group session “Circle”: We swapped hiring stories." });
    expect((await getMenteePage(alice, b))!.sessions).toBe(0);
    // Priya came after all; Kai did not.
    await recordAttendanceAction({ id, attendedIds: [b], notes: "" });
    expect((await getMenteePage(alice, a))!.sessions).toBe(0);
    expect((await getMenteePage(alice, b))!.sessions).toBe(1);
    const [listed] = (await groupSessionsOf(alice.id, alice.timeZone)).past;
    expect(listed).toMatchObject({ id, attended: 1, invited: 2 });
  });

  it("only the user's own mentees can be invited, and another user cannot touch the session", async () => {
    const mine = await mentee("Kai", undefined, "UTC");
    signInAs(bob);
    const bobs = await mentee("Bob's mentee", undefined, "UTC");
    signInAs(alice);
    const refused = await expectNothingWritten(alice.id, () =>
      scheduleGroupSessionAction({
        title: "Circle",
        day: "2027-01-01",
        time: "10:00",
        durationMinutes: 60,
        menteeIds: [mine, bobs],
      }),
    );
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: { menteeIds: ["One of the chosen people is not someone you mentor."] },
    });
    const ok = await scheduleGroupSessionAction({
      title: "Circle",
      day: "2027-01-01",
      time: "10:00",
      durationMinutes: 60,
      menteeIds: [mine],
    });
    if (!ok.ok) throw new Error(ok.error);
    signInAs(bob);
    expect(
      await expectNothingWritten(alice.id, () =>
        recordAttendanceAction({ id: ok.data.id, attendedIds: [mine], notes: "" }),
      ),
    ).toMatchObject({ ok: false, error: "Group session not found." });
  });

  it("attendance waits until the session has begun", async () => {
    const kai = await mentee("Kai", undefined, "UTC");
    const later = await scheduleGroupSessionAction({
      title: "Later",
      day: addDaysToDay(todayIn("Pacific/Auckland"), 3),
      time: "10:00",
      durationMinutes: 60,
      menteeIds: [kai],
    });
    if (!later.ok) throw new Error(later.error);
    expect(
      await expectNothingWritten(alice.id, () => recordAttendanceAction({ id: later.data.id, attendedIds: [kai] })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { attendedIds: ["This session has not started yet: say who came afterwards."] },
    });
  });

  it("bad input is a field error: a time that is not one, too long a session", async () => {
    expect(
      await scheduleGroupSessionAction({
        title: "",
        day: "2027-02-30",
        time: "25:00",
        durationMinutes: 1000,
        menteeIds: [],
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        title: ["Give the session a title."],
        day: [expect.stringContaining("real date")],
        time: ["Enter a time such as 18:30."],
        durationMinutes: ["A session lasts 15 minutes to 8 hours."],
        menteeIds: ["Invite at least one person you mentor."],
      },
    });
  });
});
