import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { runOnce, startDigestScheduler, stopDigestScheduler } from "@/server/digests/scheduler";
import { aliceAndBob } from "../support/two-users";

afterAll(async () => stopDigestScheduler());

describe("the digest scheduler", () => {
  it("starts with the app and runs a digest pass at once to catch up", async () => {
    const before = new Date();
    await startDigestScheduler();
    const deadline = Date.now() + 20_000;
    let run = null;
    while (!run && Date.now() < deadline) {
      run = await db.digestRun.findFirst({ where: { startedAt: { gte: before }, finishedAt: { not: null } } });
      if (!run) await new Promise((r) => setTimeout(r, 250));
    }
    expect(run).not.toBeNull();
  }, 30_000);

  it("never piles up runs: a tick that comes during a run joins it, and the next after it starts anew", async () => {
    const first = runOnce();
    expect(runOnce()).toBe(first);
    await first;
    const next = runOnce();
    expect(next).not.toBe(first);
    await next;
  }, 30_000);
});

describe("the scheduled tick", () => {
  it("deletes applications never confirmed after a day and declined ones 90 days after the decision, and keeps the rest", async () => {
    const { alice } = await aliceAndBob({ signedIn: false });
    const day = 86_400_000;
    const make = (status: "UNCONFIRMED" | "DECLINED" | "NEW", ago: number, decided?: number) =>
      db.application.create({
        data: {
          userId: alice.id,
          name: `${status} ${ago}`,
          email: "applicant@apply.example",
          answers: [],
          status,
          createdAt: new Date(Date.now() - ago * day),
          decidedAt: decided === undefined ? null : new Date(Date.now() - decided * day),
        },
      });
    await make("UNCONFIRMED", 2);
    await make("UNCONFIRMED", 0.5);
    await make("DECLINED", 100, 91);
    await make("DECLINED", 100, 30);
    await make("NEW", 200);
    await runOnce();
    const left = await db.application.findMany({ where: { userId: alice.id }, orderBy: { name: "asc" } });
    expect(left.map((a) => a.name)).toEqual(["DECLINED 100", "NEW 200", "UNCONFIRMED 0.5"]);
  }, 30_000);
});
