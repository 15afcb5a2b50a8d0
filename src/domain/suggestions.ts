import type { MentorCategory } from "@/generated/prisma/enums";
import { searchWords } from "./search";

// Who in the user's own network might fill a gap (an area × category): the words the
// ranking looks for, the seniority cues per category, and the reason each suggestion
// gives. The ranking itself is PostgreSQL's full-text search
// (src/server/suggestions/suggestions.queries.ts).

/** Words too common in profiles and headlines to say anything about fit. */
const STOP = new Set(
  "a an and are as at be been but by can for from has have he her his how i in into is it its me my of on or our she so than that the their them they this to was we were what when who why will with you your someone somebody person people who has had want need like would could should".split(
    " ",
  ),
);

/** The words of `text` worth matching: letters and digits, 3 or more, not stop words, in order, once each. */
export function keywords(text: string, max = 24): string[] {
  return [...new Set(searchWords(text).filter((w) => w.length >= 3 && !STOP.has(w)))].slice(0, max);
}

/**
 * What a suggestion for the cell is matched against: the dream-team profile written
 * for it first, then the area itself (its name and the guidance sought).
 */
export function gapSearchText(area: { name: string; guidanceSought: string }, profile: string): string {
  return [profile, area.name, area.guidanceSought].filter(Boolean).join(" ");
}

/**
 * How senior a headline reads, 0 (junior, student) to 3 (executive, founder); null
 * when it gives no cue. Deliberately coarse: a cue, not a judgement.
 */
export function seniority(headline: string | null | undefined): number | null {
  const h = ` ${(headline ?? "").toLowerCase()} `;
  if (!h.trim()) return null;
  if (
    /\b(chief|ceo|cto|cfo|coo|cpo|vp|vice president|svp|evp|president|founder|co-founder|partner|head of|director|professor|board)\b/.test(
      h,
    )
  )
    return 3;
  if (/\b(principal|staff|senior|sr|lead|manager|architect|consultant)\b/.test(h)) return 2;
  if (/\b(junior|jr|intern|student|graduate|apprentice|trainee|entry|assistant|associate)\b/.test(h)) return 0;
  return 1;
}

/**
 * A category's seniority cue for someone with `theirs` against the user's `mine`: a
 * sage reads more senior than the user, a reverse mentor less, a peer about level.
 * 1 when the cue fits, 0 when there is none or it does not.
 */
export function seniorityFit(category: MentorCategory, theirs: number | null, mine: number | null): number {
  if (theirs === null) return 0;
  const me = mine ?? 1;
  if (category === "SAGE") return theirs > me ? 1 : 0;
  if (category === "REVERSE") return theirs < me ? 1 : 0;
  if (category === "PEER") return Math.abs(theirs - me) <= 0 ? 1 : 0;
  return 0;
}

/** The category as the user's own words name a person in it. */
export const PERSON: Record<MentorCategory, string> = {
  SAGE: "sage",
  PEER: "peer",
  REVERSE: "reverse mentor",
  SPECIALIST: "specialist",
  ACCOUNTABILITY: "accountability partner",
};

const SENIORITY_REASON: Partial<Record<MentorCategory, string>> = {
  SAGE: "more senior than you",
  REVERSE: "earlier in their career than you",
  PEER: "at about your level",
};

export type SuggestionFacts = {
  headline: string | null;
  organisation: string | null;
  notes: string;
  tags: string[];
  /** A mentor already on the map who works at the same organisation. */
  colleague: { name: string; category: MentorCategory } | null;
  seniorityFits: boolean;
  archived: boolean;
};

/** A rough stem, so "scaling" finds "scale" and "scaled", "manager" "management": no ending, five letters at most. */
function stem(w: string) {
  const bare = w.replace(/(ments|ment|ings|ing|ers|er|ed|es|s|e)$/, "");
  return (bare.length >= 3 ? bare : w).slice(0, 5);
}

/**
 * Why someone is suggested, in a short sentence: the words of the profile they match
 * (headline, tags, organisation, notes), who on the map works with them, the seniority
 * cue. Null when nothing can be said (they are not suggested then).
 */
export function suggestionReason(words: string[], facts: SuggestionFacts, category: MentorCategory): string | null {
  const theirs = new Set(
    keywords(
      [facts.headline, facts.organisation, facts.notes, facts.tags.join(" ")].filter(Boolean).join(" "),
      400,
    ).map(stem),
  );
  const matched = words.filter((w) => theirs.has(stem(w))).slice(0, 3);
  const parts: string[] = [];
  if (matched.length) parts.push(`matches ${matched.map((w) => `‘${w}’`).join(", ")}`);
  if (facts.colleague && facts.organisation)
    parts.push(`works at ${facts.organisation} like your ${PERSON[facts.colleague.category]} ${facts.colleague.name}`);
  if (facts.seniorityFits && SENIORITY_REASON[category]) parts.push(`${SENIORITY_REASON[category]} by title`);
  if (!parts.length) return null;
  const sentence = parts.join("; ");
  return `${sentence[0]!.toUpperCase()}${sentence.slice(1)}${facts.archived ? " (archived contact)" : ""}.`;
}
