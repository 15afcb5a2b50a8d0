import "server-only";
import { z } from "zod";
import { currentSlot, DIGEST_CONCURRENCY, dueSlot, type DigestSettings, type DigestSlot } from "@/domain/digest-schedule";
import { db } from "../db";
import { appUrl } from "../env";
import { logger } from "../logger";
import { bulkMailer, type Mailer } from "../mail/mail";
import { collectDigests, isEmptyDigest, type DigestContent } from "./digest-content";
import { renderDigest } from "./digest-email";
import { unsubscribeToken } from "./tokens";

/** Tries per digest before it shows as failed in Settings; waits double each time, capped. */
export const MAX_ATTEMPTS = 5;
const RETRY_BASE_MS = 60_000;
const RETRY_CAP_MS = 60 * 60_000;
export const retryDelayMs = (attempt: number) => Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** (attempt - 1));

const USERS_PER_PAGE = 100;

const validEmail = z.email();

type Candidate = {
  id: string;
  email: string;
  name: string | null;
  timeZone: string;
  digestFrequency: "OFF" | "DAILY" | "WEEKLY";
  digestWeekday: number;
  digestHour: number;
  digestSendEmpty: boolean;
};

export type RunOptions = {
  now?: Date;
  /** Only this user, and their current period even before its hour (operators: `npm run digests -- --now --email …`). */
  email?: string;
};
export type RunResult = { runId: string; sent: number; failed: number; skipped: number };

/**
 * One pass over the users whose digest is due. Exactly once per (user, period) holds
 * because each send starts by claiming the period in the DigestDelivery ledger (a
 * unique key): a second instance, or a restart after a crash, finds it claimed and
 * moves on; a crash between claim and SMTP leaves it SENDING, never sent twice.
 * Failed sends are retried with capped exponential backoff, up to MAX_ATTEMPTS.
 */
export async function runDigests(options: RunOptions = {}): Promise<RunResult> {
  const now = options.now ?? new Date();
  const run = await db.digestRun.create({ data: {}, select: { id: true } });
  const counts = { sent: 0, failed: 0, skipped: 0 };
  const marks = new LedgerMarks();
  const mailer = bulkMailer();
  // Thousands of users share a few dozen (zone, frequency, weekday, hour) settings: each one's slot is worked out once.
  const slots = new Map<string, DigestSlot | null>();
  const slotOf = (settings: DigestSettings) => {
    const key = `${settings.timeZone}|${settings.frequency}|${settings.weekday}|${settings.hour}`;
    if (!slots.has(key)) slots.set(key, options.email ? currentSlot({ ...settings, hour: 0 }, now) : dueSlot(settings, now));
    return slots.get(key)!;
  };
  try {
    let after = "";
    for (;;) {
      const users: Candidate[] = await db.user.findMany({
        where: {
          id: { gt: after },
          // Never to someone who turned digests off or unsubscribed, not even by an operator's --email.
          digestFrequency: { not: "OFF" },
          digestUnsubscribedAt: null,
          ...(options.email ? { email: options.email.toLowerCase() } : {}),
        },
        orderBy: { id: "asc" },
        take: USERS_PER_PAGE,
        select: { id: true, email: true, name: true, timeZone: true, digestFrequency: true, digestWeekday: true, digestHour: true, digestSendEmpty: true },
      });
      if (!users.length) break;
      after = users.at(-1)!.id;
      // Forced (--email): the current period even before its hour has come today.
      const due = users.flatMap((user) => {
        const slot = slotOf(settingsOf(user));
        return slot ? [{ user, slot }] : [];
      });
      // The scheduler passes every five minutes: periods already sent (or in another
      // sender's hands) are set aside in one query, before any content is read.
      const open = await openPeriods(due, now);
      const todo = due.filter(({ user, slot }) => open.has(`${user.id}|${slot.period}`));
      // What every digest of the page says, in a handful of queries for the whole page.
      const contents = await collectDigests(
        todo.filter(({ user }) => validEmail.safeParse(user.email).success).map(({ user }) => user),
        now,
      );
      // At most DIGEST_CONCURRENCY periods are claimed and not yet marked at any time
      // (what a crash can leave SENDING); claims are taken half that many at a time,
      // in one query, while the other half are still in SMTP.
      const sending = new Set<Promise<void>>();
      for (let next = 0; next < todo.length; ) {
        while (sending.size > DIGEST_CONCURRENCY / 2) await Promise.race(sending);
        const group = todo.slice(next, next + DIGEST_CONCURRENCY - sending.size);
        next += group.length;
        const claims = await claimPeriods(group, now).catch((error: Error) => {
          logger.error({ err: error.message, digests: group.length }, "digest periods not claimed; the next run tries again");
          return new Map<string, Claim>();
        });
        for (const { user } of group) {
          const claim = claims.get(user.id);
          if (!claim) continue;
          const task = digestFor(user, claim, contents.get(user.id), now, marks, mailer)
            // One user's trouble never stops the batch.
            .catch((error: Error) => {
              logger.error({ user: user.id, err: error.message }, "digest not attempted");
              return "failed" as const;
            })
            .then((outcome) => {
              counts[outcome]++;
              sending.delete(task);
            });
          sending.add(task);
        }
      }
      await Promise.all(sending);
    }
  } finally {
    await marks.flush();
    mailer.close();
  }
  await db.digestRun.update({ where: { id: run.id }, data: { finishedAt: new Date(), ...counts } });
  logger.info({ run: run.id, ...counts }, "digest run finished");
  return { runId: run.id, ...counts };
}

const settingsOf = (u: Candidate): DigestSettings => ({
  frequency: u.digestFrequency,
  weekday: u.digestWeekday,
  hour: u.digestHour,
  timeZone: u.timeZone,
});

async function digestFor(user: Candidate, claim: Claim, content: DigestContent | undefined, now: Date, marks: LedgerMarks, mailer: Mailer): Promise<"sent" | "failed" | "skipped"> {
  const finish = (id: string, outcome: Outcome) => marks.add(id, outcome);

  if (!validEmail.safeParse(user.email).success) {
    logger.warn({ user: user.id, reason: "malformed email address" }, "digest skipped");
    finish(claim.id, { status: "SKIPPED", lastError: "The email address is malformed." });
    return "skipped";
  }
  try {
    if (!content) throw new Error("The digest's content could not be read.");
    const itemCount = content.overdue.length + content.dueThisWeek.length;
    if (isEmptyDigest(content) && !user.digestSendEmpty) {
      finish(claim.id, { status: "SKIPPED", lastError: null, itemCount: 0 });
      return "skipped";
    }
    const baseUrl = appUrl();
    const token = unsubscribeToken(user.id, now);
    const unsubscribeUrl = `${baseUrl}/unsubscribe?token=${token}`;
    const mail = await renderDigest({ content, name: user.name, baseUrl, unsubscribeUrl, period: user.digestFrequency === "DAILY" ? "daily" : "weekly" });
    const { messageId } = await mailer.send({
      to: user.email,
      ...mail,
      messageId: `<digest.${claim.id}@${new URL(baseUrl).hostname}>`,
      // One-click unsubscribe (RFC 8058), shown by mail clients beside the sender.
      headers: { "List-Unsubscribe": `<${baseUrl}/api/unsubscribe?token=${token}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    });
    finish(claim.id, { status: "SENT", sentAt: new Date(), messageId, itemCount, lastError: null, nextAttemptAt: null });
    return "sent";
  } catch (error) {
    const attempts = claim.attempts;
    const final = attempts >= MAX_ATTEMPTS;
    logger.warn({ user: user.id, attempts, err: (error as Error).message }, final ? "digest failed for good" : "digest failed; will retry");
    finish(claim.id, { status: "FAILED", lastError: (error as Error).message.slice(0, 500), nextAttemptAt: final ? null : new Date(+now + retryDelayMs(attempts)) });
    return "failed";
  }
}

/** Of these (user, period) pairs, those not yet in the ledger or failed and due for a retry. */
async function openPeriods(due: { user: Candidate; slot: DigestSlot }[], now: Date) {
  if (!due.length) return new Set<string>();
  const taken = await db.$queryRaw<{ userId: string; period: string }[]>`
    SELECT d."userId", d."period" FROM "DigestDelivery" d
    JOIN unnest(${due.map((d) => d.user.id)}::text[], ${due.map((d) => d.slot.period)}::text[]) AS u(id, period)
      ON d."userId" = u.id AND d."period" = u.period
    WHERE NOT (d."status" = 'FAILED' AND d."nextAttemptAt" IS NOT NULL AND d."nextAttemptAt" <= ${now})`;
  const closed = new Set(taken.map((t) => `${t.userId}|${t.period}`));
  return new Set(due.map(({ user, slot }) => `${user.id}|${slot.period}`).filter((key) => !closed.has(key)));
}

type Claim = { id: string; attempts: number };

/**
 * Takes these (user, period)s for this sender: new ledger rows, or failed ones whose
 * retry time has come. Those that are someone else's or already done are left out.
 */
async function claimPeriods(group: { user: Candidate; slot: DigestSlot }[], now: Date): Promise<Map<string, Claim>> {
  const claims = new Map<string, Claim>();
  if (!group.length) return claims;
  const inserted = await db.$queryRaw<(Claim & { userId: string })[]>`
    INSERT INTO "DigestDelivery" ("id", "userId", "period", "status", "attempts", "scheduledFor", "startedAt")
    SELECT x.id, x.user_id, x.period, 'SENDING', 1, x.scheduled_for::timestamptz AT TIME ZONE 'UTC', ${now}
    FROM unnest(
      ${group.map(() => `dd_${crypto.randomUUID()}`)}::text[], ${group.map((g) => g.user.id)}::text[],
      ${group.map((g) => g.slot.period)}::text[], ${group.map((g) => g.slot.sendAt.toISOString())}::text[]
    ) AS x(id, user_id, period, scheduled_for)
    ON CONFLICT ("userId", "period") DO NOTHING
    RETURNING "userId", "id", "attempts"`;
  for (const { userId, id, attempts } of inserted) claims.set(userId, { id, attempts });
  const rest = group.filter((g) => !claims.has(g.user.id));
  if (!rest.length) return claims;
  const retried = await db.$queryRaw<(Claim & { userId: string })[]>`
    UPDATE "DigestDelivery" AS d SET "status" = 'SENDING', "attempts" = d."attempts" + 1, "startedAt" = ${now}
    FROM unnest(${rest.map((g) => g.user.id)}::text[], ${rest.map((g) => g.slot.period)}::text[]) AS x(user_id, period)
    WHERE d."userId" = x.user_id AND d."period" = x.period AND d."status" = 'FAILED'
      AND d."nextAttemptAt" IS NOT NULL AND d."nextAttemptAt" <= ${now}
    RETURNING d."userId", d."id", d."attempts"`;
  for (const { userId, id, attempts } of retried) claims.set(userId, { id, attempts });
  return claims;
}

type Outcome = { status: "SENT" | "FAILED" | "SKIPPED"; lastError: string | null; sentAt?: Date; messageId?: string; itemCount?: number; nextAttemptAt?: Date | null };

const LEDGER_BATCH = 50;

/**
 * The "after SMTP" marks, written in batches off the sending path (a mark per
 * digest would hold each SMTP connection idle for a database round trip). A crash
 * before a batch is written leaves those rows SENDING: never sent again, as for a
 * crash mid-send.
 */
class LedgerMarks {
  private pending: (Outcome & { id: string })[] = [];
  private writing = Promise.resolve();

  add(id: string, outcome: Outcome) {
    this.pending.push({ id, ...outcome });
    if (this.pending.length >= LEDGER_BATCH) this.write();
  }

  /** Writes what is pending (after the ones already being written); resolves when all are in. */
  flush() {
    this.write();
    return this.writing;
  }

  private write() {
    const rows = this.pending;
    if (!rows.length) return;
    this.pending = [];
    const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
    this.writing = this.writing.then(() =>
      db.$executeRaw`
        UPDATE "DigestDelivery" AS d SET
          "status" = x.status::"DigestStatus",
          "lastError" = x.last_error,
          "sentAt" = coalesce(x.sent_at::timestamptz AT TIME ZONE 'UTC', d."sentAt"),
          "messageId" = coalesce(x.message_id, d."messageId"),
          "itemCount" = coalesce(x.item_count, d."itemCount"),
          "nextAttemptAt" = x.next_attempt_at::timestamptz AT TIME ZONE 'UTC'
        FROM unnest(
          ${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.status)}::text[], ${rows.map((r) => r.lastError)}::text[],
          ${rows.map((r) => iso(r.sentAt))}::text[], ${rows.map((r) => r.messageId ?? null)}::text[],
          ${rows.map((r) => r.itemCount ?? null)}::int[], ${rows.map((r) => iso(r.nextAttemptAt))}::text[]
        ) AS x(id, status, last_error, sent_at, message_id, item_count, next_attempt_at)
        WHERE d."id" = x.id`.then(
        () => undefined,
        (error: Error) => logger.error({ err: error.message, digests: rows.length }, "digest ledger marks not written; those digests stay SENDING"),
      ),
    );
  }
}
