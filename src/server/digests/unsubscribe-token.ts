import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "../env";

/** Unsubscribe links stay valid this long after the digest that carries them. */
export const UNSUBSCRIBE_VALID_DAYS = 90;

// Production requires NEXTAUTH_SECRET (src/server/env.ts); a development machine without one still gets working links.
const secret = () => {
  const { NEXTAUTH_SECRET, developmentMode } = env();
  if (NEXTAUTH_SECRET) return NEXTAUTH_SECRET;
  if (!developmentMode)
    throw new Error("NEXTAUTH_SECRET is not set: unsubscribe links cannot be signed outside development.");
  return "mentor-map-development-secret";
};
const mac = (payload: string) => createHmac("sha256", secret()).update(`unsubscribe:${payload}`).digest("base64url");

/** `<userId>.<expiry in days since 1970>.<signature>`: works without signing in, for one user, until it expires. */
export function unsubscribeToken(userId: string, now = new Date()) {
  const expires = Math.floor(+now / 86_400_000) + UNSUBSCRIBE_VALID_DAYS;
  return `${userId}.${expires}.${mac(`${userId}.${expires}`)}`;
}

/** The user id of a valid, unexpired token, or null (tampered, expired or malformed alike). */
export function verifyUnsubscribeToken(token: string, now = new Date()): string | null {
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [userId, expires, signature] = parts as [string, string, string];
  if (!/^\d{1,7}$/.test(expires) || Number(expires) < Math.floor(+now / 86_400_000)) return null;
  const expected = Buffer.from(mac(`${userId}.${expires}`));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
}
