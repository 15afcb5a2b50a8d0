import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { DIGEST_CONCURRENCY } from "@/domain/digest-schedule";
import { migrate } from "@/server/db/migrate";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "../support/postgres";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";

const embedded = process.env.MENTOR_MAP_EMBEDDED_DB === "1";
let smtp: SmtpSink | undefined;
let database: string | undefined;
afterAll(async () => {
  await smtp?.stop();
  if (database) await dropDatabase(database);
});

/** `npm run digests -- --now` as a separate process, the way cron runs it. */
function digestsProcess(databaseUrl: string, smtpUrl: string) {
  return spawn(process.execPath, ["--import", "./scripts/lib/server-only-hook.mjs", "--import", "tsx", "scripts/digests.ts", "--now"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, SMTP_URL: smtpUrl, LOG_LEVEL: "silent" },
    stdio: "ignore",
  });
}

/**
 * Users due now, in a database of this test's own: in the shared one, another
 * file's in-process digest run (at a fixed time that can fall on today) would
 * claim them too.
 */
async function seedDueUsers(url: string, count: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ email: string }>(
      `INSERT INTO "User" (id, email, name, "timeZone", "digestFrequency", "digestHour", "updatedAt")
       SELECT 'crash_' || i, 'crash-' || i || '-' || $3 || '@test.example', 'Reader ' || i, 'UTC', 'DAILY', $1, now()
       FROM generate_series(1, $2::int) i RETURNING email`,
      [new Date().getUTCHours(), count, randomUUID().slice(0, 8)],
    );
    await client.query(
      `INSERT INTO "Mentor" (id, "userId", name, category, stage, "updatedAt")
       SELECT 'crashm_' || u.id, u.id, 'Mentor of ' || u.name, 'PEER', 'ACTIVE', now() FROM "User" u`,
    );
    await client.query(
      `INSERT INTO "Reminder" (id, "userId", "mentorId", kind, title, "dueOn", "updatedAt")
       SELECT 'crashr_' || m.id, m."userId", m.id, 'CHECK_IN', 'Check in', DATE '2026-01-01', now() FROM "Mentor" m`,
    );
    return rows.map((r) => r.email);
  } finally {
    await client.end();
  }
}
const exited = (child: ReturnType<typeof spawn>) => new Promise<void>((resolve) => child.on("exit", () => resolve()));

// The child connects to the database on its own; the embedded fallback database lives inside this test process.
describe.skipIf(embedded)("a digest worker killed mid-batch", () => {
  it("sends the rest after a restart and repeats none", async () => {
    database = uniqueDatabaseName("mentormap_crash");
    const url = await createDatabase(database);
    await migrate(url);
    const emails = await seedDueUsers(url, 3 * DIGEST_CONCURRENCY);
    smtp = await startSmtpSink(0, { delayMs: 100 });
    const mine = () => smtp!.messages;

    const first = digestsProcess(url, smtp.url);
    const deadline = Date.now() + 60_000;
    while (mine().length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    first.kill("SIGKILL");
    await exited(first);
    const beforeRestart = mine().length;
    expect(beforeRestart).toBeGreaterThanOrEqual(3);
    expect(beforeRestart).toBeLessThan(emails.length);

    const second = digestsProcess(url, smtp.url);
    await exited(second);
    await new Promise((r) => setTimeout(r, 500)); // the last message's delay

    const perUser = emails.map((email) => mine().filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((t) => t?.text.includes(email))).length);
    expect(Math.max(...perUser)).toBe(1); // none twice
    // Everyone got theirs except, at most, those whose sends the kill cut off (left SENDING, never resent).
    expect(perUser.filter((n) => n === 1).length).toBeGreaterThanOrEqual(emails.length - DIGEST_CONCURRENCY);
    expect(smtp.errors).toEqual([]); // the killed client's reset connections are not errors of ours
  }, 120_000);
});
