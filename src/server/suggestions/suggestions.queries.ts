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

/** Suggestions shown for one gap. */
export const SUGGESTIONS_PER_GAP = 5;
/** Full-text matches ranked before the seniority cues and colleagues re-order them. */
const RANKED = 40;

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
  id: string;
  name: string;
  headline: string | null;
  organisation: string | null;
  notes: string;
  tags: string[];
  stage: MentorStage;
  archived: boolean;
  rank: number;
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
export async function suggestionsForGap(
  userId: string,
  gapAreaId: string,
  category: MentorCategory,
  limit = SUGGESTIONS_PER_GAP,
): Promise<Suggestion[]> {
  const [area, slot, user] = await Promise.all([
    db.gapArea.findFirst({ where: { id: gapAreaId, userId }, select: { name: true, guidanceSought: true } }),
    db.dreamTeamSlot.findFirst({ where: { gapAreaId, userId, category }, select: { profile: true } }),
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { headline: true } }),
  ]);
  if (!area) throw notFound("Gap area");
  const words = keywords(gapSearchText(area, slot?.profile ?? ""));
  if (!words.length) return [];
  // Only letters and digits reach to_tsquery: nothing in it can change the query's meaning.
  const rows = await db.$queryRaw<Row[]>`
    WITH q AS (SELECT to_tsquery('english', ${words.join(" | ")}) AS q),
    colleagues AS (
      SELECT DISTINCT ON (lower(c."organisation")) lower(c."organisation") AS org, c."name", c."category"
      FROM "Mentor" c
      WHERE c."userId" = ${userId} AND c."deletedAt" IS NULL AND c."archivedAt" IS NULL
        AND c."organisation" IS NOT NULL AND c."stage" IN ('IN_CONVERSATION', 'ACTIVE')
      ORDER BY lower(c."organisation"), lower(c."name")
    )
    SELECT m."id", m."name", m."headline", m."organisation", m."notes", m."tags", m."stage",
      m."archivedAt" IS NOT NULL AS archived, ts_rank(doc."document", q.q) AS rank,
      col."name" AS colleague_name, col."category" AS colleague_category
    FROM "MentorSuggestDocument" doc CROSS JOIN q
    JOIN "Mentor" m ON m."id" = doc."mentorId"
    LEFT JOIN colleagues col ON col.org = lower(m."organisation")
    WHERE doc."document" @@ q.q AND m."userId" = ${userId} AND m."deletedAt" IS NULL
      AND (m."archivedAt" IS NOT NULL OR m."stage" IN ('PROSPECT', 'RESEARCHED'))
      AND NOT EXISTS (SELECT 1 FROM "MentorGapArea" mg
        WHERE mg."userId" = ${userId} AND mg."gapAreaId" = ${gapAreaId} AND mg."mentorId" = m."id")
      AND NOT EXISTS (SELECT 1 FROM "DismissedSuggestion" d
        WHERE d."userId" = ${userId} AND d."gapAreaId" = ${gapAreaId}
          AND d."category" = ${category}::"MentorCategory" AND d."mentorId" = m."id")
    ORDER BY rank DESC, lower(m."name"), m."id"
    LIMIT ${RANKED}`;
  const mine = seniority(user.headline);
  return rows
    .map((r) => {
      const fits = seniorityFit(category, seniority(r.headline), mine) === 1;
      const facts: SuggestionFacts = {
        headline: r.headline,
        organisation: r.organisation,
        notes: r.notes,
        tags: r.tags,
        colleague: r.colleague_name ? { name: r.colleague_name, category: r.colleague_category! } : null,
        seniorityFits: fits,
        archived: r.archived,
      };
      // Text fit first; a fitting title and a colleague on the map each count as much as a strong match.
      const score = Number(r.rank) + (fits ? 0.1 : 0) + (facts.colleague ? 0.05 : 0);
      return { row: r, score, reason: suggestionReason(words, facts, category) };
    })
    .filter((s) => s.reason !== null)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ row, reason }) => ({
      id: row.id,
      name: row.name,
      headline: row.headline,
      organisation: row.organisation,
      stage: row.stage,
      archived: row.archived,
      reason: reason!,
    }));
}
