import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "../env";
import { sessionCookie } from "./auth-options";

/**
 * next-auth's own CSRF check of a sign-in POST (its double-submit cookie:
 * `<token>|sha256(<token><secret>)`, and the same token in the body), made before
 * the attempt is counted against the rate limits: otherwise a few token-less POSTs
 * naming someone's address, which next-auth then refuses, would lock them out.
 * Without a configured secret (a development machine) next-auth makes one up
 * that we cannot know: every attempt counts there.
 */
export function signInCsrfValid(cookieHeader: string | null, bodyToken: string | undefined): boolean {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) return true;
  if (!bodyToken) return false;
  const name = `${sessionCookie().options.secure ? "__Host-" : ""}next-auth.csrf-token`;
  const raw = (cookieHeader ?? "")
    .split(";")
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1);
  const [token, hash] = decodeURIComponent(raw ?? "").split("|");
  if (!token || !hash) return false;
  const expected = createHash("sha256").update(`${token}${secret}`).digest("hex");
  return same(hash, expected) && same(token, bodyToken);
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
