import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as unsubscribeRoute } from "@/app/api/unsubscribe/route";
import { dayToDate } from "@/domain/calendar";
import { RETRY_BASE_MS } from "@/domain/digest-schedule";
import type { CurrentUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { runDigests } from "@/server/digests/send-digests";
import { createMentor, createUser } from "../support/factories";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink";

let smtp: SmtpSink;
let port: number;

beforeAll(async () => {
  // A port that is free now: SMTP is "down" until a sink listens on it.
  const probe = await startSmtpSink();
  port = probe.port;
  await probe.stop();
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`; // read once, on first use, by src/server/env.ts
});
afterAll(async () => smtp?.stop());

// 08:00 in Berlin (UTC+1) on Thursday 26 November 2026; 02:00 in New York.
const BERLIN_EIGHT = new Date("2026-11-26T07:00:00Z");

async function digestUser(
  label: string,
  timeZone: string,
  settings: Partial<{ digestFrequency: "DAILY" | "WEEKLY" | "OFF"; digestHour: number; digestWeekday: number }> = {},
) {
  const user = await createUser(label, timeZone);
  await db.user.update({ where: { id: user.id }, data: { digestFrequency: "DAILY", digestHour: 8, ...settings } });
  const mentor = await createMentor(user.id, { name: `${label}'s sage`, stage: "ACTIVE", cadenceDays: 30 });
  await db.reminder.create({
    data: {
      userId: user.id,
      mentorId: mentor.id,
      kind: "CHECK_IN",
      title: `Check in with ${label}'s sage`,
      dueOn: dayToDate("2026-11-20"),
    },
  });
  return user;
}

const mailsTo = (user: CurrentUser) =>
  smtp.messages.filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((t) => t?.text.includes(user.email)));

describe("digests", () => {
  let alice: CurrentUser;
  let bob: CurrentUser;

  beforeEach(async () => {
    alice = await digestUser(`alice-${randomUUID().slice(0, 6)}`, "Europe/Berlin");
    bob = await digestUser(`bob-${randomUUID().slice(0, 6)}`, "America/New_York");
  });

  it("retries when SMTP is down, then sends once it is back", async () => {
    const down = await runDigests({ now: BERLIN_EIGHT, email: alice.email });
    expect(down).toMatchObject({ sent: 0, failed: 1 });
    const failed = await db.digestDelivery.findFirstOrThrow({ where: { userId: alice.id } });
    expect(failed).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(failed.nextAttemptAt!.getTime()).toBe(BERLIN_EIGHT.getTime() + RETRY_BASE_MS);

    smtp = await startSmtpSink(port);
    // Before the retry time nothing happens; after it, the digest goes out.
    expect(
      await runDigests({ now: new Date(+BERLIN_EIGHT + RETRY_BASE_MS - 30_000), email: alice.email }),
    ).toMatchObject({ sent: 0, failed: 0 });
    expect(
      await runDigests({ now: new Date(+BERLIN_EIGHT + RETRY_BASE_MS + 1_000), email: alice.email }),
    ).toMatchObject({ sent: 1 });
    expect(await db.digestDelivery.findFirstOrThrow({ where: { userId: alice.id } })).toMatchObject({
      status: "SENT",
      attempts: 2,
    });
    expect(mailsTo(alice)).toHaveLength(1);
  });

  it("sends the right user's items at their own local hour, HTML and text", async () => {
    smtp ??= await startSmtpSink(port);
    await runDigests({ now: BERLIN_EIGHT });
    const [mail] = mailsTo(alice);
    expect(mail).toBeDefined();
    expect(mail!.subject).toBe("1 check-in reminder, 1 overdue");
    expect(mail!.text).toContain(`Check in with ${alice.name}'s sage`);
    expect(mail!.html).toContain("Overdue since 20 Nov 2026");
    expect(mail!.html).toContain("/mentors/");
    expect(mail!.text).not.toContain(`${bob.name}'s sage`);
    // 02:00 in New York: Bob's 08:00 has not come.
    expect(mailsTo(bob)).toHaveLength(0);
    await runDigests({ now: new Date("2026-11-26T13:00:00Z") });
    expect(mailsTo(bob)).toHaveLength(1);
  });

  it("sends each digest exactly once with two workers started together, and after a crash repeats none", async () => {
    smtp ??= await startSmtpSink(port);
    const carol = await digestUser(`carol-${randomUUID().slice(0, 6)}`, "Europe/Berlin");
    // Carol's digest was claimed by a worker that died before or during SMTP: it must not go out again.
    await db.digestDelivery.create({
      data: { userId: carol.id, period: "2026-11-26", status: "SENDING", attempts: 1, scheduledFor: BERLIN_EIGHT },
    });
    await Promise.all([runDigests({ now: BERLIN_EIGHT }), runDigests({ now: BERLIN_EIGHT })]);
    await runDigests({ now: new Date(+BERLIN_EIGHT + 3_600_000) }); // a restart later the same day
    expect(mailsTo(alice)).toHaveLength(1);
    expect(mailsTo(carol)).toHaveLength(0);
    expect(await db.digestDelivery.count({ where: { userId: alice.id } })).toBe(1);
  });

  it("skips a malformed address without stopping the batch, and an empty digest unless asked", async () => {
    smtp ??= await startSmtpSink(port);
    const broken = await digestUser(`broken-${randomUUID().slice(0, 6)}`, "Europe/Berlin");
    await db.user.update({ where: { id: broken.id }, data: { email: `not-an-address-${randomUUID()}` } });
    const quiet = await createUser(`quiet-${randomUUID().slice(0, 6)}`, "Europe/Berlin");
    await db.user.update({ where: { id: quiet.id }, data: { digestFrequency: "DAILY", digestHour: 8 } });
    await runDigests({ now: BERLIN_EIGHT });
    expect(await db.digestDelivery.findFirstOrThrow({ where: { userId: broken.id } })).toMatchObject({
      status: "SKIPPED",
      lastError: "The email address is malformed.",
    });
    expect(mailsTo(alice)).toHaveLength(1);
    expect(await db.digestDelivery.findFirstOrThrow({ where: { userId: quiet.id } })).toMatchObject({
      status: "SKIPPED",
      itemCount: 0,
    });
  });

  it("stops after the one-click unsubscribe in a digest, and sends nothing for a period that was given up", async () => {
    smtp ??= await startSmtpSink(port);
    await runDigests({ now: BERLIN_EIGHT });
    const [first] = mailsTo(alice);
    // What a mail client does with the headers (RFC 8058): POST to the List-Unsubscribe address.
    const header = (key: string) => first!.headerLines.find((h) => h.key === key)?.line.replace(/^[^:]+:\s*/, "");
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    const address = header("list-unsubscribe")!.replace(/^<|>$/g, "");
    const response = await unsubscribeRoute(
      new Request(address, { method: "POST", body: "List-Unsubscribe=One-Click" }),
    );
    expect(response.status).toBe(200);
    await runDigests({ now: new Date("2026-11-27T07:00:00Z") }); // the next day's digest
    expect(mailsTo(alice)).toHaveLength(1); // the first one only
    await db.digestDelivery.create({
      data: {
        userId: bob.id,
        period: "2026-11-26",
        status: "FAILED",
        attempts: 7,
        scheduledFor: BERLIN_EIGHT,
        nextAttemptAt: null,
      },
    });
    await runDigests({ now: new Date("2026-11-26T13:00:00Z") });
    expect(mailsTo(bob)).toHaveLength(0);
  });
});
