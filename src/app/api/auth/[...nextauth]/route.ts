import { NextRequest, NextResponse } from "next/server";
import NextAuth from "next-auth";
import { z } from "zod";
import { authOptions } from "@/server/auth/auth-options";
import { signInCsrfValid } from "@/server/auth/csrf";
import { hitRateLimits, signInEmailLimits } from "@/server/auth/rate-limit";
import { appUrl } from "@/server/env";
import { clientIp, isSameOrigin, seeOther } from "@/server/http";

type Context = { params: Promise<{ nextauth: string[] }> };

function handler(req: NextRequest, ctx: Context) {
  return NextAuth(authOptions())(req, ctx);
}

export async function GET(req: NextRequest, ctx: Context) {
  const [action, provider] = (await ctx.params).nextauth ?? [];
  if (action === "callback" && provider === "email") {
    // Magic links open the confirm page; a GET (a mail scanner's prefetch) never signs in.
    return seeOther(`/signin/confirm${req.nextUrl.search}`);
  }
  return handler(req, ctx);
}

const signInEmailBody = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  json: z.string().optional(),
  csrfToken: z.string().optional(),
});
const confirmBody = z.object({
  token: z.string().min(1),
  email: z.string().min(1),
  callbackUrl: z.string().optional(),
});

export async function POST(req: NextRequest, ctx: Context) {
  const [action, provider] = (await ctx.params).nextauth ?? [];
  if (action === "signin" && provider === "email") {
    const form = Object.fromEntries(new URLSearchParams(await req.clone().text()));
    const parsed = signInEmailBody.safeParse(form);
    if (!parsed.success) return signInError(form.json === "true", "InvalidEmail", 400);
    // Only an attempt next-auth will act on is counted (it refuses the rest itself).
    if (signInCsrfValid(req.headers.get("cookie"), parsed.data.csrfToken)) {
      const { limited } = await hitRateLimits(signInEmailLimits(parsed.data.email, clientIp(req)));
      if (limited) return signInError(form.json === "true", "RateLimited", 429);
    }
  }
  if (action === "callback" && provider === "email") {
    // The confirm page's POST: hand next-auth the GET callback it understands.
    if (!isSameOrigin(req)) return new NextResponse("Forbidden", { status: 403 });
    const parsed = confirmBody.safeParse(Object.fromEntries(new URLSearchParams(await req.text())));
    if (!parsed.success) return seeOther("/signin?error=Verification");
    const url = new URL(req.nextUrl.pathname, appUrl());
    for (const [key, value] of Object.entries(parsed.data)) if (value !== undefined) url.searchParams.set(key, value);
    const response = await handler(new NextRequest(url, { method: "GET", headers: req.headers }), ctx);
    // A 303 so the browser follows with a GET, and to a path of ours as a relative
    // address (next-auth builds it from NEXTAUTH_URL: at 127.0.0.1, or with a
    // proxy's own host, that origin differs and the CSP's form-action refuses it).
    const location = response.headers.get("Location");
    if (location && response.status >= 300 && response.status < 400) {
      const headers = new Headers(response.headers);
      headers.set("Location", ownPath(location));
      return new NextResponse(null, { status: 303, headers });
    }
    return response;
  }
  if (action === "signout") return signOut(req, ctx);
  return handler(req, ctx);
}

/**
 * Signing out also clears what this browser kept of the user (the pages cached for
 * offline reading, the queue of unsynced writes, the service worker): Clear-Site-Data.
 * Only on a sign-out next-auth acts on (our origin, a valid CSRF token), so that
 * another site's POST cannot wipe a queue of unsynced writes.
 */
async function signOut(req: NextRequest, ctx: Context) {
  const form = Object.fromEntries(new URLSearchParams(await req.clone().text()));
  const genuine = isSameOrigin(req) && signInCsrfValid(req.headers.get("cookie"), form.csrfToken);
  const response = await handler(req, ctx);
  if (!genuine) return response;
  const headers = new Headers(response.headers);
  headers.set("Clear-Site-Data", '"cache", "storage"');
  return new NextResponse(response.body, { status: response.status, headers });
}

function signInError(json: boolean, error: string, status: number) {
  // next-auth's client reads the error from an absolute address: the configured one.
  if (json) return NextResponse.json({ url: `${appUrl()}/signin?error=${error}` }, { status });
  return seeOther(`/signin?error=${error}`);
}

/** An address on our own public origin as a path; any other is left as it is. */
function ownPath(location: string) {
  const own = appUrl();
  return location.startsWith(`${own}/`) ? location.slice(own.length) : location;
}
