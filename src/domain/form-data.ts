/**
 * FormData → a plain object for zod to parse. A key sent more than once, or
 * ending in "[]", becomes an array; nothing here is trusted: the schema decides
 * what survives.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [rawKey, value] of formData.entries()) {
    if (rawKey.startsWith("$ACTION")) continue; // Next's own fields
    if (typeof value !== "string") continue; // files are handled by their own routes
    const isArray = rawKey.endsWith("[]");
    const key = isArray ? rawKey.slice(0, -2) : rawKey;
    const existing = out[key];
    if (isArray || existing !== undefined) {
      out[key] = Array.isArray(existing) ? [...existing, value] : existing === undefined ? [value] : [existing, value];
    } else {
      out[key] = value;
    }
  }
  return out;
}
