import "server-only";
import { db } from "../db";

export type Limit = { bucket: string; max: number; windowMs: number };

/**
 * Counts a hit in each bucket and says whether any is over its limit. The
 * counters live in the database so every app instance shares them.
 */
export async function hitRateLimits(limits: Limit[], now = new Date()): Promise<{ limited: boolean }> {
  const oldestWindow = Math.max(...limits.map((l) => l.windowMs));
  return db.$transaction(async (tx) => {
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

/** Sign-in emails: 5 per address and 20 per IP address every 15 minutes. */
export function signInEmailLimits(email: string, ip: string): Limit[] {
  return [
    { bucket: `signin:email:${email}`, max: 5, windowMs: FIFTEEN_MINUTES },
    { bucket: `signin:ip:${ip}`, max: 20, windowMs: FIFTEEN_MINUTES },
  ];
}
