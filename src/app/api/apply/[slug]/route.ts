import { type NextRequest, NextResponse } from "next/server";
import { submitApplication } from "@/server/applications/apply";
import { clientIp, isSameOrigin } from "@/server/http";
import { logger } from "@/server/logger";

/** Far above any honest application (five answers of 2,000 characters): read no further. */
const MAX_BODY_BYTES = 64 * 1024;

const json = (body: unknown, status: number) =>
  NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });

/** The body as text, refused past MAX_BODY_BYTES whatever the request declares. */
async function boundedText(req: NextRequest): Promise<string | null> {
  if (Number(req.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return null;
  const reader = req.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The public application form: the app's one write open to anyone, so no session,
 * but the same origin, a size limit, and everything else in submitApplication.
 */
export async function POST(req: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  if (!isSameOrigin(req)) return json({ error: "Send the form from its own page." }, 403);
  const { slug } = await params;
  try {
    const text = await boundedText(req);
    if (text === null) return json({ error: "That is too long to be an application." }, 413);
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch {
      return json({ error: "Invalid request." }, 400);
    }
    if (!input || typeof input !== "object" || Array.isArray(input)) return json({ error: "Invalid request." }, 400);
    const outcome = await submitApplication(slug.toLowerCase(), input as Record<string, unknown>, clientIp(req));
    return json(outcome.body, outcome.status);
  } catch (error) {
    logger.error({ err: error, slug }, "an application failed");
    return json({ error: "Something went wrong on our side. Please try again later." }, 500);
  }
}
