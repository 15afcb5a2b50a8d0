/**
 * Where to send the browser after sign-in: only ever our own origin. Relative
 * paths stay on it; absolute URLs must match it exactly; anything else (other
 * hosts, protocol-relative `//evil`, backslash tricks like `/\evil`) goes home.
 */
export function safeCallbackUrl(url: string, baseUrl: string): string {
  const base = new URL(baseUrl);
  let target: URL;
  try {
    // Browsers treat "\" like "/" in URLs; normalise before judging.
    target = new URL(url.replace(/\\/g, "/"), base);
  } catch {
    return base.origin;
  }
  if (target.origin !== base.origin) return base.origin;
  if (!["http:", "https:"].includes(target.protocol)) return base.origin;
  return target.toString();
}
