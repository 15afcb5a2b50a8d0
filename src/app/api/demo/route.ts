import { type NextRequest, NextResponse } from "next/server";
import { startDemoSession } from "@/server/demo/demo-session";
import { env } from "@/server/env";
import { fromThisMachine, isSameOrigin, seeOther } from "@/server/http";

/**
 * "Explore the demo map": signs in as the demo user. Never in production, and
 * only for a browser on this machine, whatever address the app listens on.
 */
export async function POST(req: NextRequest) {
  if (!env().developmentMode || !fromThisMachine(req)) return new NextResponse("Not found", { status: 404 });
  if (!isSameOrigin(req)) return new NextResponse("Forbidden", { status: 403 });
  const { cookieName, token, expires, secure } = await startDemoSession();
  const response = seeOther("/dashboard");
  response.cookies.set(cookieName, token, { httpOnly: true, sameSite: "lax", path: "/", secure, expires });
  return response;
}
