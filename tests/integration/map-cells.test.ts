import { beforeEach, describe, expect, it } from "vitest";
import { addDaysToDay, dayToDate, todayIn } from "@/domain/calendar";
import type { CurrentUser } from "@/server/auth/session";
import { type DashboardData, dashboardFromScratch, getDashboard, loadMap } from "@/server/dashboard/dashboard.queries";
import { db } from "@/server/db";
import { createGapArea, createMentor } from "../support/factories";
import { seededRandom as random } from "../support/seeded-random";
import { aliceAndBob } from "../support/two-users";

// The dashboard's view after a change computes again only the cells the change
// touched (src/server/dashboard/map-cells.ts, from what the map_cells triggers record).
// touched, and of what the dashboard shows around the map only the parts it fed (the
// dashboard_parts migration). Whatever the writes, that view must equal the dashboard
// computed from scratch.

let alice: CurrentUser;
let bob: CurrentUser;
const today = todayIn("UTC");
const CATEGORIES = ["SAGE", "PEER", "REVERSE", "SPECIALIST", "ACCOUNTABILITY"] as const;
const STAGES = ["PROSPECT", "CONTACTED", "ACTIVE", "PAUSED", "DECLINED"] as const;

beforeEach(async () => {
  ({ alice, bob } = await aliceAndBob({ signedIn: false }));
});

/** A view less what records how it was computed. */
const shown = ({ cells: _cells, recomputed: _recomputed, ...rest }: DashboardData) => rest;

const balance = (mentorId: string) => db.mentorValueBalance.findUnique({ where: { mentorId } });

describe("the map after a change", () => {
  it("equals the dashboard computed from scratch after every kind of write, touching only the cells and parts written", async () => {
    const areas = [await createGapArea(alice.id, "Leadership", 1), await createGapArea(alice.id, "Craft", 2)];
    const mentors: Awaited<ReturnType<typeof createMentor>>[] = [];
    for (let i = 0; i < 12; i++) {
      const m = await createMentor(alice.id, { name: `Person ${i}`, category: CATEGORIES[i % 5], stage: "ACTIVE" });
      await db.mentorGapArea.create({ data: { userId: alice.id, mentorId: m.id, gapAreaId: areas[i % 2]!.id } });
      mentors.push(m);
    }
    const r = random(17);
    const day = (offset: number) => dayToDate(addDaysToDay(today, offset));
    await db.sprint.create({ data: { userId: alice.id, startOn: day(-20) } });
    const two = () => {
      const from = r.pick(mentors);
      return [from, r.pick(mentors.filter((m) => m.id !== from.id))] as const;
    };
    const writes: [string, () => Promise<unknown>][] = [
      [
        "category",
        () => db.mentor.update({ where: { id: r.pick(mentors).id }, data: { category: r.pick(CATEGORIES) } }),
      ],
      ["stage", () => db.mentor.update({ where: { id: r.pick(mentors).id }, data: { stage: r.pick(STAGES) } })],
      ["name", () => db.mentor.update({ where: { id: r.pick(mentors).id }, data: { name: `Renamed ${r.int(99)}` } })],
      [
        "next check-in",
        () => db.mentor.update({ where: { id: r.pick(mentors).id }, data: { nextCheckInOn: day(r.int(30) - 15) } }),
      ],
      ["notes only", () => db.mentor.update({ where: { id: r.pick(mentors).id }, data: { notes: "x" } })],
      [
        "archived or back",
        () =>
          db.mentor.update({ where: { id: r.pick(mentors).id }, data: { archivedAt: r.int(2) ? new Date() : null } }),
      ],
      [
        "deleted or undone",
        () =>
          db.mentor.update({ where: { id: r.pick(mentors).id }, data: { deletedAt: r.int(2) ? new Date() : null } }),
      ],
      [
        "into another area",
        () =>
          db.mentorGapArea.createMany({
            data: [{ userId: alice.id, mentorId: r.pick(mentors).id, gapAreaId: r.pick(areas).id }],
            skipDuplicates: true,
          }),
      ],
      [
        "out of an area",
        () => db.mentorGapArea.deleteMany({ where: { mentorId: r.pick(mentors).id, gapAreaId: r.pick(areas).id } }),
      ],
      [
        "moved between areas by an UPDATE",
        () => {
          const [from, to] = r.int(2) ? areas : [areas[1]!, areas[0]!];
          return db.$executeRaw`UPDATE "MentorGapArea" mg SET "gapAreaId" = ${to!.id}
            WHERE mg."mentorId" = ${r.pick(mentors).id} AND mg."gapAreaId" = ${from!.id}
              AND NOT EXISTS (SELECT 1 FROM "MentorGapArea" o WHERE o."mentorId" = mg."mentorId" AND o."gapAreaId" = ${to!.id})`;
        },
      ],
      [
        "value long ago (one-way)",
        () =>
          db.valueExchange.create({
            data: {
              userId: alice.id,
              mentorId: r.pick(mentors).id,
              direction: r.pick(["GAVE", "RECEIVED"] as const),
              kind: "ADVICE",
              occurredOn: day(-100 - r.int(50)),
            },
          }),
      ],
      [
        "value moved to today",
        async () => {
          const v = await db.valueExchange.findFirst({ where: { userId: alice.id } });
          if (v) await db.valueExchange.update({ where: { id: v.id }, data: { occurredOn: day(0) } });
        },
      ],
      [
        "value deleted",
        async () => {
          const v = await db.valueExchange.findFirst({ where: { userId: alice.id }, orderBy: { createdAt: "desc" } });
          if (v) await db.valueExchange.delete({ where: { id: v.id } });
        },
      ],
      [
        "a check-in",
        () =>
          db.checkIn.create({
            data: { userId: alice.id, mentorId: r.pick(mentors).id, occurredOn: day(0), channel: "CALL" },
          }),
      ],
      [
        "rhythm",
        () => db.mentor.update({ where: { id: r.pick(mentors).id }, data: { cadenceDays: r.pick([7, 30, null]) } }),
      ],
      [
        "a reminder",
        () =>
          db.reminder.create({
            data: { userId: alice.id, mentorId: r.pick(mentors).id, kind: "CHECK_IN", dueOn: day(r.int(12) - 4) },
          }),
      ],
      [
        "a reminder done",
        async () => {
          const due = await db.reminder.findFirst({ where: { userId: alice.id, status: "PENDING" } });
          if (due)
            await db.reminder.update({ where: { id: due.id }, data: { status: "DONE", completedAt: new Date() } });
        },
      ],
      [
        "an introduction",
        () => {
          const [from, to] = two();
          return db.introduction.create({
            data: { userId: alice.id, fromMentorId: from.id, toMentorId: to.id, introducedOn: day(-r.int(5)) },
          });
        },
      ],
      [
        "a win credited",
        async () => {
          const win = await db.win.create({
            data: { userId: alice.id, title: `Win ${r.int(99)}`, occurredOn: day(-r.int(9)) },
          });
          await db.winCredit.create({ data: { userId: alice.id, winId: win.id, mentorId: r.pick(mentors).id } });
        },
      ],
      [
        "a win shared",
        async () => {
          const credit = await db.winCredit.findFirst({ where: { userId: alice.id, sharedOn: null } });
          if (credit)
            await db.winCredit.update({
              where: { winId_mentorId: { winId: credit.winId, mentorId: credit.mentorId } },
              data: { sharedOn: day(0) },
            });
        },
      ],
      [
        "outreach sent",
        () => db.stageChange.create({ data: { userId: alice.id, mentorId: r.pick(mentors).id, toStage: "CONTACTED" } }),
      ],
      [
        "a value proposition",
        () => {
          const mentorId = mentors[r.int(4)]!.id;
          return db.outreachPlan.upsert({
            where: { mentorId },
            create: { userId: alice.id, mentorId, whatINeed: "Advice", whatIOffer: "Code review" },
            update: { whatINeed: `Advice ${r.int(9)}`, whatIOffer: "Code review" },
          });
        },
      ],
      ["a peer group", () => db.peerGroup.create({ data: { userId: alice.id, name: `Group ${r.int(99)}` } })],
      [
        "the sprint moved",
        () => db.sprint.updateMany({ where: { userId: alice.id }, data: { startOn: day(-r.int(60)) } }),
      ],
      ["Bob's mentor", () => createMentor(bob.id, { name: "Bob's" })],
      [
        "a meeting proposed",
        () =>
          db.proposedCheckIn.create({
            data: {
              userId: alice.id,
              mentorId: r.pick(mentors).id,
              eventUid: `uid-${r.int(1e9)}`,
              occurrence: "2026-11-20T09:00:00Z",
              summary: "Coffee",
              occurredOn: day(-r.int(20)),
              channel: "COFFEE",
              match: "EMAIL",
            },
          }),
      ],
      [
        "a meeting dismissed",
        () =>
          db.proposedCheckIn.updateMany({
            where: { userId: alice.id, status: "PENDING" },
            data: { status: "DISMISSED" },
          }),
      ],
    ];
    const paths = new Set<string>();
    const parts = new Map<string, Set<string>>();
    let seen = (await getDashboard(alice)).cells.version;
    for (let step = 0; step < 3 * writes.length; step++) {
      const [what, write] = writes[step % writes.length]!;
      await write();
      const view = await getDashboard(alice);
      paths.add(`${what}: ${view.cells.recomputed === "all" ? "all" : "some"}`);
      // (A write that changed nothing, e.g. a link already there, leaves the last view standing.)
      if (view.cells.version !== seen)
        parts.set(
          what,
          new Set([...(parts.get(what) ?? []), ...(view.recomputed === "all" ? ["all"] : view.recomputed)]),
        );
      seen = view.cells.version;
      expect(view.map, `after step ${step} (${what})`).toEqual(await loadMap(db, alice, today));
      expect(shown(view), `after step ${step} (${what})`).toEqual(shown(await dashboardFromScratch(alice)));
      // Each gap-area row carries its mentor's category, which a cell is read by.
      const [row] = await db.$queryRaw<{ astray: number }[]>`
        SELECT count(*)::int AS astray FROM "MentorGapArea" mg JOIN "Mentor" m ON m."id" = mg."mentorId"
        WHERE mg."category" IS DISTINCT FROM m."category"`;
      expect(row?.astray, `after step ${step} (${what})`).toBe(0);
    }
    // Every one of those writes was answered by recomputing some cells, never all.
    expect([...paths].filter((p) => p.endsWith(": all"))).toEqual([]);
    // And around the map, only what the write feeds: a check-in moved recounts the active mentors alone.
    const recomputed = (what: string) => [...parts.get(what)!].sort();
    expect(recomputed("next check-in")).toEqual(["active_mentors"]);
    expect(recomputed("notes only")).toEqual([]);
    expect(recomputed("a reminder")).toEqual(["due"]);
    expect(recomputed("a check-in")).toEqual(["check_ins", "sprint"]);
    expect(recomputed("value deleted")).toEqual(["value"]);
    expect(recomputed("a meeting proposed")).toEqual(["calendar"]);
    expect(recomputed("into another area")).toEqual([]);
    // A write that changes no cell, and Bob's writes, recompute none.
    await db.mentor.update({ where: { id: mentors[0]!.id }, data: { notes: "again" } });
    expect((await getDashboard(alice)).cells.recomputed).toBe(0);
    // What the triggers do not record (a gap area renamed, a mentor deleted for good) recomputes every cell.
    await db.gapArea.update({ where: { id: areas[0]!.id }, data: { name: "People leadership" } });
    const renamed = await getDashboard(alice);
    expect(renamed.cells.recomputed).toBe("all");
    expect(renamed.map).toEqual(await loadMap(db, alice, today));
    await db.mentor.delete({ where: { id: mentors[1]!.id } });
    const deleted = await getDashboard(alice);
    expect(deleted.cells.recomputed).toBe("all");
    expect(deleted.map).toEqual(await loadMap(db, alice, today));
    // A mentor archived changes the counts and every list around the map: all of it again.
    await db.mentor.update({ where: { id: mentors[2]!.id }, data: { archivedAt: new Date(), deletedAt: null } });
    const archived = await getDashboard(alice);
    expect(archived.recomputed).toBe("all");
    expect(shown(archived)).toEqual(shown(await dashboardFromScratch(alice)));
  });

  it("keeps each mentor's value balance equal to the ledger, through concurrent writes and deletes", async () => {
    const mentor = await createMentor(alice.id, { name: "Ada" });
    const exchange = (direction: "GAVE" | "RECEIVED", offset: number) =>
      db.$transaction(async (tx) => {
        const row = await tx.valueExchange.create({
          data: {
            userId: alice.id,
            mentorId: mentor.id,
            direction,
            kind: "ADVICE",
            occurredOn: dayToDate(addDaysToDay(today, offset)),
          },
        });
        // Both transactions are open at once: each counted before the other committed.
        await new Promise((r) => setTimeout(r, 50));
        return row;
      });
    const made = await Promise.all([exchange("GAVE", -3), exchange("GAVE", -1), exchange("RECEIVED", -2)]);
    expect(await balance(mentor.id)).toMatchObject({
      gave: 2,
      received: 1,
      firstGave: dayToDate(addDaysToDay(today, -3)),
      lastGave: dayToDate(addDaysToDay(today, -1)),
      firstReceived: dayToDate(addDaysToDay(today, -2)),
      lastReceived: dayToDate(addDaysToDay(today, -2)),
    });
    await db.valueExchange.deleteMany({ where: { id: { in: made.map((m) => m.id) } } });
    expect(await balance(mentor.id)).toMatchObject({ gave: 0, received: 0, firstGave: null, lastReceived: null });
    await db.mentor.delete({ where: { id: mentor.id } });
    expect(await balance(mentor.id)).toBeNull();
  });
});
