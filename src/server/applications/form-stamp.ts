import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { MAX_FORM_AGE_SECONDS, MIN_SECONDS_ON_PAGE } from "@/domain/applications";

/**
 * The form's stamp: when the page was served, signed, so a script cannot post a
 * made-up time to skip the minimum time on the page.
 */
export function formStamp(secret: string, servedAt: number): string {
  const mac = createHmac("sha256", secret).update(`apply:${servedAt}`).digest("base64url").slice(0, 22);
  return `${servedAt}.${mac}`;
}

export type StampCheck = "ok" | "too-fast" | "stale" | "forged";

/** Whether a form was served by us, long enough ago and not too long ago. */
export function checkFormStamp(secret: string, stamp: string, now: number): StampCheck {
  const [at, mac] = stamp.split(".");
  const servedAt = Number(at);
  if (!Number.isSafeInteger(servedAt) || !mac) return "forged";
  const expected = formStamp(secret, servedAt).split(".")[1]!;
  if (mac.length !== expected.length || !timingSafeEqual(Buffer.from(mac), Buffer.from(expected))) return "forged";
  const seconds = (now - servedAt) / 1000;
  if (seconds < MIN_SECONDS_ON_PAGE) return "too-fast";
  if (seconds > MAX_FORM_AGE_SECONDS) return "stale";
  return "ok";
}
