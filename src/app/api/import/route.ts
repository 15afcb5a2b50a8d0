import type { NextRequest } from "next/server";
import { decodeText } from "@/server/import-export/contacts-import";
import { MAX_IMPORT_BYTES, readExportDocument, TOO_LARGE } from "@/server/import-export/export-document";
import { importMapSchema } from "@/server/import-export/import-export.schema";
import { importMap } from "@/server/import-export/map-import";
import { authedPostRoute, RouteError } from "@/server/route";

/** The body as it streams in, refused as soon as it passes the limit (a missing or false Content-Length included). */
async function readBody(req: NextRequest): Promise<Uint8Array> {
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
      throw new RouteError(TOO_LARGE, 413);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * Settings → "Import": the file as the body. `commit=0` answers what would be
 * created, updated and skipped; `commit=1` does it, all or nothing.
 */
export const POST = authedPostRoute(
  importMapSchema,
  async ({ mode, commit }, user, req) => {
    const bytes = await readBody(req);
    if (!bytes.byteLength) throw new RouteError("This file is empty.", 400);
    const doc = readExportDocument(decodeText(bytes).text);
    return importMap(user.id, doc, mode, commit === "1");
  },
  {
    input: "query",
    maxBytes: MAX_IMPORT_BYTES,
    tooLarge: TOO_LARGE,
    failed: "Something went wrong on our side; nothing was imported.",
  },
);
