import "server-only";
import { z } from "zod";
import {
  currentSlot,
  DIGEST_CONCURRENCY,
  type DigestSettings,
  giveUpAt,
  nextAttemptAt,
  openSlot,
} from "@/domain/digest-schedule";
import { Prisma } from "@/generated/prisma/client";
import { batchRows, db } from "../db";
import { appUrl, env } from "../env";
import { logger } from "../logger";
import { bulkMailer, type Mailer } from "../mail/mail";
import { isPermanentFailure } from "../mail/smtp-lanes";
import { collectDigests, type DigestContent, isEmptyDigest } from "./digest-content";
import { renderDigest } from "./digest-email";
import {
  type Claim,
  claimPeriods,
  type Due,
  deferPeriods,
  LedgerMarks,
  type Outcome,
  openKey,
  openPeriods,
  recordHardBounce,
  recoverInterruptedSends,
} from "./digest-ledger";
import { unsubscribeToken } from "./unsubscribe-token";

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
export type RunResult = {
  runId: string;
  sent: number;
  failed: number;
  skipped: number;
  /** Why digests failed, most common first, with how many each (for the operator's summary). */
  problems: { reason: string; count: number }[];
};

/**
 * One pass over the users whose digest is due. Each send starts by claiming its
 * (user, period) in the DigestDelivery ledger (digest-ledger.ts): a second
 * instance finds it claimed and moves on, and a crash mid-send is recovered by a
 * later run. Temporary failures are retried with a backoff until the period is
 * over (nextAttemptAt in digest-schedule.ts); permanent ones (a 5xx to the
 * address) are not, and the third in a row pauses the user's digests. When SMTP
 * cannot be reached or refuses our login, the rest of the batch is written down
 * for a retry instead of attempted.
 */
export async function runDigests(options: RunOptions = {}): Promise<RunResult> {
  const now = options.now ?? new Date();
  const run = await db.digestRun.create({ data: {}, select: { id: true } });
  const counts = { sent: 0, failed: 0, skipped: 0 };
  const problems = new Map<string, number>();
  const failed = (reason: string, n = 1) => {
    counts.failed += n;
    problems.set(reason, (problems.get(reason) ?? 0) + n);
  };
  const marks = new LedgerMarks();
  const mailer = bulkMailer();
  // Thousands of users share a few dozen (zone, frequency, weekday, hour) settings: each one's slot is worked out once.
  const slots = new Map<string, ReturnType<typeof openSlot>>();
  const slotOf = (settings: DigestSettings) => {
    const key = `${settings.timeZone}|${settings.frequency}|${settings.weekday}|${settings.hour}`;
    if (!slots.has(key)) slots.set(key, options.email ? forcedSlot(settings, now) : openSlot(settings, now));
    return slots.get(key)!;
  };
  const read = (after: string) => {
    const page = readPage(after, options.email, slotOf, now, mailer);
    page.catch(() => {}); // awaited in its turn; until then a failure must not count as unhandled
    return page;
  };
  // At most DIGEST_CONCURRENCY periods are claimed and not yet marked at any time
  // (what a crash can leave SENDING), across pages.
  const sending = new Set<Promise<void>>();
  try {
    let next = read("");
    for (let page = await next; page; page = await next) {
      // The next page is read while this one is in SMTP: read in between, the
      // connections stood idle for a fifth of a 10,000-digest run.
      next = read(page.after);
      const { todo, byId, contents } = page;
      // Claims are taken half of DIGEST_CONCURRENCY at a time, in one query, while the other half are still in SMTP.
      for (let at = 0; at < todo.length; ) {
        while (sending.size > DIGEST_CONCURRENCY / 2) await Promise.race(sending);
        if (mailer.broken) {
          // SMTP cannot be reached or refuses our login: the rest is written down for a retry.
          const rest = todo.slice(at);
          at = todo.length;
          await deferPeriods(rest, now, mailer.broken);
          failed(mailer.broken, rest.length);
          break;
        }
        const group = todo.slice(at, at + DIGEST_CONCURRENCY - sending.size);
        at += group.length;
        const claims = await claimPeriods(group, now).catch((error: Error) => {
          logger.error(
            { err: error.message, digests: group.length },
            "digest periods not claimed; the next run tries again",
          );
          return new Map<string, Claim>();
        });
        for (const { userId, giveUpAt } of group) {
          const claim = claims.get(userId);
          if (!claim) continue;
          const task = digestFor(byId.get(userId)!, claim, giveUpAt, contents.get(userId), now, marks, mailer)
            // One user's trouble never stops the batch.
            .catch((error: Error): Sent => {
              logger.error({ user: userId, err: error.message }, "digest not attempted");
              return { outcome: "failed", reason: error.message };
            })
            .then((result) => {
              if (result.outcome === "failed") failed(result.reason);
              else counts[result.outcome]++;
              sending.delete(task);
            });
          sending.add(task);
        }
      }
    }
  } finally {
    // Every claimed digest is marked before the run ends, even when reading a page failed.
    await Promise.all(sending);
    await marks.flush();
    await mailer.close();
  }
  await db.digestRun.update({ where: { id: run.id }, data: { finishedAt: new Date(), ...counts } });
  const listed = [...problems].sort((a, b) => b[1] - a[1]).map(([reason, count]) => ({ reason, count }));
  if (mailer.broken) logger.error({ run: run.id, reason: mailer.broken }, `digests stopped: ${mailer.broken}`);
  logger.info({ run: run.id, ...counts }, "digest run finished");
  return { runId: run.id, ...counts, problems: listed };
}

type Page = {
  /** The last user's id: the next page starts after it. */
  after: string;
  byId: Map<string, Candidate>;
  /** The periods this run may take (not yet sent, or due for a retry). */
  todo: Due[];
  /** What each of their digests says (nothing, once SMTP has stopped: those digests are not sent). */
  contents: Map<string, DigestContent>;
};

/** The next USERS_PER_PAGE users after `after` whose digests may be sent now, in a handful of queries; null past the last. */
async function readPage(
  after: string,
  email: string | undefined,
  slotOf: (settings: DigestSettings) => ReturnType<typeof openSlot>,
  now: Date,
  mailer: Mailer,
): Promise<Page | null> {
  // Never to someone who turned digests off, unsubscribed or whose address bounced, not even by an operator's --email.
  const users = await batchRows<Candidate>(Prisma.sql`
    SELECT "id", "email", "name", "timeZone", "digestFrequency", "digestWeekday", "digestHour", "digestSendEmpty"
    FROM "User"
    WHERE "id" > ${after} AND "digestFrequency" <> 'OFF' AND "digestUnsubscribedAt" IS NULL AND "digestPausedAt" IS NULL
      ${email ? Prisma.sql`AND "email" = ${email.toLowerCase()}` : Prisma.empty}
    ORDER BY "id" LIMIT ${USERS_PER_PAGE}`);
  if (!users.length) return null;
  const byId = new Map(users.map((u) => [u.id, u]));
  const due: Due[] = users.flatMap((user) => {
    const slot = slotOf(settingsOf(user));
    return slot
      ? [
          {
            userId: user.id,
            period: slot.period,
            scheduledFor: slot.sendAt,
            giveUpAt: slot.giveUpAt,
            fresh: slot.fresh,
          },
        ]
      : [];
  });
  // The scheduler passes every five minutes: periods already sent (or in another
  // sender's hands) are set aside in one query, before any content is read.
  await recoverInterruptedSends(due, now);
  const open = await openPeriods(due, now);
  const todo = due.filter((d) => open.has(openKey(d.userId, d.period)));
  const contents = mailer.broken
    ? new Map<string, DigestContent>()
    : await collectDigests(
        todo.map((d) => byId.get(d.userId)!).filter((user) => validEmail.safeParse(user.email).success),
        now,
      );
  return { after: users.at(-1)!.id, byId, todo, contents };
}

/** Forced (--email): the current period even before its hour or after its day, retried for a day at least. */
function forcedSlot(settings: DigestSettings, now: Date): ReturnType<typeof openSlot> {
  const slot = currentSlot({ ...settings, hour: 0 }, now);
  if (!slot) return null;
  return { ...slot, fresh: true, giveUpAt: new Date(Math.max(+giveUpAt(slot, settings), +now + 24 * 3_600_000)) };
}

const settingsOf = (u: Candidate): DigestSettings => ({
  frequency: u.digestFrequency,
  weekday: u.digestWeekday,
  hour: u.digestHour,
  timeZone: u.timeZone,
});

type Sent = { outcome: "sent" | "skipped" } | { outcome: "failed"; reason: string };

async function digestFor(
  user: Candidate,
  claim: Claim,
  giveUp: Date,
  content: DigestContent | undefined,
  now: Date,
  marks: LedgerMarks,
  mailer: Mailer,
): Promise<Sent> {
  const finish = (outcome: Outcome) => marks.add(claim.id, user.id, outcome);

  if (!validEmail.safeParse(user.email).success) {
    logger.warn({ user: user.id, reason: "malformed email address" }, "digest skipped");
    finish({ status: "SKIPPED", lastError: "The email address is malformed." });
    return { outcome: "skipped" };
  }
  try {
    if (!content) throw new Error("The digest's content could not be read.");
    const itemCount = content.overdue.length + content.dueThisWeek.length;
    if (isEmptyDigest(content) && !user.digestSendEmpty) {
      finish({ status: "SKIPPED", lastError: null, itemCount: 0 });
      return { outcome: "skipped" };
    }
    const baseUrl = appUrl();
    const token = unsubscribeToken(user.id, now);
    const mail = await renderDigest({
      content,
      name: user.name,
      baseUrl,
      unsubscribeUrl: `${baseUrl}/unsubscribe?token=${token}`,
      period: user.digestFrequency === "DAILY" ? "daily" : "weekly",
    });
    const { messageId } = await mailer.send({
      to: user.email,
      ...mail,
      // The ledger row's id: a send repeated after a crash carries the same Message-ID.
      messageId: `<digest.${claim.id}@${new URL(baseUrl).hostname}>`,
      headers: digestHeaders(`${baseUrl}/api/unsubscribe?token=${token}`, env().developmentMode),
    });
    finish({ status: "SENT", sentAt: new Date(), messageId, itemCount, lastError: null, nextAttemptAt: null });
    return { outcome: "sent" };
  } catch (error) {
    const message = (error as Error).message;
    if (isPermanentFailure(error)) {
      logger.warn({ user: user.id, err: message }, "digest refused for good by the receiving server");
      finish({ status: "FAILED", lastError: message.slice(0, 500), nextAttemptAt: null });
      await recordHardBounce(user.id, message, now);
      return { outcome: "failed", reason: message };
    }
    const retryAt = nextAttemptAt(claim.attempts, now, giveUp);
    logger.warn(
      { user: user.id, attempts: claim.attempts, err: message, retryAt },
      retryAt ? "digest failed; will retry" : "digest failed; its period is over",
    );
    finish({ status: "FAILED", lastError: message.slice(0, 500), nextAttemptAt: retryAt });
    return { outcome: "failed", reason: message };
  }
}

/**
 * Auto-Submitted (RFC 3834) keeps auto-responders from answering. The one-click
 * unsubscribe (RFC 8058) needs an https address; over http (development) the
 * plain List-Unsubscribe still lets a mail client open the page.
 */
export function digestHeaders(unsubscribeUrl: string, developmentMode: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    "Auto-Submitted": "auto-generated",
    "List-Unsubscribe": `<${unsubscribeUrl}>`,
  };
  if (unsubscribeUrl.startsWith("https:") || developmentMode)
    headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
  return headers;
}
