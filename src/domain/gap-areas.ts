/** Gap areas: where mentorship would accelerate growth. */

export const SUGGESTED_GAP_AREAS: readonly { name: string; hint: string }[] = [
  { name: "Technical skills", hint: "The craft itself: tools, methods, depth." },
  { name: "Leadership capabilities", hint: "Leading people and teams, making decisions." },
  { name: "Industry knowledge", hint: "How your industry works and where it is going." },
  { name: "Functional expertise", hint: "A discipline next to yours: finance, product, sales…" },
  { name: "Soft skills", hint: "Communication, influence, negotiation." },
  { name: "Career navigation", hint: "Choices, moves, sponsorship and visibility." },
  { name: "Life integration", hint: "Energy, family, health and work together." },
];

export const MAX_GAP_AREAS = 12;
export const RECOMMENDED_AREAS = { min: 5, max: 7 } as const;
export const GAP_AREA_NAME_MAX = 80;

/** Advice on the number of areas: 5–7 is recommended, never required. */
export function areaCountAdvice(count: number): string | null {
  if (count === 0) return "Choose at least one area to start your map.";
  if (count < RECOMMENDED_AREAS.min)
    return `${count} ${count === 1 ? "area" : "areas"} chosen: 5–7 is recommended, so the map shows where you are thin.`;
  if (count > RECOMMENDED_AREAS.max)
    return `${count} areas chosen: 5–7 is recommended, so each area gets real attention.`;
  return null;
}

/** Names compare without case or surrounding space: "Leadership" and " leadership" are one area. */
export const areaNameKey = (name: string) => name.trim().toLocaleLowerCase();

/** The names that appear more than once, as typed first. */
export function duplicateAreaNames(names: string[]): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const n of names) {
    const key = areaNameKey(n);
    if (seen.has(key)) dupes.add(n.trim());
    seen.add(key);
  }
  return [...dupes];
}
