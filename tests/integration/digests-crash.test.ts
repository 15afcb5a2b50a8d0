import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIGEST_CONCURRENCY } from "@/domain/digest-schedule";
import { migrate } from "../../scripts/lib/migrate";
import { openSocketsAfter, startBadSmtp } from "../support/bad-smtp";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "../support/postgres";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink";

const embedded = process.env.MENTOR_MAP_EMBEDDED_DB === "1";
let smtp: SmtpSink | undefined;
let database: string | undefined;
afterAll(async () => {
  await smtp?.stop();
  if (database) await dropDatabase(database);
});

/** `npm run digests -- --now` as a separate process, the way cron runs it. */
function digestsProcess(databaseUrl: string, smtpUrl: string, args: string[] = []) {
  return spawn(
    process.execPath,
    ["--import", "./scripts/lib/server-only-hook.mjs", "--import", "tsx", "scripts/digests.ts", "--now", ...args],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl, SMTP_URL: smtpUrl, LOG_LEVEL: "silent" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
}

/** Runs it to the end: its exit code, what it printed and how long it took. */
async function runDigestsCommand(databaseUrl: string, smtpUrl: string, args: string[] = []) {
  const started = Date.now();
  const child = digestsProcess(databaseUrl, smtpUrl, args);
  let output = "";
  child.stdout!.on("data", (c) => (output += c));
  child.stderr!.on("data", (c) => (output += c));
  const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
  return { code, output, ms: Date.now() - started };
}

/**
 * Users due now, in a database of this test's own: in the shared one, another
 * file's in-process digest run (at a fixed time that can fall on today) would
 * claim them too.
 */
async function seedDueUsers(url: string, count: number, prefix = "crash") {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ email: string }>(
      `INSERT INTO "User" (id, email, name, "timeZone", "digestFrequency", "digestHour", "updatedAt")
       SELECT $4 || '_' || i, $4 || '-' || i || '-' || $3 || '@test.example', 'Reader ' || i, 'UTC', 'DAILY', $1, now()
       FROM generate_series(1, $2::int) i RETURNING email`,
      [new Date().getUTCHours(), count, randomUUID().slice(0, 8), prefix],
    );
    await client.query(
      `INSERT INTO "Mentor" (id, "userId", name, category, stage, "updatedAt")
       SELECT 'm_' || u.id, u.id, 'Mentor of ' || u.name, 'PEER', 'ACTIVE', now() FROM "User" u WHERE u.id LIKE $1 || '\\_%'`,
      [prefix],
    );
    await client.query(
      `INSERT INTO "Reminder" (id, "userId", "mentorId", kind, title, "dueOn", "updatedAt")
       SELECT 'r_' || m.id, m."userId", m.id, 'CHECK_IN', 'Check in', DATE '2026-01-01', now() FROM "Mentor" m WHERE m."userId" LIKE $1 || '\\_%'`,
      [prefix],
    );
    return rows.map((r) => r.email);
  } finally {
    await client.end();
  }
}
const exited = (child: ReturnType<typeof spawn>) => new Promise<void>((resolve) => child.on("exit", () => resolve()));

// The child connects to the database on its own; the embedded fallback database lives inside this test process.
describe.skipIf(embedded)("npm run digests as cron runs it", () => {
  let url: string;
  beforeAll(async () => {
    database = uniqueDatabaseName("mentormap_crash");
    url = await createDatabase(database);
    await migrate(url);
  });

  it("sends the rest after a kill and repeats none until the lease is over; then a send cut off is sent once more", async () => {
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

    expect((await runDigestsCommand(url, smtp.url)).code).toBe(0);
    await new Promise((r) => setTimeout(r, 500)); // the last message's delay

    const perUser = () =>
      emails.map(
        (email) =>
          mine().filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((t) => t?.text.includes(email))).length,
      );
    expect(Math.max(...perUser())).toBe(1); // none twice
    // Everyone got theirs except, at most, those whose sends the kill cut off (left SENDING until the lease is over).
    expect(perUser().filter((n) => n === 1).length).toBeGreaterThanOrEqual(emails.length - DIGEST_CONCURRENCY);
    expect(smtp.errors).toEqual([]); // the killed client's reset connections are not errors of ours

    // Ten minutes on (the lease), the next run sends those once more: at least once for everyone, never three times.
    const cutOff = await sql(
      url,
      `UPDATE "DigestDelivery" SET "startedAt" = "startedAt" - interval '11 minutes' WHERE status = 'SENDING' RETURNING id`,
    );
    expect((await runDigestsCommand(url, smtp.url)).code).toBe(0);
    await new Promise((r) => setTimeout(r, 500));
    expect(Math.min(...perUser())).toBe(1);
    expect(perUser().filter((n) => n === 2).length).toBeLessThanOrEqual(cutOff.length);
    expect(Math.max(...perUser())).toBeLessThanOrEqual(2);
    expect(await sql(url, `SELECT id FROM "DigestDelivery" WHERE status = 'SENDING'`)).toEqual([]);
  }, 180_000);

  it("killed while a stalling server holds a message: the row does not stay SENDING, and the resend has the same Message-ID", async () => {
    const [email] = await seedDueUsers(url, 1, "held");
    const stalling = await startBadSmtp({ afterData: "stall" });
    try {
      const first = digestsProcess(url, stalling.url().replace("digests:s3cret@", ""), ["--email", email!]);
      const deadline = Date.now() + 30_000;
      while (stalling.received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      first.kill("SIGKILL");
      await exited(first);
      expect(stalling.received).toHaveLength(1);
      const [row] = await sql(
        url,
        `SELECT d.id, d.status FROM "DigestDelivery" d JOIN "User" u ON u.id = d."userId" WHERE u.email = $1`,
        [email],
      );
      expect(row).toMatchObject({ status: "SENDING" });

      await sql(url, `UPDATE "DigestDelivery" SET "startedAt" = "startedAt" - interval '11 minutes' WHERE id = $1`, [
        row!.id,
      ]);
      const healthy = await startSmtpSink();
      try {
        expect((await runDigestsCommand(url, healthy.url, ["--email", email!])).code).toBe(0);
        const [after] = await sql(url, `SELECT status, "resentAt" FROM "DigestDelivery" WHERE id = $1`, [row!.id]);
        expect(after!.status).toBe("SENT");
        expect(after!.resentAt).not.toBeNull();
        expect(healthy.messages).toHaveLength(1);
        expect(healthy.messages[0]!.messageId).toBe(stalling.received[0]!.match(/^Message-ID: (.*)$/m)![1]);
      } finally {
        await healthy.stop();
      }
    } finally {
      await stalling.stop();
    }
  }, 120_000);

  it("exits non-zero within a minute, saying why, against a server that never greets, refuses the login or stalls after DATA", async () => {
    const servers = {
      greet: await startBadSmtp({ greet: false }),
      auth: await startBadSmtp({ auth: "535" }),
      stall: await startBadSmtp({ afterData: "stall" }),
    };
    try {
      const runs = await Promise.all(
        (Object.keys(servers) as (keyof typeof servers)[]).map(async (mode) => {
          const [email] = await seedDueUsers(url, 1, `cli${mode}`);
          // The default deadlines, as an operator gets them.
          return { mode, ...(await runDigestsCommand(url, servers[mode].url(), ["--email", email!])) };
        }),
      );
      for (const run of runs) {
        expect(run.code, run.output).toBe(1);
        expect(run.ms, run.mode).toBeLessThan(60_000);
        expect(run.output).toMatch(/Digests: 0 sent, 1 failed/);
      }
      expect(runs[0]!.output).toMatch(/Failed \(1\): Could not connect to the SMTP server .*Greeting never received/);
      expect(runs[1]!.output).toMatch(/Failed \(1\): SMTP authentication failed for digests@127\.0\.0\.1:\d+: .*535/);
      expect(runs[2]!.output).toMatch(/Failed \(1\): .*(Timeout|did not answer)/);
      for (const server of Object.values(servers)) expect(await openSocketsAfter(server)).toBe(0);
    } finally {
      for (const server of Object.values(servers)) await server.stop();
    }
  }, 120_000);
});

async function sql(url: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}
