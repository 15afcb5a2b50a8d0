import { NextResponse } from "next/server";
import { appUrl } from "@/server/env";
import { logger } from "@/server/logger";
import { calendarFeed } from "@/server/reminders/calendar-feed";

/** The secret-token ICS feed (`/api/calendar/<token>.ics`): no sign-in; a wrong or rotated token gets a bare 404. */
export async function GET(_req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  try {
    const baseUrl = appUrl();
    const ics = await calendarFeed(token.replace(/\.ics$/, ""), baseUrl);
    if (!ics) return new NextResponse("Not found", { status: 404 });
    return new NextResponse(ics, {
      headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "private, no-store" },
    });
  } catch (error) {
    logger.error({ err: error }, "calendar feed failed");
    return new NextResponse("Please try again later.", { status: 503 });
  }
}
