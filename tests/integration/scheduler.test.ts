import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { runOnce, startDigestScheduler, stopDigestScheduler } from "@/server/digests/scheduler";

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
