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

/**
 * The first place in `value` holding U+0000 ("areas.2.name"), or null. PostgreSQL's
 * text cannot store that character, so input carrying it is refused by field
 * instead of failing at the database.
 */
export function nullCharacterPath(value: unknown, path: (string | number)[] = [], depth = 0): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path.join(".") || "_form" : null;
  if (depth > 32 || typeof value !== "object" || value === null) return null;
  for (const [key, item] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
    if (typeof key === "string" && key.includes("\u0000"))
      return [...path, key.replaceAll("\u0000", "")].join(".") || "_form";
    const found = nullCharacterPath(item, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

export const NULL_CHARACTER_MESSAGE =
  "This contains a null character (U+0000), which can't be saved: remove it and try again.";

/** Field errors for input holding U+0000 (keyed by its top-level field, as zod's are), or null. */
export function nullCharacterErrors(value: unknown): Record<string, string[]> | null {
  const path = nullCharacterPath(value);
  return path ? { [path.split(".")[0]!]: [NULL_CHARACTER_MESSAGE] } : null;
}
