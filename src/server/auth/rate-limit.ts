import "server-only";
import { db } from "../db";
import { env } from "../env";

export type Limit = { bucket: string; max: number; windowMs: number };

/**
 * Counts a hit in each bucket and says whether any is over its limit. The
 * counters live in the database so every app instance shares them. Counting and
 * adding happen under a transaction-scoped advisory lock per bucket (taken in one
 * order, so two callers never wait on each other crosswise): without it, twenty
 * requests at once all count four and all get through a limit of five.
 */
export async function hitRateLimits(limits: Limit[], now = new Date()): Promise<{ limited: boolean }> {
  const oldestWindow = Math.max(...limits.map((l) => l.windowMs));
  const buckets = [...new Set(limits.map((l) => l.bucket))].sort();
  return db.$transaction(async (tx) => {
    for (const bucket of buckets) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${bucket}))`;
    await tx.rateLimitHit.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - oldestWindow) } } });
    let limited = false;
    for (const limit of limits) {
      const count = await tx.rateLimitHit.count({
        where: { bucket: limit.bucket, createdAt: { gte: new Date(now.getTime() - limit.windowMs) } },
      });
      if (count >= limit.max) limited = true;
    }
    if (!limited) await tx.rateLimitHit.createMany({ data: limits.map((l) => ({ bucket: l.bucket, createdAt: now })) });
    return { limited };
  });
}

const FIFTEEN_MINUTES = 15 * 60 * 1000;

/**
 * Sign-in emails: 5 per address and 20 per IP address (SIGNIN_LIMIT_PER_IP) every
 * 15 minutes. An unknown address gets no IP bucket: lumping every such caller
 * together would let one of them lock everyone out.
 */
export function signInEmailLimits(email: string, ip: string | null): Limit[] {
  const perIp = env().SIGNIN_LIMIT_PER_IP;
  return [
    { bucket: `signin:email:${email}`, max: 5, windowMs: FIFTEEN_MINUTES },
    ...(ip ? [{ bucket: `signin:ip:${ip}`, max: perIp, windowMs: FIFTEEN_MINUTES }] : []),
  ];
}
