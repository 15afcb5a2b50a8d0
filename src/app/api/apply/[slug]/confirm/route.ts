import type { NextRequest } from "next/server";
import { confirmApplication } from "@/server/applications/apply";
import { isSameOrigin, seeOther } from "@/server/http";

/**
 * The applicant's confirmation, posted from the page the emailed link opens (a mail
 * scanner that follows the link confirms nothing): back to that page, saying how it went.
 */
export async function POST(req: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const page = `/apply/${encodeURIComponent(slug)}/confirm`;
  if (!isSameOrigin(req)) return seeOther(`${page}?result=invalid`);
  const form = await req.formData().catch(() => null);
  const confirmed = form ? await confirmApplication(slug, { token: form.get("token") }) : false;
  return seeOther(`${page}?result=${confirmed ? "confirmed" : "invalid"}`);
}
