import type { Contact, ContactProblem } from "./contacts";

/**
 * vCard 2.1, 3.0 and 4.0 as phones and address books write them (Apple, Outlook,
 * Android, Google), read by hand: the one parser in the registry that reads 2.1
 * does not read 4.0, and ical.js refuses 2.1's bare parameters
 * (`EMAIL;INTERNET;PREF:…`), which lost people. Each card is read on its own, so
 * one broken card is a problem on its line and the rest are still read; nothing a
 * card says is dropped without the preview saying so.
 */
export type VCardRead = { contacts: Contact[]; problems: ContactProblem[]; notKept: Record<string, number> };

type Line = { name: string; params: Map<string, string[]>; value: string };

/** Properties that describe the card, not the person: never worth a mention. */
const STRUCTURE = new Set([
  "BEGIN",
  "END",
  "VERSION",
  "PRODID",
  "UID",
  "REV",
  "KIND",
  "N",
  "FN",
  "X-ABUID",
  "CATEGORIES",
]);
const KEPT = new Set(["EMAIL", "TEL", "URL", "ORG", "TITLE", "NOTE", "ADR"]);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const NOTES_MAX = 20_000;

export function readVCardText(text: string): VCardRead {
  const lines = text.split(/\r\n|\n|\r/);
  const contacts: Contact[] = [];
  const problems: ContactProblem[] = [];
  const notKept: Record<string, number> = {};
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    const upper = lines[i]!.trim().toUpperCase();
    if (upper === "BEGIN:VCARD") start = i;
    if (upper !== "END:VCARD" || start < 0) continue;
    const lineNo = start + 1;
    const raw = lines.slice(start, i + 1);
    start = -1;
    if (raw.some((l) => l.includes("\u0000"))) {
      problems.push({
        line: lineNo,
        message: "This card contains a NUL character (byte 0), which no name or note can hold; it was not imported.",
      });
      continue;
    }
    try {
      const read = cardToContact(contentLines(raw), lineNo);
      if ("message" in read) problems.push(read);
      else {
        contacts.push(read.contact);
        for (const name of read.notKept) notKept[name] = (notKept[name] ?? 0) + 1;
      }
    } catch (error) {
      problems.push({
        line: lineNo,
        message: `This card could not be read: ${(error as Error).message.slice(0, 120)}`,
      });
    }
  }
  return { contacts, problems, notKept };
}

/** Unfolds continuation lines (a leading space or tab) and quoted-printable soft breaks, then parses each. */
function contentLines(raw: string[]): Line[] {
  const joined: string[] = [];
  for (const line of raw) {
    const previous = joined.length - 1;
    if (/^[ \t]/.test(line) && previous >= 0) joined[previous] += line.slice(1);
    else if (previous >= 0 && isQuotedPrintable(joined[previous]!) && joined[previous]!.endsWith("="))
      joined[previous] = joined[previous]!.slice(0, -1) + line;
    else joined.push(line);
  }
  return joined.filter((l) => l.trim()).map(parseLine);
}

const isQuotedPrintable = (line: string) => /^[^:]*;(ENCODING=)?QUOTED-PRINTABLE[;:]/i.test(line);

/** `[group.]NAME;PARAM=a,b;BARE:value`: a colon inside a quoted parameter value does not end the name. */
function parseLine(line: string): Line {
  let colon = -1;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    if (line[i] === ":" && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon < 0) throw new Error(`"${line.slice(0, 40)}" has no colon`);
  const [head, ...rawParams] = line.slice(0, colon).split(";");
  const name = head!.replace(/^[^.]*\./, "").toUpperCase();
  const params = new Map<string, string[]>();
  for (const p of rawParams) {
    const eq = p.indexOf("=");
    // vCard 2.1 writes bare values (`EMAIL;INTERNET;PREF`, `QUOTED-PRINTABLE`): they are TYPE, or ENCODING.
    const key =
      eq < 0
        ? /^(QUOTED-PRINTABLE|BASE64|8BIT|7BIT|B)$/i.test(p)
          ? "ENCODING"
          : "TYPE"
        : p.slice(0, eq).toUpperCase();
    const values = (eq < 0 ? p : p.slice(eq + 1)).split(",").map((v) => v.replace(/^"|"$/g, "").trim().toLowerCase());
    params.set(key, [...(params.get(key) ?? []), ...values]);
  }
  let value = line.slice(colon + 1);
  if (params.get("ENCODING")?.includes("quoted-printable"))
    value = decodeQuotedPrintable(value, params.get("CHARSET")?.[0]);
  return { name, params, value };
}

function decodeQuotedPrintable(value: string, charset = "utf-8"): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    if (value[i] === "=" && /^[0-9A-F]{2}$/i.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...new TextEncoder().encode(value[i]!));
  }
  try {
    return new TextDecoder(charset).decode(new Uint8Array(bytes));
  } catch {
    return new TextDecoder("utf-8").decode(new Uint8Array(bytes));
  }
}

/** A structured value's components (`;`-separated, `\;` kept), each unescaped. */
function components(value: string): string[] {
  return value.split(/(?<!\\);/).map(unescapeText);
}

const unescapeText = (v: string) =>
  v.replace(/\\([nN,;\\])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c)).trim();

function cardToContact(lines: Line[], line: number): { contact: Contact; notKept: string[] } | ContactProblem {
  const all = (name: string) => lines.filter((l) => l.name === name);
  const first = (name: string) => all(name)[0];
  const n = first("N") ? components(first("N")!.value) : [];
  const fromN = [n[3], n[1], n[2], n[0], n[4]].filter((p) => p?.trim()).join(" ");
  const name = (unescapeText(first("FN")?.value ?? "") || fromN).replace(/\s+/g, " ").slice(0, 200);
  if (!name) return { line, message: "A card with no name (FN or N)." };

  const typed = (l: Line) => {
    const types = (l.params.get("TYPE") ?? []).filter((t) => !["internet", "pref", "voice", "x400"].includes(t));
    return types.length ? ` (${types.join(", ")})` : "";
  };
  const emails = all("EMAIL")
    .map((l) =>
      unescapeText(l.value)
        .replace(/^mailto:/i, "")
        .toLowerCase(),
    )
    .filter(Boolean);
  const valid = emails.filter((e) => EMAIL.test(e));
  const phones = all("TEL")
    .map((l) => `${unescapeText(l.value).replace(/^tel:/i, "")}${typed(l)}`)
    .filter((t) => t.trim());
  const urls = all("URL")
    .map((l) => unescapeText(l.value))
    .filter((u) => /^https?:\/\//i.test(u));
  const linkedinUrl = urls.find((u) => /linkedin\.com/i.test(u)) ?? null;
  const others = urls.filter((u) => u !== linkedinUrl);
  const adr = first("ADR") ? components(first("ADR")!.value) : [];
  const location = [adr[3], adr[4], adr[6]].filter((p) => p?.trim()).join(", ");

  const notes = [
    ...all("NOTE").map((l) => unescapeText(l.value)),
    phones.length ? `Phone: ${phones.join("; ")}` : "",
    emails.filter((e) => e !== valid[0]).length
      ? `Other email addresses: ${emails.filter((e) => e !== valid[0]).join(", ")}`
      : "",
    others.length > 1 ? `Links: ${others.slice(1).join(" ")}` : "",
  ].filter(Boolean);
  const notKept = [...new Set(lines.map((l) => l.name).filter((n) => !STRUCTURE.has(n) && !KEPT.has(n)))];
  return {
    contact: {
      line,
      name,
      email: valid[0] ?? null,
      linkedinUrl: linkedinUrl?.slice(0, 500) ?? null,
      websiteUrl: others[0]?.slice(0, 500) ?? null,
      organisation: components(first("ORG")?.value ?? "")[0]?.slice(0, 200) || null,
      headline: unescapeText(first("TITLE")?.value ?? "").slice(0, 200) || null,
      location: location.slice(0, 200) || null,
      notes: notes.join("\n\n").slice(0, NOTES_MAX) || null,
      connectedOn: null,
    },
    notKept,
  };
}
