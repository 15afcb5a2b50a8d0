import "server-only";
import {
  gapSearchText,
  keywords,
  type SuggestionFacts,
  seniority,
  seniorityFit,
  suggestionReason,
} from "@/domain/suggestions";
import type { MentorCategory, MentorStage } from "@/generated/prisma/enums";
import { notFound } from "../action";
import { db } from "../db";
import { mapVersionCache } from "../map-version-cache";

/** Suggestions shown for one gap. */
export const SUGGESTIONS_PER_GAP = 5;
/** Full-text matches ranked before the seniority cues and colleagues re-order them. */
const RANKED = 40;
/**
 * The best matches read from "Mentor", before those already in the area or dismissed
 * are left out: ranking stays one pass over the documents, and probing 200 rows
 * costs little (only a network of which most of the best 200 already sit in this one
 * area would show fewer than five).
 */
const SHORTLIST = 200;

export type Suggestion = {
  id: string;
  name: string;
  headline: string | null;
  organisation: string | null;
  stage: MentorStage;
  archived: boolean;
  reason: string;
};

type Row = {
  rank: number;
  id: string;
  name: string;
  headline: string | null;
  organisation: string | null;
  notes: string;
  tags: string[];
  stage: MentorStage;
  archived: boolean;
  colleague_name: string | null;
  colleague_category: MentorCategory | null;
};

/**
 * Who among the user's own people might fill a gap (an area × category), best first,
 * each with the reason: prospects, imported connections and archived contacts not yet
 * in the area, ranked by PostgreSQL's full-text search of their headline, tags, notes
 * and organisation (weighted in that order) against the profile written for the gap
 * and the area, then by the category's seniority cue and a colleague already on the
 * map. Someone dismissed for this gap is never suggested for it again. Every table is
 * read by the user's id.
 */
export function suggestionsForGap(userId: string, gapAreaId: string, category: MentorCategory) {
  return suggestions.get(userId, `${gapAreaId}|${category}`, () => rankSuggestions(userId, gapAreaId, category));
}

/**
 * The last gap's suggestions per user, under the user's mapVersion: every write to what
 * they read moves it (mentors and their documents, gap areas, dream-team profiles, the
 * user's headline, dismissals: the suggestions_cached migration), so a repeat view
 * (back from a mentor's page, the page after adding one elsewhere) costs one small query.
 */
const suggestions = mapVersionCache<Suggestion[]>(100);

async function rankSuggestions(
  userId: string,
  gapAreaId: string,
  category: MentorCategory,
  limit = SUGGESTIONS_PER_GAP,
): Promise<Suggestion[]> {
  // The gap's words and the user's role, in one round trip.
  const [gap] = await db.$queryRaw<
    { name: string; guidanceSought: string; profile: string | null; headline: string | null }[]
  >`
    SELECT a."name", a."guidanceSought", s."profile", u."headline"
    FROM "GapArea" a JOIN "User" u ON u."id" = a."userId"
    LEFT JOIN "DreamTeamSlot" s ON s."gapAreaId" = a."id" AND s."userId" = a."userId" AND s."category" = ${category}::"MentorCategory"
    WHERE a."id" = ${gapAreaId} AND a."userId" = ${userId}`;
  if (!gap) throw notFound("Gap area");
  const words = keywords(gapSearchText(gap, gap.profile ?? ""));
  if (!words.length) return [];
  // The ranking reads the documents alone (the user's, to suggest, matching); only the
  // shortlist is read from "Mentor", each with a colleague at their organisation found
  // through "Mentor_user_organisation_idx". Only letters and digits reach to_tsquery:
  // nothing in it can change the query's meaning.
  const rows = await db.$queryRaw<Row[]>`
    WITH ranked AS (
      SELECT doc."mentorId" AS id, ts_rank(doc."document", q) AS rank
      FROM "MentorSuggestDocument" doc, to_tsquery('english', ${words.join(" | ")}) q
      WHERE doc."userId" = ${userId} AND doc."candidate" AND doc."document" @@ q
      ORDER BY rank DESC, doc."mentorId"
      LIMIT ${SHORTLIST}
    )
    SELECT r.rank, m."id", m."name", m."headline", m."organisation", m."notes", m."tags", m."stage",
      m."archivedAt" IS NOT NULL AS archived, col."name" AS colleague_name, col."category" AS colleague_category
    FROM ranked r JOIN "Mentor" m ON m."id" = r.id AND m."userId" = ${userId}
    LEFT JOIN LATERAL (
      SELECT c."name", c."category" FROM "Mentor" c
      WHERE c."userId" = ${userId} AND lower(c."organisation") = lower(m."organisation")
        AND c."deletedAt" IS NULL AND c."archivedAt" IS NULL AND c."stage" IN ('IN_CONVERSATION', 'ACTIVE')
      ORDER BY lower(c."name") LIMIT 1
    ) col ON true
    WHERE NOT EXISTS (SELECT 1 FROM "MentorGapArea" mg
        WHERE mg."mentorId" = m."id" AND mg."gapAreaId" = ${gapAreaId} AND mg."userId" = ${userId})
      AND NOT EXISTS (SELECT 1 FROM "DismissedSuggestion" d
        WHERE d."userId" = ${userId} AND d."gapAreaId" = ${gapAreaId}
          AND d."category" = ${category}::"MentorCategory" AND d."mentorId" = m."id")
    ORDER BY r.rank DESC, r.id
    LIMIT ${RANKED}`;
  const mine = seniority(gap.headline);
  return rows
    .flatMap((m) => {
      const fits = seniorityFit(category, seniority(m.headline), mine) === 1;
      const colleague = m.colleague_name ? { name: m.colleague_name, category: m.colleague_category! } : null;
      const facts: SuggestionFacts = {
        headline: m.headline,
        organisation: m.organisation,
        notes: m.notes,
        tags: m.tags,
        colleague,
        seniorityFits: fits,
        archived: m.archived,
      };
      const reason = suggestionReason(words, facts, category);
      // Text fit first; a fitting title and a colleague on the map each count as much as a strong match.
      const score = Number(m.rank) + (fits ? 0.1 : 0) + (colleague ? 0.05 : 0);
      return reason ? [{ m, score, reason }] : [];
    })
    .sort((a, b) => b.score - a.score || a.m.name.localeCompare(b.m.name))
    .slice(0, limit)
    .map(({ m, reason }) => ({
      id: m.id,
      name: m.name,
      headline: m.headline,
      organisation: m.organisation,
      stage: m.stage,
      archived: m.archived,
      reason,
    }));
}
