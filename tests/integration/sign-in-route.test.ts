// The sign-in route as a browser (or an attacker) calls it: next-auth's CSRF
// double-submit cookie, the client address behind proxies, and which attempts count.
import { createHash, randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { PEER_HEADER } from "@/domain/client-address";

// Read once, on first use, by src/server/env.ts: a configured secret, as in production.
const SECRET = "sign-in-route-test-secret";
process.env.NEXTAUTH_SECRET = SECRET;

const { POST } = await import("@/app/api/auth/[...nextauth]/route");
const { db } = await import("@/server/db");
const { clientIp } = await import("@/server/http");

const ctx = { params: Promise.resolve({ nextauth: ["signin", "email"] }) };
const csrf = () => {
  const token = randomUUID().replace(/-/g, "");
  return {
    token,
    cookie: `next-auth.csrf-token=${encodeURIComponent(`${token}|${createHash("sha256").update(`${token}${SECRET}`).digest("hex")}`)}`,
  };
};
function signInPost(
  email: string,
  {
    token,
    cookie,
    peer = "127.0.0.1",
    forwardedFor,
  }: { token?: string; cookie?: string; peer?: string; forwardedFor?: string } = {},
) {
  const headers = new Headers({ "content-type": "application/x-www-form-urlencoded", [PEER_HEADER]: peer });
  if (cookie) headers.set("cookie", cookie);
  if (forwardedFor) headers.set("x-forwarded-for", forwardedFor);
  const body = new URLSearchParams({ email, json: "true", ...(token ? { csrfToken: token } : {}) });
  // Past our checks next-auth takes over, which needs a live Next request (it reads
  // cookies()); what is tested here, what is counted, happens before it.
  return POST(
    new NextRequest("http://localhost:3000/api/auth/signin/email", { method: "POST", headers, body }),
    ctx,
  ).catch(() => undefined);
}
const hits = (bucket: string) => db.rateLimitHit.count({ where: { bucket } });

describe("the sign-in route", () => {
  it("does not count POSTs that fail next-auth's CSRF check, so nobody can lock a victim out with them", async () => {
    const victim = `victim-${randomUUID()}@test.example`;
    for (let i = 0; i < 6; i++) await signInPost(victim);
    const forged = csrf();
    for (let i = 0; i < 3; i++) await signInPost(victim, { token: "not-the-token", cookie: forged.cookie });
    expect(await hits(`signin:email:${victim}`)).toBe(0);

    // The victim's own request is counted (the e2e suite signs in through the whole route).
    await signInPost(victim, csrf());
    expect(await hits(`signin:email:${victim}`)).toBe(1);
  });

  it("counts against the socket's address, not the X-Forwarded-For a client writes", async () => {
    const { token, cookie } = csrf();
    const email = `spoof-${randomUUID()}@test.example`;
    await signInPost(email, {
      token,
      cookie,
      peer: "203.0.113.5",
      forwardedFor: `198.51.100.${Math.floor(Math.random() * 200)}`,
    });
    expect(await hits("signin:ip:203.0.113.5")).toBeGreaterThanOrEqual(1);
    expect(
      clientIp(
        new Request("http://x", { headers: { [PEER_HEADER]: "::ffff:203.0.113.5", "x-forwarded-for": "1.2.3.4" } }),
      ),
    ).toBe("203.0.113.5");
  });
});
