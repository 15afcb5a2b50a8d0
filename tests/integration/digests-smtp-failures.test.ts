// Digests against SMTP servers that misbehave on purpose (tests/support/bad-smtp.ts),
// in a database of this file's own (so no other file's users are due at these
// times) and with deadlines of a second or two (set in SMTP_URL, as an operator
// would), so that every failure mode is seen to end, quickly, in the right state.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { migrate } from "../../scripts/lib/migrate";
import { type BadSmtp, openSocketsAfter, startBadSmtp } from "../support/bad-smtp";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "../support/postgres";

const embedded = process.env.MENTOR_MAP_EMBEDDED_DB === "1";
const name = uniqueDatabaseName("mentormap_smtpfail");
let smtp: BadSmtp;

// Before anything reads the environment (src/server/env.ts parses it once).
if (!embedded) {
  process.env.DATABASE_URL = await createDatabase(name);
  await migrate(process.env.DATABASE_URL);
}
smtp = await startBadSmtp();
process.env.SMTP_URL = smtp.url("connectionTimeout=1000&greetingTimeout=1000&messageTimeout=2000&quitTimeout=500");

const { db } = await import("@/server/db");
const { digestHeaders, runDigests } = await import("@/server/digests/send-digests");
const { BREAKER_AFTER } = await import("@/server/mail/smtp-lanes");
const { RETRY_BASE_MS } = await import("@/domain/digest-schedule");

afterAll(async () => {
  await smtp.stop();
  await db.$disconnect();
  if (!embedded) await dropDatabase(name);
});
afterEach(async () => {
  smtp.mode = {};
  // Each test's users are its own: none is due in the next.
  await db.user.deleteMany({});
});

// 09:10 UTC on Wednesday 17 March 2027; the users' digests are daily at 09:00 UTC.
const NOW = new Date("2027-03-17T09:10:00Z");
const later = (ms: number) => new Date(+NOW + ms);
const MINUTE = 60_000;

async function dueUsers(
  count: number,
  settings: { digestFrequency?: "DAILY" | "WEEKLY"; digestWeekday?: number } = {},
) {
  const users = [];
  for (let i = 0; i < count; i++) {
    const user = await db.user.create({
      data: {
        email: `reader-${randomUUID().slice(0, 8)}@test.example`,
        name: `Reader ${i}`,
        digestFrequency: "DAILY",
        digestHour: 9,
        ...settings,
      },
    });
    const mentor = await db.mentor.create({
      data: { userId: user.id, name: `Sage of ${i}`, category: "SAGE", stage: "ACTIVE", cadenceDays: 30 },
    });
    await db.reminder.create({
      data: {
        userId: user.id,
        mentorId: mentor.id,
        kind: "CHECK_IN",
        title: "Check in",
        dueOn: new Date("2027-03-01"),
      },
    });
    users.push(user);
  }
  return users;
}
const rowsOf = (users: { id: string }[]) =>
  db.digestDelivery.findMany({ where: { userId: { in: users.map((u) => u.id) } } });

async function timed<T>(fn: () => Promise<T>) {
  const started = Date.now();
  const result = await fn();
  return { result, ms: Date.now() - started };
}

describe.skipIf(embedded)("digests against a misbehaving SMTP server", () => {
  it("a wrong password: three logins at most, every digest written down for a retry, no socket left, then delivered once", async () => {
    smtp.mode = { auth: "535" };
    const users = await dueUsers(5);
    const loginsBefore = smtp.logins;
    const { result, ms } = await timed(() => runDigests({ now: NOW }));
    expect(ms).toBeLessThan(5_000);
    expect(smtp.logins - loginsBefore).toBe(BREAKER_AFTER);
    expect(result).toMatchObject({ sent: 0, failed: 5 });
    expect(result.problems[0]!.reason).toMatch(/^SMTP authentication failed for digests@127\.0\.0\.1:\d+: .*535/);
    const rows = await rowsOf(users);
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row).toMatchObject({ status: "FAILED", nextAttemptAt: later(RETRY_BASE_MS) });
    expect(await openSocketsAfter(smtp)).toBe(0);

    smtp.mode = {};
    expect(await runDigests({ now: later(RETRY_BASE_MS) })).toMatchObject({ sent: 5, failed: 0 });
    expect(await runDigests({ now: later(RETRY_BASE_MS + MINUTE) })).toMatchObject({ sent: 0, failed: 0 });
    expect(smtp.accepted).toHaveLength(5);
    expect(await openSocketsAfter(smtp)).toBe(0);
  });

  it("a server that never greets: the batch stops after three tries and ends in seconds", async () => {
    smtp.mode = { greet: false };
    const users = await dueUsers(4);
    const { result, ms } = await timed(() => runDigests({ now: NOW }));
    expect(ms).toBeLessThan(8_000);
    expect(result).toMatchObject({ sent: 0, failed: 4 });
    expect(result.problems[0]!.reason).toMatch(/Could not connect to the SMTP server/);
    for (const row of await rowsOf(users))
      expect(row).toMatchObject({ status: "FAILED", nextAttemptAt: later(RETRY_BASE_MS) });
    expect(await openSocketsAfter(smtp)).toBe(0);
  });

  it("a server that stalls after DATA: the message fails at its deadline and is retried with the same Message-ID", async () => {
    smtp.mode = { afterData: "stall" };
    const [user] = await dueUsers(1);
    const { result, ms } = await timed(() => runDigests({ now: NOW }));
    expect(ms).toBeLessThan(5_000);
    expect(result).toMatchObject({ sent: 0, failed: 1 });
    expect((await rowsOf([user!]))[0]).toMatchObject({ status: "FAILED", nextAttemptAt: later(RETRY_BASE_MS) });
    expect(await openSocketsAfter(smtp)).toBe(0);

    smtp.mode = {};
    expect(await runDigests({ now: later(RETRY_BASE_MS) })).toMatchObject({ sent: 1 });
    const messageId = (raw: string) => raw.match(/^Message-ID: (.*)$/m)?.[1];
    expect(messageId(smtp.accepted.at(-1)!)).toBe(messageId(smtp.received.at(-2)!));
  });

  it("a server that hangs up mid-DATA: the message fails at once, retryable", async () => {
    smtp.mode = { dropMidData: true };
    const [user] = await dueUsers(1);
    const { result, ms } = await timed(() => runDigests({ now: NOW }));
    expect(ms).toBeLessThan(3_000);
    expect(result).toMatchObject({ sent: 0, failed: 1 });
    expect((await rowsOf([user!]))[0]).toMatchObject({ status: "FAILED", nextAttemptAt: later(RETRY_BASE_MS) });
  });

  it("a server that never answers QUIT: the digest is sent and closing waits half a second, not minutes", async () => {
    smtp.mode = { quit: "ignore" };
    const [user] = await dueUsers(1);
    const { result, ms } = await timed(() => runDigests({ now: NOW }));
    expect(result).toMatchObject({ sent: 1, failed: 0 });
    expect(ms).toBeLessThan(3_000);
    expect((await rowsOf([user!]))[0]).toMatchObject({ status: "SENT" });
    expect(await openSocketsAfter(smtp)).toBe(0);
  });

  it("a 451 is retried with a doubling wait, and given up at the user's midnight with the server's reply", async () => {
    smtp.mode = { rcpt: "451" };
    const [user] = await dueUsers(1);
    await runDigests({ now: NOW });
    let row = (await rowsOf([user!]))[0]!;
    expect(row).toMatchObject({ status: "FAILED", attempts: 1, nextAttemptAt: later(RETRY_BASE_MS) });
    await runDigests({ now: row.nextAttemptAt! });
    row = (await rowsOf([user!]))[0]!;
    expect(row).toMatchObject({
      status: "FAILED",
      attempts: 2,
      nextAttemptAt: later(RETRY_BASE_MS + 2 * RETRY_BASE_MS),
    });
    // Late in the day, a wait that would pass midnight becomes a last try before it, then none.
    await db.digestDelivery.update({
      where: { id: row.id },
      data: { attempts: 9, nextAttemptAt: new Date("2027-03-17T22:00:00Z") },
    });
    await runDigests({ now: new Date("2027-03-17T22:00:00Z") });
    row = (await rowsOf([user!]))[0]!;
    expect(row.nextAttemptAt).toEqual(new Date("2027-03-17T23:50:00Z"));
    await runDigests({ now: row.nextAttemptAt! });
    row = (await rowsOf([user!]))[0]!;
    expect(row).toMatchObject({ status: "FAILED", attempts: 11, nextAttemptAt: null });
    expect(row.lastError).toMatch(/451 4\.2\.0 Mailbox busy/);
    expect(await runDigests({ now: new Date("2027-03-17T23:59:00Z") })).toMatchObject({ sent: 0, failed: 0 });
  });

  it("a weekly digest is retried the next day, and not after two days", async () => {
    smtp.mode = { afterData: "451" };
    const [user] = await dueUsers(1, { digestFrequency: "WEEKLY", digestWeekday: 3 });
    await runDigests({ now: NOW });
    expect((await rowsOf([user!]))[0]).toMatchObject({ status: "FAILED", period: "2027-W11" });
    smtp.mode = {};
    // Thursday: not its day, but its retry still goes out.
    expect(await runDigests({ now: new Date("2027-03-18T10:00:00Z") })).toMatchObject({ sent: 1 });

    const [other] = await dueUsers(1, { digestFrequency: "WEEKLY", digestWeekday: 3 });
    smtp.mode = { afterData: "451" };
    await runDigests({ now: NOW });
    smtp.mode = {};
    const accepted = smtp.accepted.length;
    expect(await runDigests({ now: new Date("2027-03-19T09:30:00Z") })).toMatchObject({ sent: 0, failed: 0 });
    expect(smtp.accepted).toHaveLength(accepted);
    const given = (await rowsOf([other!]))[0]!;
    expect(given.status).toBe("FAILED");
    expect(+given.giveUpAt!).toBe(+new Date("2027-03-19T09:00:00Z")); // Settings shows it failed from then on
  });

  it("a 550 is not retried; the third in a row pauses the address until the settings are saved again", async () => {
    smtp.mode = { rcpt: "550" };
    const [user] = await dueUsers(1);
    for (const day of ["2027-03-17", "2027-03-18", "2027-03-19"]) {
      const now = new Date(`${day}T09:10:00Z`);
      expect(await runDigests({ now })).toMatchObject({ sent: 0, failed: 1 });
      expect(await runDigests({ now: new Date(+now + RETRY_BASE_MS) })).toMatchObject({ sent: 0, failed: 0 });
    }
    const rows = await rowsOf([user!]);
    expect(rows.map((r) => [r.status, r.attempts, r.nextAttemptAt])).toEqual(Array(3).fill(["FAILED", 1, null]));
    const paused = await db.user.findUniqueOrThrow({ where: { id: user!.id } });
    expect(paused).toMatchObject({ digestBounces: 3 });
    expect(paused.digestPausedAt).not.toBeNull();
    expect(paused.digestPausedReason).toMatch(/550 5\.1\.1 No such user here/);
    smtp.mode = {};
    expect(await runDigests({ now: new Date("2027-03-20T09:10:00Z") })).toMatchObject({
      sent: 0,
      failed: 0,
      skipped: 0,
    });
  });

  it("a send cut off by a crash is sent once more after the lease, with the same Message-ID, and never a third time", async () => {
    const [user, twice] = await dueUsers(2);
    const startedAt = new Date(+NOW - 11 * MINUTE);
    const giveUpAt = new Date("2027-03-18T00:00:00Z");
    const row = await db.digestDelivery.create({
      data: {
        userId: user!.id,
        period: "2027-03-17",
        status: "SENDING",
        attempts: 1,
        scheduledFor: NOW,
        startedAt,
        giveUpAt,
      },
    });
    await db.digestDelivery.create({
      data: {
        userId: twice!.id,
        period: "2027-03-17",
        status: "SENDING",
        attempts: 2,
        scheduledFor: NOW,
        startedAt,
        giveUpAt,
        resentAt: startedAt,
      },
    });
    expect(await runDigests({ now: NOW })).toMatchObject({ sent: 1 });
    expect(smtp.accepted.at(-1)).toContain(`Message-ID: <digest.${row.id}@`);
    const [resent, abandoned] = [
      await db.digestDelivery.findUniqueOrThrow({ where: { id: row.id } }),
      (await rowsOf([twice!]))[0]!,
    ];
    expect(resent).toMatchObject({ status: "SENT", resentAt: NOW });
    expect(abandoned).toMatchObject({ status: "FAILED", nextAttemptAt: null });
    expect(abandoned.lastError).toMatch(/not sent a third time/);
    expect(await runDigests({ now: later(MINUTE) })).toMatchObject({ sent: 0 });
  });

  it("every digest says it was sent automatically", async () => {
    await dueUsers(1);
    await runDigests({ now: NOW });
    expect(smtp.accepted.at(-1)).toMatch(/^Auto-Submitted: auto-generated$/m);
  });

  it("offers one-click unsubscribe only at an https address outside development (RFC 8058)", () => {
    expect(digestHeaders("https://map.example/api/unsubscribe?token=t", false)).toEqual({
      "Auto-Submitted": "auto-generated",
      "List-Unsubscribe": "<https://map.example/api/unsubscribe?token=t>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    expect(digestHeaders("http://map.example/api/unsubscribe?token=t", false)).not.toHaveProperty(
      "List-Unsubscribe-Post",
    );
    expect(digestHeaders("http://localhost:3000/api/unsubscribe?token=t", true)).toHaveProperty(
      "List-Unsubscribe-Post",
    );
  });
});
