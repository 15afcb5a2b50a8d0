import "server-only";
import type { WarmPathReason } from "@/domain/warm-paths";
import type { MentorCategory } from "@/generated/prisma/enums";
import { db } from "../db";

/** Warm paths shown on a prospect's page. */
export const WARM_PATHS_SHOWN = 5;
/** A name or organisation shorter than this says too little to match on. */
const MIN_MATCH = 3;

export type WarmPath = { id: string; name: string; category: MentorCategory; reasons: WarmPathReason[] };

type Row = {
  id: string;
  name: string;
  category: MentorCategory;
  organisation: string | null;
  in_mentor_notes: boolean;
  in_prospect_notes: boolean;
  same_org: boolean;
  org_in_notes: boolean;
};

/**
 * Who among the user's live relationships (active, in conversation) could introduce
 * them to `prospect`: their notes name the prospect, the prospect's notes (or how the
 * user met them) name them, they work at the same organisation, or their notes mention
 * it. Strongest first. Read by the user's id; matched with strpos, so nothing typed
 * is a pattern.
 */
export async function warmPathsTo(
  userId: string,
  prospect: { id: string; name: string; organisation: string | null; notes: string; howWeMet: string | null },
): Promise<WarmPath[]> {
  const name = prospect.name.trim().toLowerCase();
  const organisation = (prospect.organisation ?? "").trim().toLowerCase();
  const theirText = `${prospect.notes} ${prospect.howWeMet ?? ""}`.toLowerCase();
  const byName = name.length >= MIN_MATCH ? name : null;
  const byOrganisation = organisation.length >= MIN_MATCH ? organisation : null;
  const rows = await db.$queryRaw<Row[]>`
    SELECT * FROM (
      SELECT m."id", m."name", m."category", m."organisation",
        (${byName}::text IS NOT NULL AND strpos(lower(m."notes"), ${byName}::text) > 0) AS in_mentor_notes,
        (length(m."name") >= ${MIN_MATCH} AND strpos(${theirText}::text, lower(m."name")) > 0) AS in_prospect_notes,
        coalesce(${byOrganisation}::text IS NOT NULL AND lower(trim(m."organisation")) = ${byOrganisation}::text, false) AS same_org,
        (${byOrganisation}::text IS NOT NULL AND strpos(lower(m."notes"), ${byOrganisation}::text) > 0) AS org_in_notes
      FROM "Mentor" m
      WHERE m."userId" = ${userId} AND m."deletedAt" IS NULL AND m."archivedAt" IS NULL
        AND m."stage" IN ('ACTIVE', 'IN_CONVERSATION') AND m."id" <> ${prospect.id}
    ) p
    WHERE in_mentor_notes OR in_prospect_notes OR same_org OR org_in_notes
    ORDER BY (in_mentor_notes OR in_prospect_notes) DESC, same_org DESC, lower(p."name"), p."id"
    LIMIT ${WARM_PATHS_SHOWN}`;
  const shownOrganisation = prospect.organisation?.trim() ?? "";
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    category: r.category,
    reasons: [
      ...(r.in_mentor_notes ? [{ kind: "knows", where: "mentor-notes" } as const] : []),
      ...(r.in_prospect_notes ? [{ kind: "knows", where: "prospect-notes" } as const] : []),
      ...(r.same_org ? [{ kind: "same-organisation", organisation: shownOrganisation } as const] : []),
      ...(r.org_in_notes && !r.same_org
        ? [{ kind: "organisation-in-notes", organisation: shownOrganisation } as const]
        : []),
    ],
  }));
}
