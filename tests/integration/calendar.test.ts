// Check-ins found in the user's calendar: read from a calendar host on 127.0.0.1
// (allow-listed below, as the setting says; no test sends traffic anywhere else),
// proposed once per mentor and occurrence, logged or dismissed from the inbox.
import { NextRequest } from "next/server";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { POST as uploadRoute } from "@/app/api/calendar-upload/route";
import { todayIn } from "@/domain/calendar";
import type { CurrentUser } from "@/server/auth/session";
import {
  dismissProposalAction,
  logProposalAction,
  readCalendarNowAction,
  saveCalendarAddressAction,
  setCalendarOptionsAction,
  undoDismissProposalAction,
} from "@/server/calendar/calendar.actions";
import { calendarSourceFor, pendingProposals } from "@/server/calendar/calendar.queries";
import { runCalendarFetches } from "@/server/calendar/calendar-sync";
import { dashboardFromScratch, getDashboard } from "@/server/dashboard/dashboard.queries";
import { db } from "@/server/db";
import { createMentor } from "../support/factories";
import { calendar, daysAgo, ics, startIcsServer } from "../support/ics-server";
import { signInAs } from "../support/session-double";
import { aliceAndBob } from "../support/two-users";

const host = await startIcsServer();
// Read once, when the app's environment is first parsed: before any test runs.
process.env.CALENDAR_ALLOW_HOSTS = host.host;
process.env.CALENDAR_FETCH_TIMEOUT_SECONDS = "1";
afterAll(() => host.close());

let alice: CurrentUser;
let bob: CurrentUser;
let tom: { id: string };
let grace: { id: string };

beforeEach(async () => {
  ({ alice, bob } = await aliceAndBob());
  tom = await createMentor(alice.id, { name: "Tom Lindqvist", email: "tom@example.com", stage: "ACTIVE" });
  grace = await createMentor(alice.id, { name: "Grace Okafor", stage: "ACTIVE" });
  await db.mentor.update({ where: { id: tom.id }, data: { cadenceDays: 30 } });
});

/** Alice's calendar: a weekly coffee with Tom (three times in the window), Grace by name only, a stranger. */
function aliceCalendar(path: string, extra: string[] = []) {
  host.on(
    path,
    ics(
      calendar(
        `UID:weekly-tom@test\nSUMMARY:Coffee with Tom\nDTSTART:${daysAgo(20)}\nDURATION:PT45M\nRRULE:FREQ=WEEKLY;COUNT=3\nATTENDEE;CN=Tom:MAILTO:TOM@EXAMPLE.COM`,
        `UID:grace@test\nSUMMARY:Mentoring\nDTSTART:${daysAgo(3)}\nLOCATION:https://zoom.us/j/1\nATTENDEE;CN=Grace Okafor:invalid:nomail`,
        `UID:stranger@test\nSUMMARY:Dentist\nDTSTART:${daysAgo(2)}\nATTENDEE:mailto:someone@else.example`,
        ...extra,
      ),
    ),
  );
  return host.url(path);
}

describe("check-ins from a calendar address", () => {
  it("propose each meeting with a mentor once, across two reads, and never another user's mentor", async () => {
    const url = aliceCalendar("/alice.ics");
    await createMentor(bob.id, { name: "Tom Lindqvist", email: "tom@example.com" });
    signInAs(alice);
    expect(await saveCalendarAddressAction({ url })).toMatchObject({
      ok: true,
      data: { meetings: 5, proposed: 4, logged: 0 },
    });
    const inbox = await pendingProposals(alice.id, 10);
    expect(inbox.total).toBe(4);
    expect(inbox.items[0]).toMatchObject({ mentorId: grace.id, match: "NAME", channel: "VIDEO" });
    expect(inbox.items.filter((p) => p.mentorId === tom.id)).toHaveLength(3);
    expect(inbox.items.find((p) => p.mentorId === tom.id)!.label).toBe("Coffee with Tom, 45 min");

    // The scheduled read, when due: nothing new.
    await db.calendarSource.update({ where: { userId: alice.id }, data: { nextFetchAt: new Date(0) } });
    expect(await runCalendarFetches()).toEqual({ read: 1, failed: 0 });
    expect(await db.proposedCheckIn.count({ where: { userId: alice.id } })).toBe(4);
    expect(await db.proposedCheckIn.count({ where: { userId: bob.id } })).toBe(0);
    // The address is a secret: Settings shows its site only.
    expect(await calendarSourceFor(alice.id)).toMatchObject({ address: `http://${host.host}/…`, lastError: null });
    // No cookie or credential ever goes to the calendar host.
    for (const h of host.headers) expect(h.cookie ?? h.authorization).toBeUndefined();
  });

  it("log one in a click: the check-in has the meeting's day and channel, and the clock resets", async () => {
    signInAs(alice);
    await saveCalendarAddressAction({ url: aliceCalendar("/log.ics") });
    const [newest] = (await pendingProposals(alice.id, 10)).items.filter((p) => p.mentorId === tom.id);
    const logged = await logProposalAction({ id: newest!.id });
    expect(logged).toMatchObject({ ok: true, data: { mentorId: tom.id } });
    const checkIn = await db.checkIn.findFirstOrThrow({ where: { mentorId: tom.id } });
    expect(checkIn).toMatchObject({ channel: "COFFEE", notes: "From your calendar: Coffee with Tom, 45 min." });
    expect(checkIn.occurredOn.toISOString().slice(0, 10)).toBe(newest!.on);
    const mentor = await db.mentor.findUniqueOrThrow({ where: { id: tom.id } });
    expect(mentor.lastCheckInOn!.toISOString().slice(0, 10)).toBe(newest!.on);
    expect(mentor.nextCheckInOn).not.toBeNull();
    // Twice is refused; the inbox no longer offers it.
    expect(await logProposalAction({ id: newest!.id })).toMatchObject({ ok: false, error: /already logged/ });
    expect((await pendingProposals(alice.id, 10)).items.map((p) => p.id)).not.toContain(newest!.id);
    expect(await db.checkIn.count({ where: { mentorId: tom.id } })).toBe(1);
  });

  it("remember 'not a check-in' through later reads, with undo; and leave out a day already logged by hand", async () => {
    signInAs(alice);
    await saveCalendarAddressAction({ url: aliceCalendar("/dismiss.ics") });
    const grace1 = (await pendingProposals(alice.id, 10)).items.find((p) => p.mentorId === grace.id)!;
    expect(await dismissProposalAction({ id: grace1.id })).toMatchObject({ ok: true });
    expect(await readCalendarNowAction({})).toMatchObject({ ok: true, data: { proposed: 0 } });
    expect((await pendingProposals(alice.id, 10)).items.map((p) => p.mentorId)).not.toContain(grace.id);
    expect(await undoDismissProposalAction({ id: grace1.id })).toMatchObject({ ok: true });
    expect((await pendingProposals(alice.id, 10)).items.map((p) => p.id)).toContain(grace1.id);

    // Logged by hand on a meeting's day: that meeting is no longer offered, on the cached dashboard too.
    const tomDay = (await pendingProposals(alice.id, 10)).items.find((p) => p.mentorId === tom.id)!;
    expect((await getDashboard(alice)).inbox.items.map((p) => p.id)).toContain(tomDay.id);
    await db.checkIn.create({
      data: { userId: alice.id, mentorId: tom.id, occurredOn: new Date(`${tomDay.on}T00:00:00Z`), channel: "CALL" },
    });
    expect((await pendingProposals(alice.id, 10)).items.map((p) => p.id)).not.toContain(tomDay.id);
    const cached = await getDashboard(alice);
    expect(cached.inbox.items.map((p) => p.id)).not.toContain(tomDay.id);
    expect(cached.inbox).toEqual((await dashboardFromScratch(alice)).inbox);
    // Renamed: the inbox says the new name.
    await db.mentor.update({ where: { id: grace.id }, data: { name: "Grace O. Okafor" } });
    expect((await getDashboard(alice)).inbox.items.map((p) => p.mentorName)).toContain("Grace O. Okafor");
  });

  it("log exact email matches automatically when asked, once, while a name-only match still asks", async () => {
    signInAs(alice);
    const url = aliceCalendar("/auto.ics");
    expect(await saveCalendarAddressAction({ url, autoLogExactEmail: true })).toMatchObject({
      ok: true,
      data: { proposed: 1, logged: 3 },
    });
    expect(await db.checkIn.count({ where: { mentorId: tom.id } })).toBe(3);
    expect((await pendingProposals(alice.id, 10)).items.map((p) => p.mentorId)).toEqual([grace.id]);
    // Read again, twice at once (two instances): nothing logged twice.
    await Promise.all([readCalendarNowAction({}), readCalendarNowAction({})]);
    expect(await db.checkIn.count({ where: { mentorId: tom.id } })).toBe(3);
    expect(await setCalendarOptionsAction({ autoLogExactEmail: false })).toMatchObject({ ok: true });
    expect(await calendarSourceFor(alice.id)).toMatchObject({ autoLogExactEmail: false });
  });

  it("refuse another user's meeting, and answer bad input with field errors", async () => {
    signInAs(alice);
    await saveCalendarAddressAction({ url: aliceCalendar("/own.ics") });
    const [first] = (await pendingProposals(alice.id, 1)).items;
    signInAs(bob);
    for (const action of [logProposalAction, dismissProposalAction, undoDismissProposalAction])
      expect(await action({ id: first!.id })).toMatchObject({ ok: false });
    expect(await readCalendarNowAction({})).toMatchObject({ ok: false, error: /no calendar address/ });
    expect(await pendingProposals(bob.id)).toEqual({ items: [], total: 0 });
    expect(await saveCalendarAddressAction({ url: "" })).toMatchObject({
      ok: false,
      fieldErrors: { url: [expect.stringMatching(/Paste/)] },
    });
    expect(await logProposalAction({ id: first!.id, channel: "PIGEON" })).toMatchObject({
      ok: false,
      fieldErrors: { channel: expect.any(Array) },
    });
    expect(await db.calendarSource.count({ where: { userId: bob.id } })).toBe(0);
    signInAs(alice);
    expect(await logProposalAction({ id: first!.id })).toMatchObject({ ok: true });
    expect(todayIn("UTC") >= first!.on).toBe(true);
  });

  it("say in Settings why an address was refused, and save nothing: private, redirected to one, too large, too slow", async () => {
    signInAs(alice);
    host.on("/to-private", (res) => res.writeHead(302, { Location: "https://10.1.2.3/cal.ics" }).end());
    host.on("/huge", (res) => res.writeHead(200, { "Content-Length": String(6 * 1024 * 1024) }).end());
    host.on("/slow", () => {});
    host.on("/web-page", (res) => res.writeHead(200, { "Content-Type": "text/html" }).end("<html>Sign in</html>"));
    for (const [url, message] of [
      ["https://192.168.0.5/cal.ics", /points inside a private network \(192\.168\.0\.5\)/],
      [host.url("/to-private"), /redirects to 10\.1\.2\.3, inside a private network/],
      [host.url("/huge"), /larger than 5 MB/],
      [host.url("/slow"), /did not answer within 1 second\./],
      [host.url("/web-page"), /not a calendar \(\.ics\) file/],
      ["http://calendar.example/cal.ics", /Only https:\/\//],
    ] as const)
      expect(await saveCalendarAddressAction({ url }), url).toMatchObject({
        ok: false,
        fieldErrors: { url: [expect.stringMatching(message)] },
      });
    expect(await db.calendarSource.count({ where: { userId: alice.id } })).toBe(0);
  });

  it("keep a failed scheduled read's reason for Settings, and retry a read cut off by a crash once its lease ends", async () => {
    signInAs(alice);
    const url = aliceCalendar("/crash.ics");
    await saveCalendarAddressAction({ url });
    await db.proposedCheckIn.deleteMany({ where: { userId: alice.id } });

    // A run claimed the source, then the process died: the lease holds it for a while…
    await db.calendarSource.update({ where: { userId: alice.id }, data: { nextFetchAt: new Date(0) } });
    await db.$executeRaw`UPDATE "CalendarSource" SET "nextFetchAt" = now() + interval '10 minutes' WHERE "userId" = ${alice.id}`;
    expect(await runCalendarFetches()).toEqual({ read: 0, failed: 0 });
    // …and once it runs out, the next run reads it, proposing each meeting once.
    await db.calendarSource.update({ where: { userId: alice.id }, data: { nextFetchAt: new Date(Date.now() - 1) } });
    expect(await runCalendarFetches()).toEqual({ read: 1, failed: 0 });
    expect(await db.proposedCheckIn.count({ where: { userId: alice.id } })).toBe(4);

    host.on("/crash.ics", (res) => res.writeHead(404).end());
    await db.calendarSource.update({ where: { userId: alice.id }, data: { nextFetchAt: new Date(0) } });
    expect(await runCalendarFetches()).toEqual({ read: 0, failed: 1 });
    expect(await calendarSourceFor(alice.id)).toMatchObject({ lastError: expect.stringMatching(/answered 404/) });
    expect(
      (await db.calendarSource.findUniqueOrThrow({ where: { userId: alice.id } })).nextFetchAt!.getTime(),
    ).toBeGreaterThan(Date.now() + 60 * 60_000);
  });

  it("read an uploaded .ics file once, and refuse one too large or not a calendar", async () => {
    signInAs(alice);
    const upload = (body: string, name = "work.ics") => {
      const form = new FormData();
      form.set("file", new File([body], name, { type: "text/calendar" }));
      return uploadRoute(
        new NextRequest("http://localhost:3000/api/calendar-upload", {
          method: "POST",
          body: form,
          headers: { origin: "http://localhost:3000", host: "localhost:3000" },
        }),
      );
    };
    const file = calendar(`UID:u1\nSUMMARY:Lunch\nDTSTART:${daysAgo(4)}\nATTENDEE:mailto:tom@example.com`);
    const first = await upload(file);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ meetings: 1, proposed: 1, logged: 0 });
    expect(await (await upload(file)).json()).toEqual({ meetings: 1, proposed: 0, logged: 0 });
    expect(await calendarSourceFor(alice.id)).toMatchObject({ fileName: "work.ics", address: null });
    const notCalendar = await upload("name,email\nTom,tom@example.com", "contacts.csv");
    expect(notCalendar.status).toBe(400);
    expect((await notCalendar.json()).error).toMatch(/not a calendar/);
    const tooLarge = await upload("X".repeat(5 * 1024 * 1024 + 10));
    expect(tooLarge.status).toBe(413);
    expect((await tooLarge.json()).error).toMatch(/larger than 5 MB/);
  });
});
