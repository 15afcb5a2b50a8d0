import { beforeEach, describe, expect, it } from "vitest";
import { addDaysToDay, dateToDay, dayToDate, todayIn } from "@/domain/calendar";
import type { CurrentUser } from "@/server/auth/session";
import { getDashboard } from "@/server/dashboard/dashboard.queries";
import { db } from "@/server/db";
import { completeReminderAction, skipReminderAction, snoozeReminderAction } from "@/server/reminders/reminders.actions";
import { createMentor, expectNothingWritten } from "../support/factories";
import { aliceAndBob } from "../support/two-users";

let alice: CurrentUser;
let bob: CurrentUser;
const today = todayIn("UTC");

beforeEach(async () => {
  ({ alice, bob } = await aliceAndBob());
});

async function dueCheckIn(userId: string, dueOn = addDaysToDay(today, -2), cadenceDays = 30) {
  const mentor = await createMentor(userId, { name: "Ada", stage: "ACTIVE", cadenceDays });
  await db.mentor.update({ where: { id: mentor.id }, data: { nextCheckInOn: dayToDate(dueOn) } });
  const reminder = await db.reminder.create({
    data: { userId, mentorId: mentor.id, kind: "CHECK_IN", title: "Check in with Ada", dueOn: dayToDate(dueOn) },
  });
  return { mentor, reminder };
}

describe("check-in reminders", () => {
  it("snooze for a day, a week or to a chosen day, and leave the dashboard until then", async () => {
    const { reminder } = await dueCheckIn(alice.id);
    expect((await getDashboard(alice)).due.map((r) => r.id)).toEqual([reminder.id]);
    expect(await snoozeReminderAction({ id: reminder.id, choice: "week" })).toEqual({
      ok: true,
      data: { until: addDaysToDay(today, 7) },
    });
    expect((await getDashboard(alice)).due).toEqual([]);
    expect(
      await snoozeReminderAction({ id: reminder.id, choice: "custom", until: addDaysToDay(today, 3) }),
    ).toMatchObject({ ok: true });
    const stored = await db.reminder.findUniqueOrThrow({ where: { id: reminder.id } });
    expect([stored.status, dateToDay(stored.snoozedUntil!)]).toEqual(["SNOOZED", addDaysToDay(today, 3)]);
  });

  it("refuse a snooze into the past or beyond a year with a field error", async () => {
    const { reminder } = await dueCheckIn(alice.id);
    for (const until of [today, addDaysToDay(today, 400)]) {
      const result = await expectNothingWritten(alice.id, () =>
        snoozeReminderAction({ id: reminder.id, choice: "custom", until }),
      );
      expect(result).toMatchObject({ ok: false, fieldErrors: { until: [expect.any(String)] } });
    }
    expect(await snoozeReminderAction({ id: reminder.id, choice: "month" })).toMatchObject({
      ok: false,
      fieldErrors: { choice: [expect.any(String)] },
    });
  });

  it("skip a check-in: the rhythm carries on a cadence later, with one open reminder", async () => {
    const { mentor, reminder } = await dueCheckIn(alice.id, addDaysToDay(today, -2), 30);
    expect(await skipReminderAction({ id: reminder.id })).toMatchObject({ ok: true });
    const open = await db.reminder.findMany({ where: { mentorId: mentor.id, status: { in: ["PENDING", "SNOOZED"] } } });
    expect(open.map((r) => dateToDay(r.dueOn))).toEqual([addDaysToDay(today, 30)]);
    expect(dateToDay((await db.mentor.findUniqueOrThrow({ where: { id: mentor.id } })).nextCheckInOn!)).toBe(
      addDaysToDay(today, 30),
    );
    expect((await db.reminder.findUniqueOrThrow({ where: { id: reminder.id } })).status).toBe("SKIPPED");
  });

  it("close a follow-up as done, but not a check-in's own reminder", async () => {
    const { mentor, reminder } = await dueCheckIn(alice.id);
    const followUp = await db.reminder.create({
      data: {
        userId: alice.id,
        mentorId: mentor.id,
        kind: "FOLLOW_UP",
        title: "Send the deck",
        dueOn: dayToDate(today),
      },
    });
    expect(await completeReminderAction({ id: followUp.id })).toMatchObject({ ok: true });
    expect(await completeReminderAction({ id: reminder.id })).toMatchObject({
      ok: false,
      error: "Log the check-in to close this reminder.",
    });
  });

  it("give another user's reminders the not-found answer and change nothing", async () => {
    const { reminder } = await dueCheckIn(bob.id);
    for (const attempt of [
      () => snoozeReminderAction({ id: reminder.id, choice: "day" }),
      () => skipReminderAction({ id: reminder.id }),
      () => completeReminderAction({ id: reminder.id }),
    ] as (() => Promise<unknown>)[]) {
      expect(await expectNothingWritten(bob.id, attempt)).toMatchObject({ ok: false, error: "Reminder not found." });
    }
  });
});
