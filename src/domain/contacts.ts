import type { Day } from "./calendar";

/** A person read from a contacts file (LinkedIn's Connections.csv, a vCard file), with the line it came from. */
export type Contact = {
  line: number;
  name: string;
  email: string | null;
  linkedinUrl: string | null;
  organisation: string | null;
  headline: string | null;
  connectedOn: Day | null;
  /** vCards only: a web site, a place, and what else the card said (its NOTE, phones, other addresses). */
  websiteUrl?: string | null;
  location?: string | null;
  notes?: string | null;
};
export type ContactProblem = { line: number; message: string };

export const LINKEDIN_COLUMNS = [
  "First Name",
  "Last Name",
  "URL",
  "Email Address",
  "Company",
  "Position",
  "Connected On",
] as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** "12 Mar 2024" (LinkedIn's) or an ISO day, as a day; read by hand, as a big file has thousands. */
export function parseConnectedOn(value: string): Day | null {
  const v = value.trim();
  const linkedIn = /^(\d{1,2}) ([A-Za-z]{3}) (\d{4})$/.exec(v);
  const day = linkedIn
    ? `${linkedIn[3]}-${String(MONTHS.indexOf(linkedIn[2]!.toLowerCase()) + 1).padStart(2, "0")}-${linkedIn[1]!.padStart(2, "0")}`
    : v;
  // A real calendar day (no 31 February), checked without a date library: thousands of rows.
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!parts) return null;
  const [y, m, d] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y > 1990 && y < 2200 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? day : null;
}

/** One LinkedIn row as a contact, or what is wrong with it. */
export function linkedInContact(row: Record<string, string>, line: number): Contact | ContactProblem {
  const get = (column: string) => (row[column] ?? "").trim();
  const name = [get("First Name"), get("Last Name")].filter(Boolean).join(" ").slice(0, 200);
  if (!name) return { line, message: "No first or last name." };
  const email = get("Email Address").toLowerCase();
  if (email && !EMAIL.test(email)) return { line, message: `"${email}" is not an email address.` };
  const url = get("URL");
  if (url && !/^https?:\/\//i.test(url))
    return { line, message: `The URL "${url.slice(0, 80)}" is not a web address.` };
  const connected = get("Connected On");
  const connectedOn = connected ? parseConnectedOn(connected) : null;
  if (connected && !connectedOn)
    return { line, message: `"Connected On" is not a date like 12 Mar 2024: "${connected.slice(0, 40)}".` };
  return {
    line,
    name,
    email: email || null,
    linkedinUrl: url ? url.slice(0, 500) : null,
    organisation: get("Company").slice(0, 200) || null,
    headline: get("Position").slice(0, 200) || null,
    connectedOn,
  };
}

/** The same LinkedIn profile however the URL was written (scheme, www, case, trailing slash, query). */
export function linkedInKey(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^www\./, "").toLowerCase()}${decodeURIComponent(u.pathname).replace(/\/+$/, "").toLowerCase()}`;
  } catch {
    return null;
  }
}

const nameKey = (name: string) => name.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();

export type Existing = { id: string; name: string; email: string | null; linkedinUrl: string | null };
export type DuplicateOf = { id: string | null; name: string; by: "email" | "LinkedIn URL" | "name"; line?: number };

/**
 * Finds who a contact already is: a mentor on the map (by email, then LinkedIn URL,
 * then name), or an earlier row of the same file. Add each contact after checking it.
 */
export function duplicateFinder(existing: Existing[]) {
  const byEmail = new Map<string, DuplicateOf>();
  const byUrl = new Map<string, DuplicateOf>();
  const byName = new Map<string, DuplicateOf>();
  const index = (c: { email: string | null; linkedinUrl: string | null; name: string }, as: DuplicateOf) => {
    if (c.email && !byEmail.has(c.email.toLowerCase())) byEmail.set(c.email.toLowerCase(), { ...as, by: "email" });
    const url = linkedInKey(c.linkedinUrl);
    if (url && !byUrl.has(url)) byUrl.set(url, { ...as, by: "LinkedIn URL" });
    if (!byName.has(nameKey(c.name))) byName.set(nameKey(c.name), { ...as, by: "name" });
  };
  for (const m of existing) index(m, { id: m.id, name: m.name, by: "name" });
  return {
    find(c: Contact): DuplicateOf | null {
      const url = linkedInKey(c.linkedinUrl);
      return (c.email && byEmail.get(c.email)) || (url && byUrl.get(url)) || byName.get(nameKey(c.name)) || null;
    },
    /** A new person from the file. */
    add(c: Contact) {
      index(c, { id: null, name: c.name, by: "name", line: c.line });
    },
    /** A row that is someone already found: later rows with its email or URL are them too. */
    alias(c: Contact, of: DuplicateOf) {
      index(c, of);
    },
  };
}
