import { differenceInCalendarDays } from "date-fns";
import { describe, expect, it } from "vitest";
import { CATEGORIES } from "@/domain/categories";
import { STAGES } from "@/domain/stages";
import { db } from "@/server/db";
import { ensureDemoUser } from "@/server/demo/demo-map";
import { countOwnedRows } from "../support/factories";

describe("the demo map", () => {
  it("is realistic: ~6 gap areas, 20 mentors in every category and stage, check-ins, value, reminders, a sprint on day 40", async () => {
    const { id } = await ensureDemoUser(db);
    // Idempotent: the demo button may be pressed twice.
    expect(await ensureDemoUser(db)).toEqual({ id });
    const counts = await countOwnedRows(id);
    expect(counts.GapArea).toBe(6);
    expect(counts.Mentor).toBe(20);
    expect(counts.CheckIn).toBeGreaterThan(40);
    expect(counts.ValueExchange).toBeGreaterThan(10);
    expect(counts.Reminder).toBeGreaterThan(10);
    const mentors = await db.mentor.findMany({ where: { userId: id }, select: { category: true, stage: true } });
    expect(new Set(mentors.map((m) => m.category))).toEqual(new Set(CATEGORIES.map((c) => c.value)));
    expect(new Set(mentors.map((m) => m.stage))).toEqual(new Set(STAGES.map((s) => s.value)));
    const sprint = await db.sprint.findFirstOrThrow({ where: { userId: id } });
    const today = new Date();
    const day =
      differenceInCalendarDays(
        today,
        new Date(sprint.startOn.getUTCFullYear(), sprint.startOn.getUTCMonth(), sprint.startOn.getUTCDate()),
      ) + 1;
    expect(day).toBe(40);
  });
});

describe("deleting a user", () => {
  it("cascades to every row they own, in every table, and touches no one else's", async () => {
    const { id } = await ensureDemoUser(db);
    const other = await db.user.create({ data: { email: `other-${Date.now()}@test.example` } });
    await db.mentor.create({ data: { userId: other.id, name: "Someone else's", category: "PEER" } });
    const before = await countOwnedRows(id);
    expect(Object.values(before).reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
    await db.user.delete({ where: { id } });
    const after = await countOwnedRows(id);
    expect(Object.values(after).every((n) => n === 0)).toBe(true);
    expect(Object.keys(after).length).toBeGreaterThanOrEqual(20);
    expect(await db.mentor.count({ where: { userId: other.id } })).toBe(1);
  });
});

describe("the demo user under concurrent first clicks", () => {
  it("is created once and both callers get it", async () => {
    await db.user.deleteMany({ where: { email: "demo@mentor-map.example" } });
    const [a, b] = await Promise.all([ensureDemoUser(db), ensureDemoUser(db)]);
    expect(a).toEqual(b);
    expect(await db.user.count({ where: { email: "demo@mentor-map.example" } })).toBe(1);
  });
});

describe("the demo sign-in", () => {
  it("reuses the demo user's live session rather than adding one per click", async () => {
    const { startDemoSession } = await import("@/server/demo/demo-session");
    const first = await startDemoSession();
    const second = await startDemoSession();
    expect(second.token).toBe(first.token);
    const demo = await db.user.findUniqueOrThrow({ where: { email: "demo@mentor-map.example" } });
    expect(await db.session.count({ where: { userId: demo.id, sessionToken: first.token } })).toBe(1);
    // Signed out (its session deleted), the next click makes a new one.
    await db.session.deleteMany({ where: { sessionToken: first.token } });
    expect((await startDemoSession()).token).not.toBe(first.token);
  });
});
