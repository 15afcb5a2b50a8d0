import { beforeEach, describe, expect, it } from "vitest";
import { addDaysToDay, dayToDate, todayIn } from "@/domain/calendar";
import type { CurrentUser } from "@/server/auth/session";
import { getDashboard } from "@/server/dashboard/dashboard.queries";
import { db } from "@/server/db";
import { listOpenGaps } from "@/server/gaps/gaps.queries";
import { createGapArea, createMentor } from "../support/factories";
import { aliceAndBob } from "../support/two-users";

let alice: CurrentUser;
let bob: CurrentUser;
const today = todayIn("UTC");

beforeEach(async () => {
  ({ alice, bob } = await aliceAndBob({ signedIn: false }));
});

describe("getDashboard", () => {
  it("draws only the user's own map, with gaps, due check-ins and the sprint day", async () => {
    const area = await createGapArea(alice.id, "Leadership capabilities");
    const sage = await createMentor(alice.id, { name: "Ada", category: "SAGE", stage: "ACTIVE", cadenceDays: 30 });
    await db.mentor.update({ where: { id: sage.id }, data: { nextCheckInOn: dayToDate(addDaysToDay(today, -1)) } });
    await db.mentorGapArea.create({ data: { userId: alice.id, mentorId: sage.id, gapAreaId: area.id } });
    await db.reminder.create({
      data: {
        userId: alice.id,
        mentorId: sage.id,
        kind: "CHECK_IN",
        title: "Check in with Ada",
        dueOn: dayToDate(addDaysToDay(today, -1)),
      },
    });
    const gone = await createMentor(alice.id, { name: "Deleted", category: "PEER" });
    await db.mentor.update({ where: { id: gone.id }, data: { deletedAt: new Date() } });
    await db.reminder.create({
      data: {
        userId: alice.id,
        mentorId: gone.id,
        kind: "CHECK_IN",
        title: "Check in with Deleted",
        dueOn: dayToDate(today),
      },
    });
    await db.sprint.create({ data: { userId: alice.id, startOn: dayToDate(addDaysToDay(today, -39)) } });
    // Bob's data must not appear.
    const bobsArea = await createGapArea(bob.id, "Bob's area");
    const bobs = await createMentor(bob.id, { name: "Bob's sage", category: "SAGE" });
    await db.mentorGapArea.create({ data: { userId: bob.id, mentorId: bobs.id, gapAreaId: bobsArea.id } });

    const d = await getDashboard(alice);
    expect(d.map.rows.map((r) => r.area.name)).toEqual(["Leadership capabilities"]);
    expect(d.map.rows[0]!.cells[0]!.mentors.map((m) => [m.name, m.health])).toEqual([["Ada", "overdue"]]);
    expect(d.map.gaps.map((g) => g.category)).toEqual(["PEER", "REVERSE"]);
    expect(d.due.map((r) => [r.title, r.overdue])).toEqual([["Check in with Ada", true]]);
    expect(d.sprint).toMatchObject({ day: 40, phase: { number: 2, name: "Activation" } });
    expect(d.mentorCount).toBe(1);
    // The palette's list of open gaps says the same as the map, and has nothing of Bob's.
    expect((await listOpenGaps(alice.id)).map((g) => [g.areaName, g.category])).toEqual(
      d.map.gaps.map((g) => [g.area.name, g.category]),
    );
  });

  it("sends the 8 most urgent people of a crowded cell with its count, and lists one-way relationships", async () => {
    const area = await createGapArea(alice.id, "Technical skills");
    for (let i = 0; i < 12; i++) {
      const m = await createMentor(alice.id, {
        name: `Peer ${String(i).padStart(2, "0")}`,
        category: "PEER",
        stage: "ACTIVE",
      });
      await db.mentorGapArea.create({ data: { userId: alice.id, mentorId: m.id, gapAreaId: area.id } });
      if (i === 11)
        await db.mentor.update({ where: { id: m.id }, data: { nextCheckInOn: dayToDate(addDaysToDay(today, -3)) } });
      if (i === 10) {
        await db.valueExchange.create({
          data: {
            userId: alice.id,
            mentorId: m.id,
            direction: "RECEIVED",
            kind: "ADVICE",
            occurredOn: dayToDate(addDaysToDay(today, -150)),
          },
        });
      }
    }
    const d = await getDashboard(alice);
    const cell = d.map.rows[0]!.cells[1]!;
    expect(cell.count).toBe(12);
    expect(cell.mentors.map((m) => [m.name, m.health]).slice(0, 3)).toEqual([
      ["Peer 11", "overdue"],
      ["Peer 10", "one-way"],
      ["Peer 00", "no-rhythm"], // active, with no rhythm set
    ]);
    expect(cell.mentors).toHaveLength(8);
    expect(d.value).toMatchObject({
      received: 1,
      gave: 0,
      oneWay: [{ name: "Peer 10", oneWay: { direction: "RECEIVED", months: 5 } }],
    });
    expect(d.mentorCount).toBe(12);
  });

  it("is empty, not broken, for a brand-new user", async () => {
    const d = await getDashboard(alice);
    expect(d).toMatchObject({ hasAreas: false, mentorCount: 0, due: [], sprint: null, map: { rows: [], gaps: [] } });
  });
});
