/**
 * The user's words as a Postgres prefix tsquery ("marg oka" → "marg:* & oka:*"),
 * so a partly typed name matches. Only letters and digits survive: nothing in it
 * can change the query's meaning. Null when nothing searchable is left.
 */
export function toPrefixTsQuery(input: string): string | null {
  const unique = [...new Set(searchWords(input))].slice(0, 8);
  return unique.length ? unique.map((w) => `${w}:*`).join(" & ") : null;
}

/** The words of `text` for a search: letters and digits only, lower case, in order. */
export function searchWords(text: string): string[] {
  return (
    text
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}
