import { type NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { ActionError, toFieldErrors } from "@/server/action";
import { getCurrentUser } from "@/server/auth/session";
import { decodeText } from "@/server/data/contacts-import";
import { MAX_IMPORT_BYTES, readExportDocument } from "@/server/data/export-document";
import { importMap } from "@/server/data/import";
import { isSameOrigin } from "@/server/http";
import { logger } from "@/server/logger";

const query = z.object({
  mode: z.enum(["restore", "merge"], { error: "mode is restore or merge." }),
  commit: z.enum(["0", "1"], { error: "commit is 0 (preview) or 1." }).default("0"),
});

async function readBody(req: NextRequest): Promise<Uint8Array | null> {
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > MAX_IMPORT_BYTES) return null;
  const reader = req.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_IMPORT_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * Settings → "Import": the file as the body. `commit=0` answers what would be
 * created, updated and skipped; `commit=1` does it, all or nothing.
 */
export async function POST(req: NextRequest) {
  try {
    if (!isSameOrigin(req)) return NextResponse.json({ error: "Forbidden." }, { status: 403 });
    const user = await getCurrentUser();
    if (!user) return NextResponse.json({ error: "Sign in to continue." }, { status: 401 });
    const parsed = query.safeParse(Object.fromEntries(req.nextUrl.searchParams));
    if (!parsed.success)
      return NextResponse.json(
        { error: "Invalid request.", fieldErrors: toFieldErrors(parsed.error) },
        { status: 400 },
      );
    const bytes = await readBody(req);
    if (!bytes)
      return NextResponse.json(
        { error: `This file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, the most we import at once.` },
        { status: 413 },
      );
    if (!bytes.byteLength) return NextResponse.json({ error: "This file is empty." }, { status: 400 });
    const doc = readExportDocument(decodeText(bytes).text);
    const preview = await importMap(user.id, doc, parsed.data.mode, parsed.data.commit === "1");
    return NextResponse.json(preview, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    if (error instanceof ActionError) return NextResponse.json({ error: error.message }, { status: 400 });
    logger.error({ err: error }, "import failed");
    return NextResponse.json({ error: "Something went wrong on our side; nothing was imported." }, { status: 500 });
  }
}
