import { beforeEach, describe, expect, it } from "vitest";
import { addDaysToDay, dayToDate, todayIn } from "@/domain/calendar";
import type { CurrentUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { takeSnapshotAction } from "@/server/snapshots/snapshots.actions";
import { loadCoverage } from "@/server/snapshots/snapshots.queries";
import {
  addSprintTaskAction,
  deleteSprintTaskAction,
  restoreSprintTaskAction,
  startSprintAction,
  toggleSprintTaskAction,
} from "@/server/sprint/sprint.actions";
import { getSprintPage, sprintCounts } from "@/server/sprint/sprint.queries";
import { createGapArea, createMentor, createUser, expectNothingWritten } from "../support/factories";
import { signInAs } from "../support/session-double";
import { aliceAndBob } from "../support/two-users";

let alice: CurrentUser;
let bob: CurrentUser;
const today = todayIn("UTC");

beforeEach(async () => {
  ({ alice, bob } = await aliceAndBob());
});

const stageChange = (
  userId: string,
  mentorId: string,
  toStage: "RESEARCHED" | "CONTACTED" | "IN_CONVERSATION",
  changedAt: Date,
) => db.stageChange.create({ data: { userId, mentorId, toStage, changedAt } });

describe("sprint targets from the data", () => {
  it("count what happened within the sprint's days and the map as it is", async () => {
    const start = "2026-03-01";
    for (let i = 0; i < 5; i++) await createGapArea(alice.id, `Area ${i}`, i + 1);
    const m = await Promise.all(Array.from({ length: 4 }, (_, i) => createMentor(alice.id, { name: `M${i}` })));
    await stageChange(alice.id, m[0]!.id, "RESEARCHED", new Date("2026-03-02T10:00:00Z"));
    await stageChange(alice.id, m[1]!.id, "RESEARCHED", new Date("2026-02-27T10:00:00Z")); // before the sprint
    await stageChange(alice.id, m[0]!.id, "CONTACTED", new Date("2026-03-03T10:00:00Z")); // week 1
    await stageChange(alice.id, m[2]!.id, "CONTACTED", new Date("2026-03-16T10:00:00Z")); // week 3
    await stageChange(alice.id, m[2]!.id, "CONTACTED", new Date("2026-03-17T10:00:00Z")); // the same person again
    await stageChange(alice.id, m[3]!.id, "IN_CONVERSATION", new Date("2026-04-01T10:00:00Z"));
    await stageChange(alice.id, m[3]!.id, "IN_CONVERSATION", new Date("2026-06-01T10:00:00Z")); // after day 90
    const reverse = await createMentor(alice.id, {
      name: "Rev",
      category: "REVERSE",
      stage: "ACTIVE",
      cadenceDays: 30,
    });
    await db.mentor.update({ where: { id: reverse.id }, data: { nextCheckInOn: dayToDate("2026-03-20") } });
    await createMentor(alice.id, { name: "No rhythm", stage: "ACTIVE" });
    await db.checkIn.create({
      data: {
        userId: alice.id,
        mentorId: reverse.id,
        occurredOn: dayToDate("2026-03-05"),
        channel: "CALL",
        takeaways: "Ship smaller",
      },
    });
    await db.checkIn.create({
      data: {
        userId: alice.id,
        mentorId: reverse.id,
        occurredOn: dayToDate("2026-03-06"),
        channel: "CALL",
        takeaways: "  ",
      },
    });
    await db.introduction.create({
      data: { userId: alice.id, fromMentorId: m[0]!.id, toMentorId: m[1]!.id, introducedOn: dayToDate("2026-05-01") },
    });
    await db.win.create({
      data: {
        userId: alice.id,
        title: "Promoted",
        occurredOn: dayToDate("2026-05-02"),
        sharedPubliclyOn: dayToDate("2026-05-03"),
      },
    });
    await db.peerGroup.create({ data: { userId: alice.id, name: "Circle" } });
    // Bob's activity never counts for Alice.
    const bobs = await createMentor(bob.id);
    await stageChange(bob.id, bobs.id, "CONTACTED", new Date("2026-03-03T10:00:00Z"));

    const { counts, outreachWeeks } = (await sprintCounts(db, alice, "2026-03-18", start))!;
    expect(counts).toEqual({
      gapAreas: 5,
      researched: 1,
      valuePropositions: 0,
      outreachSent: 2,
      firstConversations: 1,
      activeReverse: 1,
      peerGroups: 1,
      takeawaysLogged: 1,
      activeMentors: 2,
      activeOnRhythm: 1,
      introductions: 1,
      winsSharedPublicly: 1,
      digestEnabled: true,
    });
    expect(outreachWeeks.sort()).toEqual([1, 3]);
  });

  it("reads event times on the user's own calendar", async () => {
    const auckland = await createUser("nz", "Pacific/Auckland");
    const mentor = await createMentor(auckland.id);
    // 23:30 UTC on 9 March is 10 March in Auckland: day 1 of a sprint starting 10 March.
    await stageChange(auckland.id, mentor.id, "CONTACTED", new Date("2026-03-09T23:30:00Z"));
    expect((await sprintCounts(db, auckland, "2026-03-10", "2026-03-10"))!.counts.outreachSent).toBe(1);
    expect(
      (await sprintCounts(db, { ...auckland, timeZone: "UTC" }, "2026-03-10", "2026-03-10"))!.counts.outreachSent,
    ).toBe(0);
    // Without a start: the running sprint, or nothing.
    expect(await sprintCounts(db, auckland, "2026-03-10")).toBeNull();
    await db.sprint.create({ data: { userId: auckland.id, startOn: new Date("2026-03-10") } });
    expect((await sprintCounts(db, auckland, "2026-03-10"))!.counts.outreachSent).toBe(1);
  });
});

describe("sprint actions", () => {
  it("start a sprint, refuse a second while it runs, and after day 90 keep the summary and a snapshot", async () => {
    expect(await startSprintAction({ startOn: addDaysToDay(today, -95) })).toMatchObject({ ok: true });
    const area = await createGapArea(alice.id, "Leadership");
    const sage = await createMentor(alice.id, { name: "Ada", category: "SAGE", stage: "ACTIVE" });
    await db.mentorGapArea.create({ data: { userId: alice.id, mentorId: sage.id, gapAreaId: area.id } });
    await addSprintTaskAction({ title: "Write my value proposition", phase: "1" });

    const second = await startSprintAction({ startOn: today });
    expect(second).toMatchObject({ ok: true });
    const sprints = await db.sprint.findMany({
      where: { userId: alice.id },
      orderBy: { startOn: "asc" },
      include: { snapshots: true },
    });
    expect(sprints).toHaveLength(2);
    expect(sprints[0]!.endedAt).not.toBeNull();
    expect(sprints[0]!.summary).toMatchObject({
      tasks: { total: 1, done: 0 },
      coverage: { covered: 1, total: 3 },
      phases: [{ name: "Foundation" }, { name: "Activation" }, { name: "Optimisation" }],
    });
    expect(sprints[0]!.snapshots.map((s) => s.reason)).toEqual(["SPRINT_END"]);
    expect(sprints[1]!.endedAt).toBeNull();

    const refused = await expectNothingWritten(alice.id, () => startSprintAction({ startOn: today }));
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/day 1 of 90/) });
    const page = await getSprintPage(alice);
    expect(page.progress?.day).toBe(1);
    expect(page.history).toHaveLength(1);
  });

  it("refuse a start more than a year away", async () => {
    const result = await expectNothingWritten(alice.id, () => startSprintAction({ startOn: addDaysToDay(today, 366) }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { startOn: ["Start the sprint within a year from today."] },
    });
  });

  it("keep the user's own tasks: add, tick, delete and undo; another user's are not found", async () => {
    expect(await addSprintTaskAction({ title: "Join a mastermind", phase: "" })).toMatchObject({
      ok: false,
      error: "Start a sprint first.",
    });
    await startSprintAction({ startOn: today });
    const added = await addSprintTaskAction({ title: "Join a mastermind", phase: "2" });
    if (!added.ok) throw new Error(added.error);
    expect(await addSprintTaskAction({ title: "", phase: "4" })).toMatchObject({
      ok: false,
      fieldErrors: { title: ["Say what the task is."], phase: [expect.any(String)] },
    });
    await toggleSprintTaskAction({ id: added.data.id, done: true });
    expect((await db.sprintTask.findUniqueOrThrow({ where: { id: added.data.id } })).doneAt).not.toBeNull();

    signInAs(bob);
    for (const attempt of <(() => Promise<unknown>)[]>[
      () => toggleSprintTaskAction({ id: added.data.id, done: false }),
      () => deleteSprintTaskAction({ id: added.data.id }),
    ]) {
      expect(await expectNothingWritten(alice.id, attempt)).toMatchObject({ ok: false, error: "Task not found." });
    }
    signInAs(alice);
    const deleted = await deleteSprintTaskAction({ id: added.data.id });
    if (!deleted.ok) throw new Error(deleted.error);
    expect(deleted.data).toEqual({ title: "Join a mastermind", phase: 2, done: true });
    await restoreSprintTaskAction(deleted.data);
    expect(await db.sprintTask.findMany({ where: { userId: alice.id }, select: { title: true, phase: true } })).toEqual(
      [{ title: "Join a mastermind", phase: 2 }],
    );
  });

  it("take a snapshot on request, readable only by its owner", async () => {
    await createGapArea(alice.id, "Leadership");
    const taken = await takeSnapshotAction({});
    if (!taken.ok) throw new Error(taken.error);
    expect((await loadCoverage(alice, taken.data.id))?.coverage.areas.map((a) => a.name)).toEqual(["Leadership"]);
    expect(await loadCoverage(bob, taken.data.id)).toBeNull();
  });
});
