import { beforeEach, describe, expect, it } from "vitest";
import { addDaysToDay, dateToDay, todayIn } from "@/domain/calendar";
import type { CurrentUser } from "@/server/auth/session";
import { deleteCheckInAction, logCheckInAction, updateCheckInAction } from "@/server/check-ins/check-ins.actions";
import { getDashboard } from "@/server/dashboard/dashboard.queries";
import { db } from "@/server/db";
import {
  changeMenteeStageAction,
  createMenteeAction,
  deleteMenteeAction,
  deleteMenteeWinAction,
  logMenteeWinAction,
  updateMenteeAction,
} from "@/server/mentees/mentees.actions";
import { getMenteePage, listMentees } from "@/server/mentees/mentees.queries";
import { sprintCounts } from "@/server/sprint/sprint.queries";
import { deleteValueExchangeAction, logValueExchangeAction } from "@/server/value-exchanges/value-exchanges.actions";
import { createMentor, expectNothingWritten } from "../support/factories";
import { signInAs } from "../support/session-double";
import { aliceAndBob } from "../support/two-users";

let alice: CurrentUser;
let bob: CurrentUser;
const today = () => todayIn("UTC");

beforeEach(async () => {
  ({ alice, bob } = await aliceAndBob());
});

async function addMentee(fields: Partial<Parameters<typeof createMenteeAction>[0]> = {}) {
  const result = await createMenteeAction({ name: "Sam Rivera", goals: "Lead a team within a year", ...fields });
  if (!result.ok) throw new Error(result.error);
  return result.data.id;
}

describe("people I mentor", () => {
  it("an active mentee with a cadence has a first session due, and the stage is logged", async () => {
    const id = await addMentee({ cadenceDays: 14, stage: "ACTIVE" });
    const row = await db.mentee.findUniqueOrThrow({ where: { id } });
    expect(dateToDay(row.nextSessionOn!)).toBe(addDaysToDay(today(), 14));
    expect(row.goals).toBe("Lead a team within a year");
    const changes = await db.menteeStageChange.findMany({ where: { menteeId: id } });
    expect(changes.map((c) => [c.fromStage, c.toStage])).toEqual([[null, "ACTIVE"]]);
  });

  it("a session is a check-in: it moves the next session, its follow-ups become reminders, edit and delete (with undo) keep the rhythm true", async () => {
    const id = await addMentee({ cadenceDays: 14 });
    const logged = await logCheckInAction({
      menteeId: id,
      occurredOn: addDaysToDay(today(), -2),
      channel: "VIDEO",
      notes: "Talked about their first review.",
      takeaways: "Write the self-review early.",
      followUps: [{ title: "Send Sam the review template", dueOn: addDaysToDay(today(), 3) }],
    });
    expect(logged).toMatchObject({ ok: true, data: { menteeId: id, nextCheckInOn: addDaysToDay(today(), 12) } });
    let row = await db.mentee.findUniqueOrThrow({ where: { id } });
    expect(dateToDay(row.lastSessionOn!)).toBe(addDaysToDay(today(), -2));
    const checkIn = await db.checkIn.findFirstOrThrow({ where: { menteeId: id } });
    expect(checkIn.mentorId).toBeNull();
    const followUp = await db.reminder.findFirstOrThrow({ where: { checkInId: checkIn.id } });
    expect([followUp.kind, followUp.title, followUp.mentorId]).toEqual([
      "FOLLOW_UP",
      "Send Sam the review template",
      null,
    ]);

    await updateCheckInAction({ id: checkIn.id, occurredOn: today(), channel: "CALL", notes: "", takeaways: "" });
    row = await db.mentee.findUniqueOrThrow({ where: { id } });
    expect(dateToDay(row.nextSessionOn!)).toBe(addDaysToDay(today(), 14));

    const page = await getMenteePage(alice, id);
    expect(page!.timeline.filter((e) => e.kind === "check-in")).toHaveLength(1);
    expect(page!.sessions).toBe(1);

    const deleted = await deleteCheckInAction({ id: checkIn.id });
    if (!deleted.ok) throw new Error(deleted.error);
    expect(deleted.data).toMatchObject({ menteeId: id });
    expect(deleted.data).not.toHaveProperty("mentorId");
    row = await db.mentee.findUniqueOrThrow({ where: { id } });
    expect(row.lastSessionOn).toBeNull();
    // Undo: the page logs what was deleted again.
    expect(await logCheckInAction(deleted.data)).toMatchObject({ ok: true });
    row = await db.mentee.findUniqueOrThrow({ where: { id } });
    expect(dateToDay(row.lastSessionOn!)).toBe(today());
  });

  it("what they teach back is in the value ledger, and comes back after an undone delete", async () => {
    const id = await addMentee();
    const logged = await logValueExchangeAction({
      menteeId: id,
      direction: "RECEIVED",
      kind: "SKILL_TEACHING",
      description: "Showed me how they use the new design tools",
      occurredOn: today(),
    });
    if (!logged.ok) throw new Error(logged.error);
    const page = await getMenteePage(alice, id);
    expect(page!.taughtBack).toBe(1);
    const deleted = await deleteValueExchangeAction({ id: logged.data.id });
    if (!deleted.ok) throw new Error(deleted.error);
    expect(await logValueExchangeAction(deleted.data)).toMatchObject({ ok: true });
    expect(await db.valueExchange.count({ where: { menteeId: id } })).toBe(1);
  });

  it("a check-in or value exchange names exactly one person: both or neither is a field error, and the database refuses both", async () => {
    const id = await addMentee();
    const mentor = await createMentor(alice.id);
    for (const person of [{ mentorId: mentor.id, menteeId: id }, {}]) {
      const result = await expectNothingWritten(alice.id, () =>
        logCheckInAction({ ...person, occurredOn: today(), channel: "CALL" }),
      );
      expect(result).toMatchObject({ ok: false, fieldErrors: { mentorId: ["Choose who the check-in was with."] } });
      const value = await expectNothingWritten(alice.id, () =>
        logValueExchangeAction({ ...person, direction: "GAVE", kind: "ADVICE", description: "x", occurredOn: today() }),
      );
      expect(value).toMatchObject({
        ok: false,
        fieldErrors: { mentorId: ["Choose who the value was exchanged with."] },
      });
    }
    await expect(
      db.checkIn.create({
        data: { userId: alice.id, mentorId: mentor.id, menteeId: id, occurredOn: new Date(), channel: "CALL" },
      }),
    ).rejects.toThrow(/CheckIn_one_person/);
  });

  it("stages move along with their history; the list counts each stage", async () => {
    const id = await addMentee({ stage: "ACCEPTED" });
    await addMentee({ name: "Ana Lopez", stage: "WAITLISTED" });
    expect(await changeMenteeStageAction({ id, stage: "ACTIVE" })).toMatchObject({ ok: true });
    expect(await changeMenteeStageAction({ id, stage: "ALUMNI" })).toMatchObject({ ok: true });
    const changes = await db.menteeStageChange.findMany({ where: { menteeId: id }, orderBy: { changedAt: "asc" } });
    expect(changes.map((c) => c.toStage)).toEqual(["ACCEPTED", "ACTIVE", "ALUMNI"]);
    const list = await listMentees(alice.id, undefined);
    expect(list.byStage).toMatchObject({ ALUMNI: 1, WAITLISTED: 1, ACTIVE: 0 });
    expect((await listMentees(alice.id, "WAITLISTED")).mentees.map((m) => m.name)).toEqual(["Ana Lopez"]);
    expect(await changeMenteeStageAction({ id, stage: "MENTOR" as never })).toMatchObject({
      ok: false,
      fieldErrors: { stage: ["Choose a stage."] },
    });
  });

  it("their wins are credited to you, with the stories they agreed to share; a deleted win can be put back", async () => {
    const id = await addMentee();
    const win = await logMenteeWinAction({ menteeId: id, title: "Promoted to lead", occurredOn: today(), story: "on" });
    if (!win.ok) throw new Error(win.error);
    expect(await db.menteeWin.findUniqueOrThrow({ where: { id: win.data.id } })).toMatchObject({ story: true });
    const tomorrow = addDaysToDay(today(), 1);
    expect(await logMenteeWinAction({ menteeId: id, title: "Later", occurredOn: tomorrow })).toMatchObject({
      ok: false,
      fieldErrors: { occurredOn: ["That date is in the future."] },
    });
    const deleted = await deleteMenteeWinAction({ id: win.data.id });
    if (!deleted.ok) throw new Error(deleted.error);
    expect(await logMenteeWinAction(deleted.data)).toMatchObject({ ok: true });
    expect((await getMenteePage(alice, id))!.wins).toBe(1);
  });

  it("the map, the sprint and the value totals count only mentors; the dashboard's Mentoring panel shows mentees due", async () => {
    const before = await getDashboard(alice);
    expect(before.mentoring).toEqual({ due: [], total: 0, mentoring: 0, applications: 0 });
    const id = await addMentee({ cadenceDays: 3 });
    await logCheckInAction({ menteeId: id, occurredOn: today(), channel: "CALL", takeaways: "A takeaway" });
    await logValueExchangeAction({
      menteeId: id,
      direction: "GAVE",
      kind: "ADVICE",
      description: "x",
      occurredOn: today(),
    });
    const after = await getDashboard(alice);
    expect(after.mentoring).toMatchObject({
      due: [{ id, name: "Sam Rivera", nextSessionOn: addDaysToDay(today(), 3), overdue: false }],
      total: 1,
      mentoring: 1,
    });
    expect(after.hasCheckIn).toBe(false);
    expect(after.value).toEqual(before.value);
    expect(after.mentorCount).toBe(before.mentorCount);
    expect((await sprintCounts(db, alice, today(), addDaysToDay(today(), -10)))!.counts.takeawaysLogged).toBe(0);
  });

  it("another user's mentee: not found, and nothing written", async () => {
    const id = await addMentee({ cadenceDays: 7 });
    signInAs(bob);
    expect(await getMenteePage(bob, id)).toBeNull();
    const attempts = [
      () => logCheckInAction({ menteeId: id, occurredOn: today(), channel: "CALL" }),
      () =>
        logValueExchangeAction({
          menteeId: id,
          direction: "GAVE",
          kind: "ADVICE",
          description: "x",
          occurredOn: today(),
        }),
      () => changeMenteeStageAction({ id, stage: "ALUMNI" }),
      () => updateMenteeAction({ id, name: "Taken" }),
      () => deleteMenteeAction({ id }),
      () => logMenteeWinAction({ menteeId: id, title: "Mine", occurredOn: today() }),
    ];
    for (const attempt of attempts) {
      const result = await expectNothingWritten(alice.id, attempt);
      expect(result).toMatchObject({ ok: false, error: "Mentee not found." });
    }
    expect((await listMentees(bob.id, undefined)).total).toBe(0);
  });

  it("deleting a mentee takes their sessions, follow-ups, ledger entries and wins with them", async () => {
    const id = await addMentee();
    await logCheckInAction({
      menteeId: id,
      occurredOn: today(),
      channel: "CALL",
      followUps: [{ title: "Intro to Dana", dueOn: today() }],
    });
    await logValueExchangeAction({
      menteeId: id,
      direction: "GAVE",
      kind: "ADVICE",
      description: "x",
      occurredOn: today(),
    });
    await logMenteeWinAction({ menteeId: id, title: "Shipped", occurredOn: today() });
    expect(await deleteMenteeAction({ id })).toMatchObject({ ok: true });
    const left = await Promise.all([
      db.checkIn.count({ where: { userId: alice.id } }),
      db.reminder.count({ where: { userId: alice.id } }),
      db.valueExchange.count({ where: { userId: alice.id } }),
      db.menteeWin.count({ where: { userId: alice.id } }),
    ]);
    expect(left).toEqual([0, 0, 0, 0]);
  });
});
