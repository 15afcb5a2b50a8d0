import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authOptions, sessionCookie } from "@/server/auth/auth-options";
import { hitRateLimits, signInEmailLimits } from "@/server/auth/rate-limit";
import { sendSignInEmail, toConfirmUrl } from "@/server/auth/sign-in-email";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink";

let smtp: SmtpSink;

beforeAll(async () => {
  smtp = await startSmtpSink();
  // Read once, on first use, by src/server/env.ts.
  process.env.SMTP_URL = smtp.url;
});
afterAll(async () => smtp.stop());

describe("sign-in email", () => {
  it("goes out over SMTP with a link to the confirm page, never straight to the sign-in callback", async () => {
    const to = `magic-${randomUUID()}@test.example`;
    const callback = `http://localhost:3000/api/auth/callback/email?callbackUrl=${encodeURIComponent("http://localhost:3000/mentors")}&token=abc123&email=${encodeURIComponent(to)}`;
    await sendSignInEmail(to, callback);
    const mail = await smtp.waitFor(to);
    expect(mail.subject).toBe("Your sign-in link for Mentor Map");
    const link = mail.text!.match(/https?:\/\/\S+/)![0];
    const url = new URL(link);
    expect(url.pathname).toBe("/signin/confirm");
    expect(url.searchParams.get("token")).toBe("abc123");
    expect(url.searchParams.get("email")).toBe(to);
    expect(mail.html).toContain(link.replace(/&/g, "&#38;"));
    expect(mail.text).toContain("expires in 15 minutes");
  });

  it("keeps every query parameter when it turns the callback into the confirm URL", () => {
    expect(toConfirmUrl("https://x.example/api/auth/callback/email?token=t&email=a%40b.c&callbackUrl=%2Fmentors")).toBe(
      "https://x.example/signin/confirm?token=t&email=a%40b.c&callbackUrl=%2Fmentors",
    );
  });
});

describe("sign-in rate limits", () => {
  it("allows 5 emails per address in 15 minutes, then refuses", async () => {
    const email = `limited-${randomUUID()}@test.example`;
    const now = new Date();
    const results = [];
    for (let i = 0; i < 6; i++)
      results.push((await hitRateLimits(signInEmailLimits(email, `10.0.0.${i}`), now)).limited);
    expect(results).toEqual([false, false, false, false, false, true]);
    // The window slides: 16 minutes later the address may ask again.
    const later = new Date(now.getTime() + 16 * 60 * 1000);
    expect((await hitRateLimits(signInEmailLimits(email, "10.0.1.1"), later)).limited).toBe(false);
  });

  it("allows 20 emails per IP address across different addresses, then refuses", async () => {
    const ip = `ip-${randomUUID()}`;
    const results = [];
    for (let i = 0; i < 21; i++)
      results.push((await hitRateLimits(signInEmailLimits(`${randomUUID()}@test.example`, ip))).limited);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(results[20]).toBe(true);
  });
});

describe("sign-in rate limits under concurrency", () => {
  it("let exactly five of thirty simultaneous requests for one address through (count and add are one step)", async () => {
    const email = `burst-${randomUUID()}@test.example`;
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => hitRateLimits(signInEmailLimits(email, `10.9.0.${i}`))),
    );
    expect(results.filter((r) => !r.limited)).toHaveLength(5);
  });
});

describe("sign-in rate limits without a known client address", () => {
  it("keeps the per-address limit but does not lump unknown callers into one bucket", async () => {
    const limits = signInEmailLimits(`someone-${randomUUID()}@test.example`, null);
    expect(limits.map((l) => l.bucket)).toEqual([expect.stringMatching(/^signin:email:/)]);
  });
});

describe("the session cookie", () => {
  it("is HttpOnly and SameSite=Lax always, and Secure with the __Secure- prefix behind HTTPS", () => {
    expect(sessionCookie("https://mentors.example.org")).toEqual({
      name: "__Secure-next-auth.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: true },
    });
    expect(sessionCookie("http://localhost:3000")).toEqual({
      name: "next-auth.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: false },
    });
    // next-auth is given exactly that cookie.
    const options = authOptions();
    expect(options.cookies?.sessionToken).toEqual(sessionCookie());
    expect(options.useSecureCookies).toBe(sessionCookie().options.secure);
  });
});
