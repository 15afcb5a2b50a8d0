/**
 * What the phone's share sheet sends to "Add prospect" (the Web Share Target in the
 * manifest: title, text, url) → the form's name, role and address. A LinkedIn page's
 * title reads "Ada Okafor - VP Engineering - Contoso | LinkedIn"; many apps put the
 * address in the text instead of the url.
 */
export type SharedProspect = { name?: string; headline?: string; linkedinUrl?: string; websiteUrl?: string };

const firstUrl = (text: string) => /https?:\/\/[^\s<>"]+/i.exec(text)?.[0];

function webAddress(raw: string | undefined): URL | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw.trim());
    return url.protocol === "https:" || url.protocol === "http:" ? url : undefined;
  } catch {
    return undefined;
  }
}

export function sharedProspect(params: { title?: string; text?: string; url?: string }): SharedProspect {
  const url = webAddress(params.url) ?? webAddress(firstUrl(params.text ?? ""));
  const out: SharedProspect = {};
  if (url) {
    const address = url.toString().slice(0, 500);
    if (/(^|\.)linkedin\.com$/i.test(url.hostname)) out.linkedinUrl = address;
    else out.websiteUrl = address;
  }
  const title = (params.title ?? "").replace(/\s*\|\s*LinkedIn\s*$/i, "").trim();
  if (title && !webAddress(title)) {
    const [name, ...rest] = title.split(/\s+[-–|]\s+/);
    out.name = name!.slice(0, 200);
    if (rest.length) out.headline = rest.join(", ").slice(0, 200);
  }
  return out;
}
