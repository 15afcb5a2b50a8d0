import NextAuth from "next-auth";
import { NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { authOptions } from "@/server/auth/auth-options";
import { hitRateLimits, signInEmailLimits } from "@/server/auth/rate-limit";
import { clientIp, isSameOrigin } from "@/server/http";

type Context = { params: Promise<{ nextauth: string[] }> };

function handler(req: NextRequest, ctx: Context) {
  return NextAuth(authOptions())(req, ctx);
}

export async function GET(req: NextRequest, ctx: Context) {
  const [action, provider] = (await ctx.params).nextauth ?? [];
  if (action === "callback" && provider === "email") {
    // Magic links open the confirm page; a GET (a mail scanner's prefetch) never signs in.
    const confirm = new URL("/signin/confirm", req.nextUrl.origin);
    confirm.search = req.nextUrl.search;
    return NextResponse.redirect(confirm, 303);
  }
  return handler(req, ctx);
}

const signInEmailBody = z.object({ email: z.string().trim().toLowerCase().pipe(z.email()), json: z.string().optional() });
const confirmBody = z.object({ token: z.string().min(1), email: z.string().min(1), callbackUrl: z.string().optional() });

export async function POST(req: NextRequest, ctx: Context) {
  const [action, provider] = (await ctx.params).nextauth ?? [];
  if (action === "signin" && provider === "email") {
    const form = Object.fromEntries(new URLSearchParams(await req.clone().text()));
    const parsed = signInEmailBody.safeParse(form);
    if (!parsed.success) return signInError(req, form.json === "true", "InvalidEmail", 400);
    const { limited } = await hitRateLimits(signInEmailLimits(parsed.data.email, clientIp(req)));
    if (limited) return signInError(req, form.json === "true", "RateLimited", 429);
  }
  if (action === "callback" && provider === "email") {
    // The confirm page's POST: hand next-auth the GET callback it understands.
    if (!isSameOrigin(req)) return new NextResponse("Forbidden", { status: 403 });
    const parsed = confirmBody.safeParse(Object.fromEntries(new URLSearchParams(await req.text())));
    if (!parsed.success) return NextResponse.redirect(new URL("/signin?error=Verification", req.nextUrl.origin), 303);
    const url = new URL(req.nextUrl.pathname, req.nextUrl.origin);
    for (const [key, value] of Object.entries(parsed.data)) if (value !== undefined) url.searchParams.set(key, value);
    const response = await handler(new NextRequest(url, { method: "GET", headers: req.headers }), ctx);
    // A 303 so the browser follows with a GET.
    const location = response.headers.get("Location");
    if (location && response.status >= 300 && response.status < 400) {
      const headers = new Headers(response.headers);
      return new NextResponse(null, { status: 303, headers });
    }
    return response;
  }
  return handler(req, ctx);
}

function signInError(req: NextRequest, json: boolean, error: string, status: number) {
  const url = new URL(`/signin?error=${error}`, req.nextUrl.origin).toString();
  if (json) return NextResponse.json({ url }, { status });
  return NextResponse.redirect(url, 303);
}
