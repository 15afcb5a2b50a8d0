// Reminders tell the truth everywhere they show: a paused or declined relationship
// is never due or overdue, a live one without a rhythm says so, and "the next 7
// days" includes the seventh.
import { beforeEach, describe, expect, it } from "vitest";
import { addDaysToDay, dayToDate, todayIn } from "@/domain/calendar";
import type { CurrentUser } from "@/server/auth/session";
import { loadMap } from "@/server/dashboard/dashboard.queries";
import { db } from "@/server/db";
import { collectDigest } from "@/server/digests/digest-content";
import { createMentorAction } from "@/server/mentors/mentors.actions";
import { changeStageAction } from "@/server/mentors/mentors.lifecycle.actions";
import { listMentors } from "@/server/mentors/mentors.queries";
import { mentorListQuerySchema } from "@/server/mentors/mentors.schema";
import { calendarFeed, newCalendarToken } from "@/server/reminders/calendar-feed";
import { dueReminders } from "@/server/reminders/reminders.queries";
import { createGapArea, createMentor, createUser } from "../support/factories";
import { signInAs } from "../support/session-double";

let alice: CurrentUser;
const today = todayIn("UTC");
beforeEach(async () => {
  alice = await createUser("truth");
  signInAs(alice);
});

/** A mentor in `stage` whose check-in fell due `daysFromToday` away, with its open reminder, on `area`. */
async function withCheckIn(
  name: string,
  stage: "ACTIVE" | "PAUSED" | "DECLINED",
  daysFromToday: number,
  areaId: string,
) {
  const dueOn = dayToDate(addDaysToDay(today, daysFromToday));
  const mentor = await createMentor(alice.id, { name, stage, cadenceDays: 30, category: "PEER" });
  await db.mentor.update({ where: { id: mentor.id }, data: { nextCheckInOn: dueOn } });
  await db.mentorGapArea.create({ data: { userId: alice.id, mentorId: mentor.id, gapAreaId: areaId } });
  await db.reminder.create({
    data: { userId: alice.id, mentorId: mentor.id, kind: "CHECK_IN", title: `Check in with ${name}`, dueOn },
  });
  return mentor;
}

describe("check-in reminders", () => {
  it("never count a paused or declined relationship as due or overdue: map, list, dashboard, digest, calendar", async () => {
    const area = await createGapArea(alice.id, "Leadership");
    await withCheckIn("Paula Paused", "PAUSED", -10, area.id);
    await withCheckIn("Dee Declined", "DECLINED", -10, area.id);
    await withCheckIn("Olive Overdue", "ACTIVE", -10, area.id);

    const names = (list: { title: string }[]) => list.map((r) => r.title);
    expect(names(await dueReminders(alice.id, today, 20))).toEqual(["Check in with Olive Overdue"]);
    const digest = await collectDigest({ id: alice.id, timeZone: "UTC" });
    expect(names(digest.overdue)).toEqual(["Check in with Olive Overdue"]);
    const overdueList = await listMentors(alice, mentorListQuerySchema.parse({ due: "overdue" }));
    expect(overdueList.mentors.map((m) => m.name)).toEqual(["Olive Overdue"]);

    const map = await loadMap(db, alice, today);
    const health = Object.fromEntries(map.rows[0]!.cells.flatMap((c) => c.mentors.map((m) => [m.name, m.health])));
    expect(health).toEqual({ "Olive Overdue": "overdue", "Paula Paused": "no-rhythm" });

    const { token, hash } = newCalendarToken();
    await db.user.update({ where: { id: alice.id }, data: { calendarTokenHash: hash } });
    const feed = (await calendarFeed(token, "http://localhost:3000"))!;
    expect(feed).toContain("Check in with Olive Overdue");
    expect(feed).not.toContain("Paula Paused");
    expect(feed).not.toContain("Dee Declined");
  });

  it("count a reminder on the seventh day as due in the next 7 days, and not the eighth", async () => {
    const area = await createGapArea(alice.id, "Craft");
    await withCheckIn("Seven", "ACTIVE", 7, area.id);
    await withCheckIn("Eight", "ACTIVE", 8, area.id);
    expect((await dueReminders(alice.id, today, 20)).map((r) => r.title)).toEqual(["Check in with Seven"]);
    expect((await listMentors(alice, mentorListQuerySchema.parse({ due: "week" }))).mentors.map((m) => m.name)).toEqual(
      ["Seven"],
    );
    const health = Object.fromEntries(
      (await loadMap(db, alice, today)).rows[0]!.cells.flatMap((c) => c.mentors.map((m) => [m.name, m.health])),
    );
    expect(health).toEqual({ Seven: "due-this-week", Eight: "on-rhythm" });
  });
});

describe("a live relationship's rhythm", () => {
  it("shows 'no rhythm' on the map for an active mentor without one, and gets the category's suggested rhythm when made active", async () => {
    const area = await createGapArea(alice.id, "Career");
    const bare = await createMentor(alice.id, { name: "No Rhythm", stage: "ACTIVE", category: "SAGE" });
    await db.mentorGapArea.create({ data: { userId: alice.id, mentorId: bare.id, gapAreaId: area.id } });
    const cells = (await loadMap(db, alice, today)).rows[0]!.cells;
    expect(cells.flatMap((c) => c.mentors.map((m) => m.health))).toEqual(["no-rhythm"]);

    const prospect = await createMentor(alice.id, {
      name: "Soon Active",
      stage: "CONTACTED",
      category: "ACCOUNTABILITY",
    });
    expect(await changeStageAction({ id: prospect.id, stage: "ACTIVE" })).toMatchObject({ ok: true });
    const moved = await db.mentor.findUniqueOrThrow({ where: { id: prospect.id } });
    expect(moved.cadenceDays).toBe(7);
    expect(moved.nextCheckInOn).toEqual(dayToDate(addDaysToDay(today, 7)));

    const added = await createMentorAction({ name: "Added Active", category: "PEER", stage: "ACTIVE", gapAreaIds: [] });
    if (!added.ok) throw new Error(added.error);
    expect(await db.mentor.findUniqueOrThrow({ where: { id: added.data.id } })).toMatchObject({ cadenceDays: 30 });
    const chosen = await createMentorAction({
      name: "Chosen Rhythm",
      category: "PEER",
      stage: "IN_CONVERSATION",
      gapAreaIds: [],
      cadenceDays: "14",
    });
    if (!chosen.ok) throw new Error(chosen.error);
    expect(await db.mentor.findUniqueOrThrow({ where: { id: chosen.data.id } })).toMatchObject({
      cadenceDays: 14,
      nextCheckInOn: dayToDate(addDaysToDay(today, 14)),
    });
  });
});
