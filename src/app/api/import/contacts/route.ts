import { importContacts, readContactsFile } from "@/server/import-export/contacts-import";
import { MAX_IMPORT_BYTES, TOO_LARGE } from "@/server/import-export/export-document";
import { importContactsSchema } from "@/server/import-export/import-export.schema";
import { authedPostRoute, RouteError } from "@/server/route";

/** Settings → "Import contacts": LinkedIn's Connections.csv or a vCard file, previewed, then imported all or nothing. */
export const POST = authedPostRoute(
  importContactsSchema,
  async (input, user, _req, form) => {
    const file = form?.get("file");
    if (!(file instanceof File)) throw new RouteError("Choose a file to import.", 400);
    if (file.size > MAX_IMPORT_BYTES) throw new RouteError(TOO_LARGE, 413);
    if (file.size === 0) throw new RouteError("This file is empty.", 400);
    const { read, notes, vcard } = await readContactsFile(user.id, new Uint8Array(await file.arrayBuffer()), file.name);
    const decisions = Object.fromEntries(Object.entries(input.decisions).map(([line, d]) => [Number(line), d]));
    return importContacts(user.id, read, {
      category: input.category,
      decisions,
      commit: input.commit === "1",
      notes,
      source: vcard ? "vCard" : "LinkedIn",
    });
  },
  {
    input: "form",
    // The form's other fields and its multipart framing come on top of the file.
    maxBytes: MAX_IMPORT_BYTES + 1_000_000,
    tooLarge: TOO_LARGE,
    failed: "Something went wrong on our side; nothing was imported.",
  },
);
