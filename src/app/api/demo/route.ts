import { NextRequest, NextResponse } from "next/server";
import { startDemoSession } from "@/server/demo/demo-session";
import { env } from "@/server/env";
import { isSameOrigin } from "@/server/http";

/** "Explore the demo map": signs in as the demo user. Never in production. */
export async function POST(req: NextRequest) {
  if (!env().developmentMode) return new NextResponse("Not found", { status: 404 });
  if (!isSameOrigin(req)) return new NextResponse("Forbidden", { status: 403 });
  const { cookieName, token, expires, secure } = await startDemoSession();
  const response = NextResponse.redirect(new URL("/dashboard", req.nextUrl.origin), 303);
  response.cookies.set(cookieName, token, { httpOnly: true, sameSite: "lax", path: "/", secure, expires });
  return response;
}
