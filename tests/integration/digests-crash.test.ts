import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { dayToDate } from "@/domain/calendar";
import { db } from "@/server/db";
import { DIGEST_CONCURRENCY } from "@/domain/digest-schedule";
import { createMentor, createUser } from "../support/factories";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";

const embedded = process.env.MENTOR_MAP_EMBEDDED_DB === "1";
let smtp: SmtpSink | undefined;
afterAll(async () => smtp?.stop());

/** `npm run digests -- --now` as a separate process, the way cron runs it. */
function digestsProcess(smtpUrl: string) {
  return spawn(process.execPath, ["--import", "./scripts/lib/server-only-hook.mjs", "--import", "tsx", "scripts/digests.ts", "--now"], {
    env: { ...process.env, SMTP_URL: smtpUrl, LOG_LEVEL: "silent" },
    stdio: "ignore",
  });
}
const exited = (child: ReturnType<typeof spawn>) => new Promise<void>((resolve) => child.on("exit", () => resolve()));

// The child connects to the database on its own; the embedded fallback database lives inside this test process.
describe.skipIf(embedded)("a digest worker killed mid-batch", () => {
  it("sends the rest after a restart and repeats none", async () => {
    const tag = randomUUID().slice(0, 8);
    const hour = new Date().getUTCHours();
    const users = [];
    for (let i = 0; i < 3 * DIGEST_CONCURRENCY; i++) {
      const user = await createUser(`crash-${tag}-${i}`, "UTC");
      await db.user.update({ where: { id: user.id }, data: { digestFrequency: "DAILY", digestHour: hour } });
      const mentor = await createMentor(user.id, { name: `Mentor ${i}` });
      await db.reminder.create({ data: { userId: user.id, mentorId: mentor.id, kind: "CHECK_IN", title: "Check in", dueOn: dayToDate("2026-01-01") } });
      users.push(user);
    }
    smtp = await startSmtpSink(0, { delayMs: 100 });
    const mine = () => smtp!.messages.filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((t) => t?.text.includes(`crash-${tag}-`)));

    const first = digestsProcess(smtp.url);
    const deadline = Date.now() + 60_000;
    while (mine().length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    first.kill("SIGKILL");
    await exited(first);
    const beforeRestart = mine().length;
    expect(beforeRestart).toBeGreaterThanOrEqual(3);
    expect(beforeRestart).toBeLessThan(users.length);

    const second = digestsProcess(smtp.url);
    await exited(second);
    await new Promise((r) => setTimeout(r, 500)); // the last message's delay

    const perUser = users.map((u) => mine().filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((t) => t?.text.includes(u.email))).length);
    expect(Math.max(...perUser)).toBe(1); // none twice
    // Everyone got theirs except, at most, those whose sends the kill cut off (left SENDING, never resent).
    expect(perUser.filter((n) => n === 1).length).toBeGreaterThanOrEqual(users.length - DIGEST_CONCURRENCY);
    expect(smtp.errors).toEqual([]); // the killed client's reset connections are not errors of ours
  }, 120_000);
});
