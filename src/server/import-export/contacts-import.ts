import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { dayToDate } from "@/domain/calendar";
import {
  type Contact,
  type ContactProblem,
  type DuplicateOf,
  duplicateFinder,
  LINKEDIN_COLUMNS,
  linkedInContact,
} from "@/domain/contacts";
import { readVCardText } from "@/domain/vcard";
import type { MentorCategory } from "@/generated/prisma/enums";
import { ActionError } from "../action";
import { db } from "../db";
import { lockUser } from "../ownership";

/** Bytes as text: UTF-8 (a byte-order mark is fine) or UTF-16 with its mark; anything else is refused by name. */
export function decodeText(bytes: Uint8Array): { text: string; note: string | null } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), note: "The file was read as UTF-16." };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), note: "The file was read as UTF-16." };
  // A NUL early on means a binary file; in a vCard file it is one bad card, reported on its line (src/domain/vcard.ts).
  const vcard = /^(\uFEFF)?\s*BEGIN:VCARD/i.test(new TextDecoder("utf-8").decode(bytes.subarray(0, 64)));
  if (!vcard && bytes.subarray(0, 8000).includes(0)) {
    throw new ActionError(
      "This is not a text file (an image, a spreadsheet or a PDF?). Upload the CSV or JSON file itself.",
    );
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, ""), note: null };
  } catch {
    throw new ActionError(
      "This file is not UTF-8: it looks like Windows-1252 or another older encoding, which would garble accented names. Save it as “CSV UTF-8” and upload it again.",
    );
  }
}

/**
 * LinkedIn's Connections.csv: a few "Notes:" lines, then the header
 * `First Name,Last Name,URL,Email Address,Company,Position,Connected On`, then a row
 * per connection. Parsed as a stream, a row at a time; each bad row is reported
 * with its line number and the rest still read.
 */
export async function readLinkedInCsv(text: string): Promise<{ contacts: Contact[]; problems: ContactProblem[] }> {
  if (text.includes("\u0000"))
    throw new ActionError("This is not a text file. Upload the Connections.csv from LinkedIn's data export.");
  // The header is within the first few lines (after LinkedIn's notes): only those are split off.
  const lines = text.slice(0, 20_000).split(/\r\n|\n|\r/);
  const headerIndex = (text.length > 20_000 ? lines.slice(0, -1) : lines).findIndex((l) =>
    /^\uFEFF?"?First Name"?\s*,/i.test(l.trim()),
  );
  if (headerIndex < 0) {
    if (!text.trim()) throw new ActionError("This file is empty.");
    if (/^\s*[[{]/.test(text))
      throw new ActionError(
        "This is a JSON file, not LinkedIn's CSV: import a Mentor Map export with “Import a Mentor Map export” instead.",
      );
    throw new ActionError(
      `This does not look like LinkedIn's Connections.csv: no header line starting “First Name, Last Name”. Its columns are ${LINKEDIN_COLUMNS.join(", ")}.`,
    );
  }
  const header = (await parseAll(lines[headerIndex]!))[0] ?? [];
  const missing = LINKEDIN_COLUMNS.filter((c) => !header.some((h) => h.trim().toLowerCase() === c.toLowerCase()));
  if (missing.length)
    throw new ActionError(
      `The header is missing ${missing.length === 1 ? "a column" : "columns"}: ${missing.join(", ")}.`,
    );

  const contacts: Contact[] = [];
  const problems: ContactProblem[] = [];
  const headerOffset = lines.slice(0, headerIndex).reduce((at, line) => text.indexOf(line, at) + line.length, 0);
  const fromHeader = text.slice(text.indexOf(lines[headerIndex]!, headerOffset));
  const parser = Readable.from([fromHeader]).pipe(
    parse({
      columns: (h: string[]) =>
        h.map((c) => LINKEDIN_COLUMNS.find((k) => k.toLowerCase() === c.trim().toLowerCase()) ?? c),
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      relax_quotes: true,
      bom: true,
    }),
  );
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      const line = headerIndex + info.lines;
      const read = linkedInContact(record, line);
      if ("message" in read) problems.push(read);
      else contacts.push(read);
    }
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new ActionError(
      `The CSV could not be read${line ? ` at line ${headerIndex + line}` : ""}: ${(error as Error).message}`,
    );
  }
  return { contacts, problems };
}

/** A vCard file (2.1, 3.0 or 4.0): src/domain/vcard.ts. What the cards said that no field keeps is named in the preview. */
export function readVCards(text: string): Read & { notes: string[] } {
  const { contacts, problems, notKept } = readVCardText(text);
  if (!contacts.length && !problems.length)
    throw new ActionError("This vCard file has no cards (BEGIN:VCARD … END:VCARD).");
  const dropped = Object.entries(notKept).sort((a, b) => b[1] - a[1]);
  const notes = dropped.length
    ? [
        `Not kept from the cards: ${dropped.map(([name, n]) => `${name} (${n} ${n === 1 ? "card" : "cards"})`).join(", ")}. Names, email addresses, phones, links, organisation, title, address and notes are kept.`,
      ]
    : [];
  return { contacts, problems, notes };
}

async function parseAll(text: string): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const r of Readable.from([text]).pipe(parse({ relax_column_count: true, relax_quotes: true, bom: true })))
    rows.push(r as string[]);
  return rows;
}

type Read = { contacts: Contact[]; problems: ContactProblem[] };

/**
 * The files read lately, by user and content: the commit that follows a preview
 * (the same file, sent again) does not parse it again. A few entries, a few minutes.
 */
const recentlyRead = new Map<string, { read: Read; notes: string[]; vcard: boolean; at: number }>();
const KEEP_MS = 10 * 60_000;
const KEEP_FILES = 8;

/** A LinkedIn CSV or a vCard file (told apart by content, then name), read once per preview-and-commit. */
export async function readContactsFile(userId: string, bytes: Uint8Array, fileName: string) {
  const key = `${userId}:${createHash("sha256").update(bytes).digest("hex")}:${fileName.toLowerCase().endsWith(".vcf")}`;
  const now = Date.now();
  for (const [k, v] of recentlyRead) if (now - v.at > KEEP_MS) recentlyRead.delete(k);
  const kept = recentlyRead.get(key);
  if (kept) return kept;
  const { text, note } = decodeText(bytes);
  const vcard = /^\s*BEGIN:VCARD/i.test(text) || /\.(vcf|vcard)$/i.test(fileName);
  const { notes: readNotes = [], ...read }: Read & { notes?: string[] } = vcard
    ? readVCards(text)
    : await readLinkedInCsv(text);
  const entry = { read, notes: [...(note ? [note] : []), ...readNotes], vcard, at: now };
  if (recentlyRead.size >= KEEP_FILES) recentlyRead.delete(recentlyRead.keys().next().value!);
  recentlyRead.set(key, entry);
  return entry;
}

export type ContactsPreview = {
  total: number;
  newCount: number;
  duplicates: { line: number; name: string; email: string | null; of: DuplicateOf }[];
  problems: ContactProblem[];
  notes: string[];
};
export type Decision = "skip" | "update" | "add";

/**
 * What importing these contacts would do, and with `commit` does, in one
 * transaction: new people become Prospects of `category` with their connection
 * date; a duplicate is skipped unless the user chose "update" (fills in what the
 * mentor lacks) or "add" (a second person of that name); duplicates within the
 * file are skipped.
 */
export async function importContacts(
  userId: string,
  read: { contacts: Contact[]; problems: ContactProblem[] },
  options: {
    category: MentorCategory;
    decisions?: Record<number, Decision>;
    commit: boolean;
    notes?: string[];
    source?: "LinkedIn" | "vCard";
  },
): Promise<ContactsPreview> {
  const run = async (tx: Parameters<Parameters<typeof db.$transaction>[0]>[0]) => {
    await lockUser(tx, userId);
    const existing = await tx.mentor.findMany({
      where: { userId, deletedAt: null },
      select: { id: true, name: true, email: true, linkedinUrl: true },
    });
    const finder = duplicateFinder(existing);
    const creates: Contact[] = [];
    const updates: { id: string; contact: Contact }[] = [];
    const duplicates: ContactsPreview["duplicates"] = [];
    for (const contact of read.contacts) {
      const of = finder.find(contact);
      if (!of) {
        creates.push(contact);
        finder.add(contact);
        continue;
      }
      duplicates.push({ line: contact.line, name: contact.name, email: contact.email, of });
      finder.alias(contact, of);
      const decision = of.id ? (options.decisions?.[contact.line] ?? "skip") : "skip";
      if (decision === "add") creates.push(contact);
      if (decision === "update" && of.id) updates.push({ id: of.id, contact });
    }
    if (options.commit) {
      const now = new Date();
      const howWeMet = options.source === "vCard" ? "vCard import" : "LinkedIn";
      const rows = creates.map((c) => ({ ...c, howWeMet }));
      // One INSERT of arrays per 5,000 people. (Their timeline's "added as Prospect" is
      // the record's own creation, with "how we met" saying where they came from.)
      for (let i = 0; i < rows.length; i += 5_000) {
        const chunk = rows.slice(i, i + 5_000);
        const ids = chunk.map(() => `c${randomUUID().replace(/-/g, "")}`);
        await tx.$executeRaw`
          INSERT INTO "Mentor" ("id", "userId", "name", "email", "linkedinUrl", "websiteUrl", "organisation", "headline", "location", "notes", "connectedOn", "category", "stage", "howWeMet", "updatedAt")
          SELECT x.id, ${userId}, x.name, x.email, x.url, x.site, x.org, x.headline, x.location, coalesce(x.notes, ''), x.connected, ${options.category}::"MentorCategory", 'PROSPECT', ${chunk[0]!.howWeMet}, ${now}
          FROM unnest(${ids}::text[], ${chunk.map((r) => r.name)}::text[], ${chunk.map((r) => r.email)}::text[], ${chunk.map((r) => r.linkedinUrl)}::text[],
                      ${chunk.map((r) => r.websiteUrl ?? null)}::text[], ${chunk.map((r) => r.organisation)}::text[], ${chunk.map((r) => r.headline)}::text[],
                      ${chunk.map((r) => r.location ?? null)}::text[], ${chunk.map((r) => r.notes ?? null)}::text[], ${chunk.map((r) => r.connectedOn)}::date[])
            AS x(id, name, email, url, site, org, headline, location, notes, connected)`;
      }
      for (const { id, contact } of updates) {
        const mentor = await tx.mentor.findFirstOrThrow({
          where: { id, userId },
          select: {
            email: true,
            linkedinUrl: true,
            websiteUrl: true,
            organisation: true,
            headline: true,
            location: true,
            notes: true,
            connectedOn: true,
          },
        });
        await tx.mentor.update({
          where: { id, userId },
          data: {
            email: mentor.email ?? contact.email,
            linkedinUrl: mentor.linkedinUrl ?? contact.linkedinUrl,
            organisation: mentor.organisation ?? contact.organisation,
            headline: mentor.headline ?? contact.headline,
            websiteUrl: mentor.websiteUrl ?? contact.websiteUrl ?? null,
            location: mentor.location ?? contact.location ?? null,
            notes: mentor.notes || contact.notes || "",
            connectedOn: mentor.connectedOn ?? (contact.connectedOn ? dayToDate(contact.connectedOn) : null),
          },
        });
      }
    }
    return {
      total: read.contacts.length + read.problems.length,
      newCount: creates.length,
      duplicates,
      problems: read.problems,
      notes: options.notes ?? [],
    };
  };
  return options.commit ? db.$transaction(run, { timeout: 120_000, maxWait: 10_000 }) : db.$transaction(run);
}
