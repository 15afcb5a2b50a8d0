/** Whether every field of `wanted` is already so in `here` (dates by instant, lists by content). */
export function sameFields(here: object, wanted: object) {
  // JSON values by content: Postgres's jsonb keeps object keys in an order of its own.
  const stable = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(stable)
      : v && typeof v === "object" && !(v instanceof Date)
        ? Object.fromEntries(
            Object.entries(v)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, x]) => [k, stable(x)]),
          )
        : v;
  const plain = (v: unknown) =>
    v instanceof Date ? v.toISOString() : v && typeof v === "object" ? JSON.stringify(stable(v)) : (v ?? null);
  return Object.entries(wanted).every(([key, value]) => plain((here as Record<string, unknown>)[key]) === plain(value));
}
