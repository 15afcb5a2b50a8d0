/**
 * The user's words as a Postgres prefix tsquery ("marg oka" → "marg:* & oka:*"),
 * so a partly typed name matches. Only letters and digits survive: nothing in it
 * can change the query's meaning. Null when nothing searchable is left.
 */
export function toPrefixTsQuery(input: string): string | null {
  const words =
    input
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const unique = [...new Set(words)].slice(0, 8);
  return unique.length ? unique.map((w) => `${w}:*`).join(" & ") : null;
}
