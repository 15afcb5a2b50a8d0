import { type NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { ActionError, toFieldErrors } from "@/server/action";
import { getCurrentUser } from "@/server/auth/session";
import { importContacts, readContactsFile } from "@/server/data/contacts-import";
import { MAX_IMPORT_BYTES } from "@/server/data/export-document";
import { isSameOrigin } from "@/server/http";
import { logger } from "@/server/logger";
import { category } from "@/server/mentors/mentors.schema";

const form = z.object({
  commit: z.enum(["0", "1"], { error: "commit is 0 (preview) or 1." }).default("0"),
  category: category.default("PEER"),
  /** For each duplicate (by line): skip it, fill in the existing mentor, or add a second person. */
  decisions: z
    .string()
    .max(2_000_000)
    .default("{}")
    .transform((v, ctx) => {
      try {
        return z.record(z.string().regex(/^\d+$/), z.enum(["skip", "update", "add"])).parse(JSON.parse(v));
      } catch {
        ctx.addIssue({ code: "custom", message: "The choices for duplicates could not be read." });
        return z.NEVER;
      }
    }),
});

/** Settings → "Import contacts": LinkedIn's Connections.csv or a vCard file, previewed, then imported all or nothing. */
export async function POST(req: NextRequest) {
  try {
    if (!isSameOrigin(req)) return NextResponse.json({ error: "Forbidden." }, { status: 403 });
    const user = await getCurrentUser();
    if (!user) return NextResponse.json({ error: "Sign in to continue." }, { status: 401 });
    if (Number(req.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES + 1_000_000) {
      return NextResponse.json(
        { error: `This file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, the most we import at once.` },
        { status: 413 },
      );
    }
    const data = await req.formData().catch(() => null);
    if (!data) return NextResponse.json({ error: "Send the file as a form upload." }, { status: 400 });
    const file = data.get("file");
    if (!(file instanceof File))
      return NextResponse.json(
        { error: "Choose a file to import.", fieldErrors: { file: ["Choose a file to import."] } },
        { status: 400 },
      );
    if (file.size > MAX_IMPORT_BYTES)
      return NextResponse.json(
        { error: `This file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, the most we import at once.` },
        { status: 413 },
      );
    if (file.size === 0) return NextResponse.json({ error: "This file is empty." }, { status: 400 });
    const parsed = form.safeParse(Object.fromEntries([...data.entries()].filter(([k]) => k !== "file")));
    if (!parsed.success)
      return NextResponse.json(
        { error: "Invalid request.", fieldErrors: toFieldErrors(parsed.error) },
        { status: 400 },
      );
    const bytes = new Uint8Array(await file.arrayBuffer());
    const { read, notes, vcard } = await readContactsFile(user.id, bytes, file.name);
    const decisions = Object.fromEntries(Object.entries(parsed.data.decisions).map(([line, d]) => [Number(line), d]));
    const preview = await importContacts(user.id, read, {
      category: parsed.data.category,
      decisions,
      commit: parsed.data.commit === "1",
      notes,
      source: vcard ? "vCard" : "LinkedIn",
    });
    return NextResponse.json(preview, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    if (error instanceof ActionError) return NextResponse.json({ error: error.message }, { status: 400 });
    logger.error({ err: error }, "contacts import failed");
    return NextResponse.json({ error: "Something went wrong on our side; nothing was imported." }, { status: 500 });
  }
}
