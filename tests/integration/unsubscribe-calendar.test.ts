import ical, { type VEvent } from "node-ical";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as calendarRoute } from "@/app/api/calendar/[token]/route";
import { GET as unsubscribeGet, HEAD as unsubscribeHead, POST as unsubscribeRoute } from "@/app/api/unsubscribe/route";
import { dayToDate } from "@/domain/calendar";
import type { CurrentUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { unsubscribeToken, verifyUnsubscribeToken } from "@/server/digests/unsubscribe-token";
import { rotateCalendarTokenAction } from "@/server/settings/settings.actions";
import { createMentor, createUser } from "../support/factories";
import { signInAs } from "../support/session-double";

let alice: CurrentUser;

beforeEach(async () => {
  // West of UTC, so an all-day event stored as midnight UTC would show a day early if the feed applied a zone.
  alice = await createUser("alice", "America/New_York");
  signInAs(alice);
});

const unsubscribe = (token: string, accept = "*/*") =>
  unsubscribeRoute(
    new Request(`http://localhost/api/unsubscribe?token=${encodeURIComponent(token)}`, {
      method: "POST",
      headers: { accept },
      body: "List-Unsubscribe=One-Click",
    }),
  );

describe("one-click unsubscribe", () => {
  it("works without signing in, with a signed token", async () => {
    signInAs(null);
    const response = await unsubscribe(unsubscribeToken(alice.id));
    expect(response.status).toBe(200);
    expect((await db.user.findUniqueOrThrow({ where: { id: alice.id } })).digestUnsubscribedAt).not.toBeNull();
    // The page's form lands back on the page, by a relative address: one built from
    // the request's own host breaks at another host name or behind a proxy.
    const fromPage = await unsubscribe(unsubscribeToken(alice.id), "text/html");
    expect([fromPage.status, fromPage.headers.get("location")]).toEqual([303, "/unsubscribe?done=1"]);
  });

  it("sends a browser's GET or HEAD of the List-Unsubscribe address to the page that asks, unsubscribing nobody", async () => {
    signInAs(null);
    const token = unsubscribeToken(alice.id);
    for (const method of ["GET", "HEAD"] as const) {
      const handler = method === "GET" ? unsubscribeGet : unsubscribeHead;
      const response = await handler(
        new Request(`http://localhost/api/unsubscribe?token=${encodeURIComponent(token)}`, { method }),
      );
      expect([response.status, response.headers.get("location")]).toEqual([
        303,
        `/unsubscribe?token=${encodeURIComponent(token)}`,
      ]);
    }
    // A token too long to be ours is not carried along.
    const junk = await unsubscribeGet(new Request(`http://localhost/api/unsubscribe?token=${"x".repeat(400)}`));
    expect([junk.status, junk.headers.get("location")]).toEqual([303, "/unsubscribe"]);
    expect((await db.user.findUniqueOrThrow({ where: { id: alice.id } })).digestUnsubscribedAt).toBeNull();
  });

  it("answers a tampered, expired or foreign token with a bare 404 and changes nothing", async () => {
    const bob = await createUser("bob");
    const good = unsubscribeToken(alice.id);
    const [id, expires, sig] = good.split(".");
    const expired = unsubscribeToken(alice.id, new Date(Date.now() - 100 * 86_400_000));
    for (const token of [
      `${bob.id}.${expires}.${sig}`,
      `${id}.${Number(expires) + 1}.${sig}`,
      `${id}.${expires}.${sig!.slice(0, -2)}xx`,
      expired,
      "",
      "x".repeat(500),
    ]) {
      const response = await unsubscribe(token);
      expect(response.status, token).toBe(404);
      expect(await response.text()).toBe("Not found");
    }
    expect(verifyUnsubscribeToken(good)).toBe(alice.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: bob.id } })).digestUnsubscribedAt).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: alice.id } })).digestUnsubscribedAt).toBeNull();
  });
});

describe("the calendar feed", () => {
  it("lists pending reminders with stable UIDs, parses as iCalendar, and a rotated link stops at once", async () => {
    const ada = await createMentor(alice.id, { name: "Ada" });
    const due = await db.reminder.create({
      data: {
        userId: alice.id,
        mentorId: ada.id,
        kind: "CHECK_IN",
        title: "Check in with Ada",
        dueOn: dayToDate("2026-12-01"),
      },
    });
    const snoozed = await db.reminder.create({
      data: {
        userId: alice.id,
        mentorId: ada.id,
        kind: "FOLLOW_UP",
        title: "Send the deck",
        dueOn: dayToDate("2026-11-20"),
        status: "SNOOZED",
        snoozedUntil: dayToDate("2026-12-03"),
      },
    });
    await db.reminder.create({
      data: {
        userId: alice.id,
        mentorId: ada.id,
        kind: "FOLLOW_UP",
        title: "Done already",
        dueOn: dayToDate("2026-11-21"),
        status: "DONE",
      },
    });

    const made = await rotateCalendarTokenAction({});
    if (!made.ok) throw new Error(made.error);
    const token = made.data.url.split("/").pop()!;
    const fetchFeed = (t: string) =>
      calendarRoute(new Request(`http://localhost/api/calendar/${t}`), { params: Promise.resolve({ token: t }) });
    const response = await fetchFeed(token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const veventsOf = (ics: string) =>
      Object.values(ical.sync.parseICS(ics)).filter((e): e is VEvent => e?.type === "VEVENT");
    const events = veventsOf(await response.text());
    expect(events.map((e) => [e.uid, e.summary]).sort()).toEqual(
      [
        [`${due.id}@mentor-map`, "Check in with Ada"],
        [`${snoozed.id}@mentor-map`, "Send the deck"],
      ].sort(),
    );
    const deck = events.find((e) => e.summary === "Send the deck")!;
    expect(deck.start.toISOString().slice(0, 10)).toBe("2026-12-03");
    // The same UIDs on the next poll: calendars update rather than duplicate.
    const again = veventsOf(await (await fetchFeed(token)).text()).map((e) => e.uid);
    expect(again.sort()).toEqual(events.map((e) => e.uid).sort());

    await rotateCalendarTokenAction({});
    expect((await fetchFeed(token)).status).toBe(404);
    expect((await fetchFeed("not-a-token-at-all-0123456789")).status).toBe(404);
  });
});
