import { beforeEach, describe, expect, it } from "vitest";
import { addDaysToDay, dayToDate, todayIn } from "@/domain/calendar";
import type { CurrentUser } from "@/server/auth/session";
import { getDashboard, loadMap } from "@/server/dashboard/dashboard.queries";
import { db } from "@/server/db";
import { createGapArea } from "../support/factories";
import { seededRandom as random } from "../support/seeded-random";
import { aliceAndBob } from "../support/two-users";

// After a write that moves no one into or out of a cell (a check-in's date, a name, a
// stage, the value ledger), the next view ranks the mentors it changed against the rows
// it holds for the cell (the map_change_mentors migration, rankAgain in
// src/server/dashboard/map-cells.ts), rather than reading the whole cell. In a cell
// much bigger than what is held, the map must still equal the one read from scratch.

let alice: CurrentUser;
const today = todayIn("UTC");
const day = (offset: number) => dayToDate(addDaysToDay(today, offset));
const PEOPLE = 45;

beforeEach(async () => {
  ({ alice } = await aliceAndBob({ signedIn: false }));
});

describe("a big cell after a change", () => {
  it("ranks the changed mentors against the held rows and equals the map read from scratch", async () => {
    const area = await createGapArea(alice.id, "Leadership", 1);
    const ids = Array.from({ length: PEOPLE }, (_, i) => `${alice.id}_p${i}`);
    const r = random(7);
    // Names with capitals and accents, so the order is the database's collation, not JavaScript's.
    const names = ["Åsa", "ada", "Zoë", "émile", "Bo", "bea", "Ösel", "Chen", "chris", "Dana"];
    await db.mentor.createMany({
      data: ids.map((id, i) => ({
        id,
        userId: alice.id,
        name: `${names[i % names.length]} ${i % 7}`,
        category: "PEER" as const,
        stage: r.pick(["ACTIVE", "PROSPECT", "ACTIVE", "PAUSED"] as const),
        nextCheckInOn: r.int(3) ? day(r.int(60) - 20) : null,
      })),
    });
    await db.mentorGapArea.createMany({
      data: ids.map((mentorId) => ({ userId: alice.id, mentorId, gapAreaId: area.id })),
    });
    const writes: [string, () => Promise<unknown>, "ranked" | "whole"][] = [
      [
        "next check-in",
        () => db.mentor.update({ where: { id: r.pick(ids) }, data: { nextCheckInOn: day(r.int(60) - 20) } }),
        "ranked",
      ],
      ["name", () => db.mentor.update({ where: { id: r.pick(ids) }, data: { name: r.pick(names) } }), "ranked"],
      [
        "stage",
        () =>
          db.mentor.update({
            where: { id: r.pick(ids) },
            data: { stage: r.pick(["ACTIVE", "PAUSED", "PROSPECT"] as const) },
          }),
        "ranked",
      ],
      [
        "value long ago (one-way)",
        () =>
          db.valueExchange.create({
            data: { userId: alice.id, mentorId: r.pick(ids), direction: "GAVE", kind: "ADVICE", occurredOn: day(-100) },
          }),
        "ranked",
      ],
      [
        "two at once",
        () =>
          db.mentor.updateMany({
            where: { id: { in: [r.pick(ids), r.pick(ids)] } },
            data: { nextCheckInOn: day(r.int(40) - 30) },
          }),
        "ranked",
      ],
      ["declined", () => db.mentor.update({ where: { id: r.pick(ids) }, data: { stage: "DECLINED" } }), "whole"],
      ["archived", () => db.mentor.update({ where: { id: r.pick(ids) }, data: { archivedAt: new Date() } }), "whole"],
    ];
    await getDashboard(alice);
    const ways = new Map<string, Set<string>>();
    for (let step = 0; step < 16 * writes.length; step++) {
      const [what, write] = writes[step % writes.length]!;
      await write();
      const view = await getDashboard(alice);
      const way = view.cells.ranked ? "ranked" : view.cells.recomputed === 0 ? "none" : "whole";
      ways.set(what, new Set([...(ways.get(what) ?? []), way]));
      expect(view.map, `after step ${step} (${what})`).toEqual(await loadMap(db, alice, today));
    }
    for (const [what, , way] of writes) expect(ways.get(what), what).toContain(way);
    // A membership change never takes the short way.
    expect(ways.get("declined")).not.toContain("ranked");
    expect(ways.get("archived")).not.toContain("ranked");
  });

  it("reads the cell whole again when its held rows run short", async () => {
    const area = await createGapArea(alice.id, "Craft", 1);
    const ids = Array.from({ length: 30 }, (_, i) => `${alice.id}_q${String(i).padStart(2, "0")}`);
    // Everyone overdue: the map shows the first 8 by name, and holds the first 16.
    await db.mentor.createMany({
      data: ids.map((id, i) => ({
        id,
        userId: alice.id,
        name: `Person ${String(i).padStart(2, "0")}`,
        category: "SAGE" as const,
        stage: "ACTIVE" as const,
        nextCheckInOn: day(-5),
      })),
    });
    await db.mentorGapArea.createMany({
      data: ids.map((mentorId) => ({ userId: alice.id, mentorId, gapAreaId: area.id })),
    });
    await getDashboard(alice);
    const ways: string[] = [];
    for (let step = 0; step < 12; step++) {
      // The first chip shown, paused: behind everyone overdue, most of whom the view does not hold.
      const first = (await getDashboard(alice)).map.rows[0]!.cells.find((c) => c.category === "SAGE")!.mentors[0]!;
      await db.mentor.update({ where: { id: first.id }, data: { stage: "PAUSED" } });
      const view = await getDashboard(alice);
      ways.push(view.cells.ranked ? "ranked" : "whole");
      expect(view.map, `after pausing ${first.name}`).toEqual(await loadMap(db, alice, today));
    }
    // Eight ranked from the held rows, then too few are left to show and the cell is read again.
    expect(ways.slice(0, 9)).toEqual([...Array(8).fill("ranked"), "whole"]);
  });
});
