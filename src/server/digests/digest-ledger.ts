import "server-only";
import { RETRY_BASE_MS, SENDING_LEASE_MS } from "@/domain/digest-schedule";
import { Prisma } from "@/generated/prisma/client";
import { batchExecute, batchRows } from "../db";
import { logger } from "../logger";

/**
 * The DigestDelivery ledger, which makes each (user, period) go out once: a row is
 * claimed (SENDING) before SMTP and marked after it. A sender that dies in between
 * leaves the row SENDING; after SENDING_LEASE_MS the next run sends it once more
 * with the same Message-ID (receivers that keep Message-IDs drop the copy) and
 * never a third time. So a digest is sent exactly once, except after a crash
 * mid-send, when it is sent at least once and at most twice.
 */

export type Due = { userId: string; period: string; scheduledFor: Date; giveUpAt: Date; fresh: boolean };
export type Claim = { id: string; attempts: number };

const key = (userId: string, period: string) => `${userId}|${period}`;

/**
 * Sends of these (user, period)s cut off by a crash in an earlier run: sent once
 * more, or given up. Scoped to the users a run is working on (through the unique
 * key), never the whole table.
 */
export async function recoverInterruptedSends(due: Due[], now: Date) {
  if (!due.length) return;
  const leaseStart = new Date(+now - SENDING_LEASE_MS);
  const recovered = await batchExecute(Prisma.sql`
    UPDATE "DigestDelivery" AS d SET
      "status" = 'FAILED',
      "nextAttemptAt" = CASE WHEN d."resentAt" IS NULL AND d."giveUpAt" > ${now} THEN ${now}::timestamp END,
      "resentAt" = CASE WHEN d."resentAt" IS NULL AND d."giveUpAt" > ${now} THEN ${now}::timestamp ELSE d."resentAt" END,
      "lastError" = CASE
        WHEN d."resentAt" IS NOT NULL THEN 'Interrupted mid-send twice; not sent a third time. It may have been delivered.'
        WHEN d."giveUpAt" > ${now} THEN 'Interrupted mid-send (the sender stopped); sent again with the same Message-ID.'
        ELSE 'Interrupted mid-send; the period was over, so it was not sent again. It may have been delivered.' END
    FROM unnest(${due.map((d) => d.userId)}::text[], ${due.map((d) => d.period)}::text[]) AS u(id, period)
    WHERE d."userId" = u.id AND d."period" = u.period AND d."status" = 'SENDING' AND d."startedAt" < ${leaseStart}`);
  if (recovered) logger.warn({ digests: recovered }, "digests interrupted mid-send by an earlier run were recovered");
}

/** Of these (user, period)s, those this run may take: not yet in the ledger (if still fresh), or failed and due for a retry. */
export async function openPeriods(due: Due[], now: Date): Promise<Set<string>> {
  if (!due.length) return new Set();
  const rows = await batchRows<{ userId: string; period: string; retry: boolean }>(Prisma.sql`
    SELECT d."userId", d."period",
      (d."status" = 'FAILED' AND d."nextAttemptAt" <= ${now} AND d."giveUpAt" > ${now}) AS retry
    FROM "DigestDelivery" d
    JOIN unnest(${due.map((d) => d.userId)}::text[], ${due.map((d) => d.period)}::text[]) AS u(id, period)
      ON d."userId" = u.id AND d."period" = u.period`);
  const existing = new Map(rows.map((r) => [key(r.userId, r.period), r.retry]));
  return new Set(
    due.filter((d) => existing.get(key(d.userId, d.period)) ?? d.fresh).map((d) => key(d.userId, d.period)),
  );
}
export const openKey = key;

/** Takes these (user, period)s for this sender: new rows, or failed ones whose retry time has come. */
export async function claimPeriods(group: Due[], now: Date): Promise<Map<string, Claim>> {
  const claims = new Map<string, Claim>();
  if (!group.length) return claims;
  const inserted = await batchRows<Claim & { userId: string }>(Prisma.sql`
    INSERT INTO "DigestDelivery" ("id", "userId", "period", "status", "attempts", "scheduledFor", "giveUpAt", "startedAt")
    SELECT x.id, x.user_id, x.period, 'SENDING', 1, x.scheduled_for::timestamptz AT TIME ZONE 'UTC', x.give_up_at::timestamptz AT TIME ZONE 'UTC', ${now}
    FROM unnest(
      ${group.map(() => `dd_${crypto.randomUUID()}`)}::text[], ${group.map((g) => g.userId)}::text[],
      ${group.map((g) => g.period)}::text[], ${group.map((g) => g.scheduledFor.toISOString())}::text[],
      ${group.map((g) => g.giveUpAt.toISOString())}::text[]
    ) AS x(id, user_id, period, scheduled_for, give_up_at)
    WHERE x.user_id = ANY(${group.filter((g) => g.fresh).map((g) => g.userId)}::text[])
    ON CONFLICT ("userId", "period") DO NOTHING
    RETURNING "userId", "id", "attempts"`);
  for (const { userId, id, attempts } of inserted) claims.set(userId, { id, attempts });
  const rest = group.filter((g) => !claims.has(g.userId));
  if (!rest.length) return claims;
  const retried = await batchRows<Claim & { userId: string }>(Prisma.sql`
    UPDATE "DigestDelivery" AS d SET "status" = 'SENDING', "attempts" = d."attempts" + 1, "startedAt" = ${now}
    FROM unnest(${rest.map((g) => g.userId)}::text[], ${rest.map((g) => g.period)}::text[]) AS x(user_id, period)
    WHERE d."userId" = x.user_id AND d."period" = x.period AND d."status" = 'FAILED'
      AND d."nextAttemptAt" <= ${now} AND d."giveUpAt" > ${now}
    RETURNING d."userId", d."id", d."attempts"`);
  for (const { userId, id, attempts } of retried) claims.set(userId, { id, attempts });
  return claims;
}

/**
 * SMTP is down or refuses our login (the circuit breaker): these digests are not
 * attempted, but written down as failed with a retry, so none is lost silently
 * and Settings says why.
 */
export async function deferPeriods(group: Due[], now: Date, reason: string) {
  if (!group.length) return;
  const retryAt = new Date(+now + RETRY_BASE_MS);
  const lastError = reason.slice(0, 500);
  await batchExecute(Prisma.sql`
    INSERT INTO "DigestDelivery" ("id", "userId", "period", "status", "attempts", "scheduledFor", "giveUpAt", "startedAt", "lastError", "nextAttemptAt")
    SELECT x.id, x.user_id, x.period, 'FAILED', 0, x.scheduled_for::timestamptz AT TIME ZONE 'UTC', x.give_up_at::timestamptz AT TIME ZONE 'UTC', ${now}, ${lastError},
      LEAST(${retryAt}::timestamp, x.give_up_at::timestamptz AT TIME ZONE 'UTC')
    FROM unnest(
      ${group.map(() => `dd_${crypto.randomUUID()}`)}::text[], ${group.map((g) => g.userId)}::text[],
      ${group.map((g) => g.period)}::text[], ${group.map((g) => g.scheduledFor.toISOString())}::text[],
      ${group.map((g) => g.giveUpAt.toISOString())}::text[]
    ) AS x(id, user_id, period, scheduled_for, give_up_at)
    ON CONFLICT ("userId", "period") DO UPDATE SET
      "lastError" = EXCLUDED."lastError", "nextAttemptAt" = LEAST(${retryAt}::timestamp, "DigestDelivery"."giveUpAt")
    WHERE "DigestDelivery"."status" = 'FAILED' AND "DigestDelivery"."nextAttemptAt" <= ${now}`);
}

/** A 5xx to the address: counted; the third in a row pauses the user's digests until they save their settings again. */
export const BOUNCES_BEFORE_PAUSE = 3;
export async function recordHardBounce(userId: string, reply: string, now: Date) {
  await batchExecute(Prisma.sql`
    UPDATE "User" SET
      "digestBounces" = "digestBounces" + 1,
      "digestPausedAt" = CASE WHEN "digestBounces" + 1 >= ${BOUNCES_BEFORE_PAUSE} THEN ${now}::timestamp ELSE "digestPausedAt" END,
      "digestPausedReason" = CASE WHEN "digestBounces" + 1 >= ${BOUNCES_BEFORE_PAUSE} THEN ${reply.slice(0, 500)} ELSE "digestPausedReason" END
    WHERE "id" = ${userId}`);
}

export type Outcome = {
  status: "SENT" | "FAILED" | "SKIPPED";
  lastError: string | null;
  sentAt?: Date;
  messageId?: string;
  itemCount?: number;
  nextAttemptAt?: Date | null;
};

const LEDGER_BATCH = 50;
const LEDGER_FLUSH_MS = 1_000;

/**
 * The "after SMTP" marks, written in batches off the sending path (a mark per
 * digest would hold each SMTP connection idle for a database round trip), and at
 * least every second, so that no live run's row stays SENDING anywhere near the
 * lease. A crash before a batch is written leaves those rows SENDING, recovered as
 * any send cut off by a crash.
 */
export class LedgerMarks {
  private pending: (Outcome & { id: string; userId: string })[] = [];
  private writing = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | undefined;

  add(id: string, userId: string, outcome: Outcome) {
    this.pending.push({ id, userId, ...outcome });
    if (this.pending.length >= LEDGER_BATCH) this.write();
    else this.timer ??= setTimeout(() => this.write(), LEDGER_FLUSH_MS);
  }

  /** Writes what is pending (after the ones already being written); resolves when all are in. */
  flush() {
    this.write();
    return this.writing;
  }

  private write() {
    clearTimeout(this.timer);
    this.timer = undefined;
    const rows = this.pending;
    if (!rows.length) return;
    this.pending = [];
    const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
    const delivered = rows.filter((r) => r.status === "SENT").map((r) => r.userId);
    this.writing = this.writing.then(() =>
      Promise.all([
        batchExecute(Prisma.sql`
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
            WHERE d."id" = x.id`),
        // A delivered digest ends a run of bounces (on its own: both are idempotent, and a transaction would cost two more round trips).
        delivered.length
          ? batchExecute(
              Prisma.sql`UPDATE "User" SET "digestBounces" = 0 WHERE "id" = ANY(${delivered}::text[]) AND "digestBounces" > 0`,
            )
          : 0,
      ]).then(
        () => undefined,
        (error: Error) =>
          logger.error(
            { err: error.message, digests: rows.length },
            "digest ledger marks not written; those digests stay SENDING until recovered",
          ),
      ),
    );
  }
}
