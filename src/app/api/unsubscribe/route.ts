import { NextResponse } from "next/server";
import { seeOther } from "@/server/http";
import { logger } from "@/server/logger";
import { MAX_UNSUBSCRIBE_TOKEN, unsubscribeFromDigests } from "@/server/settings/unsubscribe";

/**
 * One-click unsubscribe (RFC 8058): mail clients POST here with
 * `List-Unsubscribe=One-Click`; the footer link's page posts its form here too. No
 * sign-in: the signed token is the authority. A bad token gets a bare 404.
 */
export async function POST(req: Request) {
  const token = new URL(req.url).searchParams.get("token") ?? "";
  try {
    if (!(await unsubscribeFromDigests(token))) return new NextResponse("Not found", { status: 404 });
  } catch (error) {
    logger.error({ err: error }, "unsubscribe failed");
    return new NextResponse("Please try again.", { status: 503 });
  }
  // A person submitting the page's form goes back to it; a mail client needs only the 200.
  // The address is relative: one built from the request's own host breaks behind a
  // proxy or at another host name (and the CSP's form-action refuses it).
  if (req.headers.get("accept")?.includes("text/html")) return seeOther("/unsubscribe?done=1");
  return new NextResponse("Unsubscribed.", { status: 200 });
}

/**
 * Older mail clients open the List-Unsubscribe address in a browser (a GET), and
 * link scanners fetch it too: neither may unsubscribe anyone, so both are sent to
 * the page where a person confirms.
 */
export function GET(req: Request) {
  const token = new URL(req.url).searchParams.get("token") ?? "";
  return seeOther(
    token.length <= MAX_UNSUBSCRIBE_TOKEN ? `/unsubscribe?token=${encodeURIComponent(token)}` : "/unsubscribe",
  );
}

export const HEAD = GET;
