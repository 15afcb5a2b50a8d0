/** Links in notes may only go to the web or open mail: no javascript:, data:, file:, … */
export function safeLinkUrl(url: string): string | null {
  const trimmed = url.trim();
  if (/^(https?:|mailto:)/i.test(trimmed)) {
    try {
      const parsed = new URL(trimmed);
      return ["http:", "https:", "mailto:"].includes(parsed.protocol) ? parsed.toString() : null;
    } catch {
      return null;
    }
  }
  return null;
}

/** A profile's web address as a link: http and https only (an imported file could hold anything). */
export function safeWebUrl(url: string): string | null {
  const safe = safeLinkUrl(url);
  return safe && /^https?:/.test(safe) ? safe : null;
}
