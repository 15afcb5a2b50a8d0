import "server-only";
import { z } from "zod";
import { currentSlot, DIGEST_CONCURRENCY, dueSlot, type DigestSettings, type DigestSlot } from "@/domain/digest-schedule";
import { db } from "../db";
import { appUrl } from "../env";
import { logger } from "../logger";
import { sendMail } from "../mail/mail";
import { collectDigest, isEmptyDigest } from "./digest-content";
import { renderDigest } from "./digest-email";
import { unsubscribeToken } from "./tokens";

/** Tries per digest before it shows as failed in Settings; waits double each time, capped. */
export const MAX_ATTEMPTS = 5;
const RETRY_BASE_MS = 60_000;
const RETRY_CAP_MS = 60 * 60_000;
export const retryDelayMs = (attempt: number) => Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** (attempt - 1));

const USERS_PER_PAGE = 500;

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
    let next = 0;
    const worker = async () => {
      while (next < users.length) {
        const user = users[next++]!;
        // One user's trouble (the database hiccuping on their rows, say) never stops the batch.
        const outcome = await digestFor(user, now, Boolean(options.email)).catch((error: Error) => {
          logger.error({ user: user.id, err: error.message }, "digest not attempted");
          return "failed" as const;
        });
        if (outcome) counts[outcome]++;
      }
    };
    await Promise.all(Array.from({ length: DIGEST_CONCURRENCY }, worker));
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

async function digestFor(user: Candidate, now: Date, forced: boolean): Promise<"sent" | "failed" | "skipped" | null> {
  const settings = settingsOf(user);
  // Forced (--email): the current period even before its hour has come today.
  const slot = forced ? currentSlot({ ...settings, hour: 0 }, now) : dueSlot(settings, now);
  if (!slot) return null;
  const claim = await claimPeriod(user.id, slot, now);
  if (!claim) return null;

  if (!validEmail.safeParse(user.email).success) {
    logger.warn({ user: user.id, reason: "malformed email address" }, "digest skipped");
    await finish(claim.id, { status: "SKIPPED", lastError: "The email address is malformed." });
    return "skipped";
  }
  try {
    const content = await collectDigest(user, now);
    const itemCount = content.overdue.length + content.dueThisWeek.length;
    if (isEmptyDigest(content) && !user.digestSendEmpty) {
      await finish(claim.id, { status: "SKIPPED", lastError: null, itemCount: 0 });
      return "skipped";
    }
    const baseUrl = appUrl();
    const token = unsubscribeToken(user.id, now);
    const unsubscribeUrl = `${baseUrl}/unsubscribe?token=${token}`;
    const mail = await renderDigest({ content, name: user.name, baseUrl, unsubscribeUrl, period: user.digestFrequency === "DAILY" ? "daily" : "weekly" });
    const { messageId } = await sendMail({
      to: user.email,
      ...mail,
      // One-click unsubscribe (RFC 8058), shown by mail clients beside the sender.
      headers: { "List-Unsubscribe": `<${baseUrl}/api/unsubscribe?token=${token}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    });
    await finish(claim.id, { status: "SENT", sentAt: new Date(), messageId, itemCount, lastError: null, nextAttemptAt: null });
    return "sent";
  } catch (error) {
    const attempts = claim.attempts;
    const final = attempts >= MAX_ATTEMPTS;
    logger.warn({ user: user.id, attempts, err: (error as Error).message }, final ? "digest failed for good" : "digest failed; will retry");
    await finish(claim.id, { status: "FAILED", lastError: (error as Error).message.slice(0, 500), nextAttemptAt: final ? null : new Date(+now + retryDelayMs(attempts)) });
    return "failed";
  }
}

/**
 * Takes the (user, period) for this sender: a new ledger row, or a failed one whose
 * retry time has come. Null when it is someone else's or already done.
 */
async function claimPeriod(userId: string, slot: DigestSlot, now: Date) {
  const inserted = await db.$queryRaw<{ id: string; attempts: number }[]>`
    INSERT INTO "DigestDelivery" ("id", "userId", "period", "status", "attempts", "scheduledFor", "startedAt")
    VALUES (${`dd_${crypto.randomUUID()}`}, ${userId}, ${slot.period}, 'SENDING', 1, ${slot.sendAt}, ${now})
    ON CONFLICT ("userId", "period") DO NOTHING
    RETURNING "id", "attempts"`;
  if (inserted[0]) return inserted[0];
  const retried = await db.$queryRaw<{ id: string; attempts: number }[]>`
    UPDATE "DigestDelivery" SET "status" = 'SENDING', "attempts" = "attempts" + 1, "startedAt" = ${now}
    WHERE "userId" = ${userId} AND "period" = ${slot.period} AND "status" = 'FAILED'
      AND "nextAttemptAt" IS NOT NULL AND "nextAttemptAt" <= ${now}
    RETURNING "id", "attempts"`;
  return retried[0] ?? null;
}

function finish(id: string, data: { status: "SENT" | "FAILED" | "SKIPPED"; lastError?: string | null; sentAt?: Date; messageId?: string; itemCount?: number; nextAttemptAt?: Date | null }) {
  return db.digestDelivery.update({ where: { id }, data });
}
