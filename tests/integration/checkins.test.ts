import { beforeEach, describe, expect, it } from "vitest";
import { addDaysToDay, dateToDay, todayIn } from "@/domain/calendar";
import type { CurrentUser } from "@/server/auth/session";
import { deleteCheckInAction, logCheckInAction, updateCheckInAction } from "@/server/check-ins/check-ins.actions";
import { db } from "@/server/db";
import { updateRelationshipAction } from "@/server/mentors/mentors.actions";
import { createMentor, expectNothingWritten } from "../support/factories";
import { signInAs } from "../support/session-double";
import { aliceAndBob } from "../support/two-users";

let alice: CurrentUser;
let bob: CurrentUser;
const today = () => todayIn("UTC");

beforeEach(async () => {
  ({ alice, bob } = await aliceAndBob());
});

async function openCheckInReminders(mentorId: string) {
  return db.reminder.findMany({ where: { mentorId, kind: "CHECK_IN", status: { in: ["PENDING", "SNOOZED"] } } });
}

describe("logCheckInAction", () => {
  it("resets the clock: next check-in = date + cadence, the open reminder is done and a new one waits", async () => {
    const mentor = await createMentor(alice.id, { cadenceDays: 30 });
    await updateRelationshipAction({
      id: mentor.id,
      category: "PEER",
      cadenceDays: 30,
      nextCheckInOn: addDaysToDay(today(), -3),
    });
    expect((await openCheckInReminders(mentor.id)).map((r) => dateToDay(r.dueOn))).toEqual([addDaysToDay(today(), -3)]);

    const logged = await logCheckInAction({
      mentorId: mentor.id,
      occurredOn: addDaysToDay(today(), -1),
      channel: "COFFEE",
      notes: "Talked about the reorg.",
      takeaways: "Write the decision memo first.",
      followUps: [{ title: "Send the memo", dueOn: addDaysToDay(today(), 5) }],
    });
    expect(logged).toMatchObject({ ok: true, data: { nextCheckInOn: addDaysToDay(today(), 29) } });

    const row = await db.mentor.findUniqueOrThrow({ where: { id: mentor.id } });
    expect(dateToDay(row.lastCheckInOn!)).toBe(addDaysToDay(today(), -1));
    expect(dateToDay(row.nextCheckInOn!)).toBe(addDaysToDay(today(), 29));
    const reminders = await db.reminder.findMany({ where: { mentorId: mentor.id }, orderBy: { createdAt: "asc" } });
    expect(reminders.map((r) => [r.kind, r.status, dateToDay(r.dueOn)])).toEqual(
      expect.arrayContaining([
        ["CHECK_IN", "DONE", addDaysToDay(today(), -3)],
        ["FOLLOW_UP", "PENDING", addDaysToDay(today(), 5)],
        ["CHECK_IN", "PENDING", addDaysToDay(today(), 29)],
      ]),
    );
    expect(await openCheckInReminders(mentor.id)).toHaveLength(1);
  });

  it("a backfilled older check-in does not move the clock back or close today's reminder", async () => {
    const mentor = await createMentor(alice.id, { cadenceDays: 7 });
    await logCheckInAction({ mentorId: mentor.id, occurredOn: today(), channel: "CALL" });
    await logCheckInAction({ mentorId: mentor.id, occurredOn: addDaysToDay(today(), -40), channel: "EMAIL" });
    const row = await db.mentor.findUniqueOrThrow({ where: { id: mentor.id } });
    expect(dateToDay(row.nextCheckInOn!)).toBe(addDaysToDay(today(), 7));
    expect((await openCheckInReminders(mentor.id)).map((r) => dateToDay(r.dueOn))).toEqual([addDaysToDay(today(), 7)]);
  });

  it.each([
    [
      { occurredOn: "2026-02-30", channel: "CALL" },
      "occurredOn",
      "Enter the date of the check-in as a real date (YYYY-MM-DD).",
    ],
    [
      { occurredOn: "yesterday", channel: "CALL" },
      "occurredOn",
      "Enter the date of the check-in as a real date (YYYY-MM-DD).",
    ],
    [
      { occurredOn: "2026-01-01", channel: "PIGEON" },
      "channel",
      "Choose how you met: coffee, call, video, async, document, email or event.",
    ],
    [
      { occurredOn: "2026-01-01", channel: "CALL", notes: "x".repeat(10_001) },
      "notes",
      "Notes must be at most 10000 characters.",
    ],
    [
      { occurredOn: "2026-01-01", channel: "CALL", followUps: [{ title: "", dueOn: "2026-01-02" }] },
      "followUps",
      "Describe the follow-up.",
    ],
  ])("rejects %j with a field error and writes nothing", async (input, field, message) => {
    const mentor = await createMentor(alice.id, { cadenceDays: 30 });
    const result = await expectNothingWritten(alice.id, () => logCheckInAction({ mentorId: mentor.id, ...input }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: [message] } });
  });

  it("refuses a check-in in the future", async () => {
    const mentor = await createMentor(alice.id);
    const result = await expectNothingWritten(alice.id, () =>
      logCheckInAction({ mentorId: mentor.id, occurredOn: addDaysToDay(today(), 3), channel: "CALL" }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { occurredOn: ["A check-in cannot be in the future."] } });
  });

  it("answers not found for another user's mentor and writes nothing for either", async () => {
    const bobsMentor = await createMentor(bob.id);
    const result = await expectNothingWritten(bob.id, () =>
      expectNothingWritten(alice.id, () =>
        logCheckInAction({ mentorId: bobsMentor.id, occurredOn: today(), channel: "CALL" }),
      ),
    );
    expect(result).toEqual({ ok: false, error: "Mentor not found." });
  });
});

describe("editing and deleting check-ins", () => {
  it("moving a check-in's date moves the rhythm; deleting it gives back what the undo needs", async () => {
    const mentor = await createMentor(alice.id, { cadenceDays: 10 });
    const logged = await logCheckInAction({
      mentorId: mentor.id,
      occurredOn: today(),
      channel: "CALL",
      followUps: [{ title: "Share notes", dueOn: addDaysToDay(today(), 2) }],
    });
    if (!logged.ok) throw new Error(logged.error);
    const updated = await updateCheckInAction({
      id: logged.data.id,
      occurredOn: addDaysToDay(today(), -5),
      channel: "VIDEO",
      notes: "moved",
    });
    expect(updated).toMatchObject({ ok: true, data: { nextCheckInOn: addDaysToDay(today(), 5) } });
    expect((await openCheckInReminders(mentor.id)).map((r) => dateToDay(r.dueOn))).toEqual([addDaysToDay(today(), 5)]);

    const deleted = await deleteCheckInAction({ id: logged.data.id });
    expect(deleted).toMatchObject({
      ok: true,
      data: {
        mentorId: mentor.id,
        occurredOn: addDaysToDay(today(), -5),
        channel: "VIDEO",
        notes: "moved",
        followUps: [{ title: "Share notes" }],
      },
    });
    const row = await db.mentor.findUniqueOrThrow({ where: { id: mentor.id } });
    expect(row.lastCheckInOn).toBeNull();
    expect(await db.reminder.count({ where: { mentorId: mentor.id, kind: "FOLLOW_UP" } })).toBe(0);

    // Undo: the page logs the returned check-in again.
    if (!deleted.ok) throw new Error();
    expect(await logCheckInAction(deleted.data)).toMatchObject({
      ok: true,
      data: { nextCheckInOn: addDaysToDay(today(), 5) },
    });
  });

  it("another user's check-in is not found, to edit or to delete", async () => {
    const bobsMentor = await createMentor(bob.id);
    signInAs(bob);
    const bobs = await logCheckInAction({
      mentorId: bobsMentor.id,
      occurredOn: today(),
      channel: "CALL",
      notes: "private",
    });
    if (!bobs.ok) throw new Error(bobs.error);
    signInAs(alice);
    await expectNothingWritten(bob.id, async () => {
      expect(
        await updateCheckInAction({ id: bobs.data.id, occurredOn: today(), channel: "EMAIL", notes: "hacked" }),
      ).toEqual({ ok: false, error: "Check-in not found." });
      expect(await deleteCheckInAction({ id: bobs.data.id })).toEqual({ ok: false, error: "Check-in not found." });
    });
  });

  it("rejects a bad edit with a field error", async () => {
    const mentor = await createMentor(alice.id);
    const logged = await logCheckInAction({ mentorId: mentor.id, occurredOn: today(), channel: "CALL" });
    if (!logged.ok) throw new Error(logged.error);
    const result = await expectNothingWritten(alice.id, () =>
      updateCheckInAction({ id: logged.data.id, occurredOn: "not a date", channel: "CALL" }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { occurredOn: [expect.stringContaining("real date")] } });
  });
});

describe("async check-ins", () => {
  it("carry links to a video or voice note or a document: web addresses only, kept through edit and undo", async () => {
    signInAs(alice);
    const mentor = await createMentor(alice.id, { name: "Mei" });
    const refused = await logCheckInAction({
      mentorId: mentor.id,
      occurredOn: today(),
      channel: "ASYNC",
      links: ["https://loom.example/share/abc", "javascript:alert(1)"],
    });
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: { links: [expect.stringMatching(/starting with https/)] },
    });
    expect(await db.checkIn.count({ where: { mentorId: mentor.id } })).toBe(0);
    expect(
      await logCheckInAction({
        mentorId: mentor.id,
        occurredOn: today(),
        channel: "ASYNC",
        links: Array.from({ length: 6 }, (_, i) => `https://example.com/${i}`),
      }),
    ).toMatchObject({ ok: false, fieldErrors: { links: ["Add at most 5 links."] } });

    const logged = await logCheckInAction({
      mentorId: mentor.id,
      occurredOn: today(),
      channel: "ASYNC",
      links: [" https://loom.example/share/abc "],
    });
    expect(logged).toMatchObject({ ok: true });
    const id = (logged as { data: { id: string } }).data.id;
    expect((await db.checkIn.findUniqueOrThrow({ where: { id } })).links).toEqual(["https://loom.example/share/abc"]);

    // The edit form sends them one per line.
    const form = new FormData();
    for (const [k, v] of Object.entries({ id, occurredOn: today(), channel: "DOCUMENT", notes: "" })) form.set(k, v);
    form.set("links", "https://docs.example/d/1\nhttps://voice.example/n/2");
    expect(await updateCheckInAction(null, form)).toMatchObject({ ok: true });
    expect((await db.checkIn.findUniqueOrThrow({ where: { id } })).links).toEqual([
      "https://docs.example/d/1",
      "https://voice.example/n/2",
    ]);
    const deleted = await deleteCheckInAction({ id });
    expect(deleted).toMatchObject({
      ok: true,
      data: { links: ["https://docs.example/d/1", "https://voice.example/n/2"] },
    });
  });
});
