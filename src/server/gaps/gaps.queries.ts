import "server-only";
import { type Day, dateToDay } from "@/domain/calendar";
import { CATEGORIES } from "@/domain/categories";
import type { MentorCategory } from "@/generated/prisma/enums";
import { notFound } from "../action";
import type { CurrentUser } from "../auth/session";
import { getDashboard } from "../dashboard/dashboard.queries";
import { db } from "../db";
import { type WizardArea, type WizardDraft, wizardDraftSchema } from "./gaps.schema";

export async function listGapAreas(userId: string) {
  return db.gapArea.findMany({
    where: { userId },
    orderBy: [{ priority: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
}

/** Mentors the gap-analysis wizard offers for linking to a dream-team profile, per category. */
export const LINKABLE_PER_CATEGORY = 40;
/** On /gaps, a profile offers the people already in its cell of the map, then the category's first by name, this many in all. */
export const CANDIDATES_PER_PROFILE = 12;

/** The first of each category by name, each read off the live-name index ("Mentor_live_name_idx") until enough are found. */
function linkableMentors(userId: string, perCategory = LINKABLE_PER_CATEGORY) {
  return db.$queryRaw<{ id: string; name: string; category: MentorCategory }[]>`
    SELECT m."id", m."name", m."category" FROM unnest(${CATEGORIES.map((c) => c.value)}::text[]) AS cat(category)
    CROSS JOIN LATERAL (
      SELECT "id", "name", "category" FROM "Mentor"
      WHERE "userId" = ${userId} AND "deletedAt" IS NULL AND "archivedAt" IS NULL AND "stage" <> 'DECLINED'
        AND "category" = cat.category::"MentorCategory"
      ORDER BY lower("name"), "id" LIMIT ${perCategory}
    ) m ORDER BY lower(m."name"), m."id"`;
}
export type LinkableMentor = Awaited<ReturnType<typeof linkableMentors>>[number];

/**
 * Where the wizard starts: the answers saved so far, or, for someone who already has
 * a map, their areas, profiles and sprint, so running it again edits rather than
 * duplicates.
 */
export async function getWizard(userId: string, today: Day) {
  const [user, areas, sprint, mentors] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { gapWizardState: true, gapWizardCompletedAt: true } }),
    db.gapArea.findMany({
      where: { userId },
      orderBy: [{ priority: "asc" }, { name: "asc" }],
      include: {
        dreamTeamSlots: { select: { category: true, profile: true, matches: { select: { mentorId: true } } } },
      },
    }),
    db.sprint.findFirst({ where: { userId, endedAt: null }, orderBy: { startOn: "desc" }, select: { startOn: true } }),
    linkableMentors(userId),
  ]);
  const saved = wizardDraftSchema.safeParse(user.gapWizardState);
  const draft: WizardDraft =
    user.gapWizardState && saved.success
      ? saved.data
      : {
          step: 0,
          reached: areas.length ? 5 : 0,
          sprintStartOn: sprint ? dateToDay(sprint.startOn) : today,
          areas: areas.map(
            (a): WizardArea => ({
              key: a.id,
              name: a.name,
              whyItMatters: a.whyItMatters,
              currentLevel: a.currentLevel,
              targetLevel: a.targetLevel,
              guidanceSought: a.guidanceSought,
              valueIOffer: a.valueIOffer,
              profiles: Object.fromEntries(a.dreamTeamSlots.map((s) => [s.category, s.profile])),
              mentorIds: Object.fromEntries(
                a.dreamTeamSlots.map((s) => [s.category, s.matches.map((m) => m.mentorId)]),
              ),
            }),
          ),
        };
  return { draft, mentors, completedBefore: Boolean(user.gapWizardCompletedAt) };
}

/** /gaps: every area with its dream team, and how many people on the map serve it. */
export async function getGapAreasPage(user: Pick<CurrentUser, "id" | "timeZone">) {
  const userId = user.id;
  const [areas, { map }] = await Promise.all([
    db.gapArea.findMany({
      where: { userId },
      orderBy: [{ priority: "asc" }, { name: "asc" }],
      include: {
        dreamTeamSlots: {
          select: {
            category: true,
            profile: true,
            matches: { select: { mentor: { select: { id: true, name: true, deletedAt: true } } } },
          },
        },
      },
    }),
    // The map's cells already count each area's people (live, not declined), kept up to date cheaply.
    getDashboard(user),
  ]);
  const rows = new Map(map.rows.map((r) => [r.area.id, r]));
  return {
    areas: areas.map((a) => ({
      ...a,
      mentorCount: rows.get(a.id)?.cells.reduce((n, c) => n + c.count, 0) ?? 0,
      dreamTeamSlots: a.dreamTeamSlots.map((s) => ({ ...s, matches: liveMentors(s.matches) })),
    })),
  };
}

const liveMentors = (matches: { mentor: { id: string; name: string; deletedAt: Date | null } }[]) =>
  matches.filter((m) => !m.mentor.deletedAt).map(({ mentor }) => ({ id: mentor.id, name: mentor.name }));

/**
 * Who the form for one dream-team profile offers, asked for when it opens (35 profiles'
 * dozen each were most of /gaps' payload): whoever is linked, the area's own people in
 * that category (the map's most urgent), then the category's first by name: a dozen,
 * not every mentor.
 */
export async function dreamTeamCandidates(
  user: Pick<CurrentUser, "id" | "timeZone">,
  gapAreaId: string,
  category: MentorCategory,
): Promise<{ id: string; name: string }[]> {
  const [area, mentors, { map }] = await Promise.all([
    db.gapArea.findFirst({
      where: { id: gapAreaId, userId: user.id },
      select: {
        dreamTeamSlots: {
          where: { category },
          select: { matches: { select: { mentor: { select: { id: true, name: true, deletedAt: true } } } } },
        },
      },
    }),
    linkableMentors(user.id, CANDIDATES_PER_PROFILE),
    getDashboard(user),
  ]);
  if (!area) throw notFound("Gap area");
  const linked = liveMentors(area.dreamTeamSlots[0]?.matches ?? []);
  const inCell = map.rows.find((r) => r.area.id === gapAreaId)?.cells.find((c) => c.category === category)?.mentors;
  const byName = mentors.filter((m) => m.category === category);
  const seen = new Set<string>();
  const offered = [...linked, ...(inCell ?? []), ...byName]
    .filter((m) => !seen.has(m.id) && seen.add(m.id))
    .map((m) => ({ id: m.id, name: m.name }));
  return offered.slice(0, Math.max(CANDIDATES_PER_PROFILE, linked.length));
}
export type GapAreasPage = Awaited<ReturnType<typeof getGapAreasPage>>;

/**
 * The map's open gaps (an empty sage, peer or reverse cell), most important area
 * first: for the command palette. Counted like the map: live, not declined.
 */
export async function listOpenGaps(userId: string) {
  return db.$queryRaw<{ areaId: string; areaName: string; category: MentorCategory }[]>`
    SELECT a."id" AS "areaId", a."name" AS "areaName", c.category::"MentorCategory" AS "category"
    FROM "GapArea" a CROSS JOIN unnest(ARRAY['SAGE', 'PEER', 'REVERSE']) WITH ORDINALITY AS c(category, n)
    WHERE a."userId" = ${userId} AND NOT EXISTS (
      SELECT 1 FROM "MentorGapArea" mg JOIN "Mentor" m ON m."id" = mg."mentorId"
      WHERE mg."gapAreaId" = a."id" AND mg."userId" = ${userId} AND m."category"::text = c.category
        AND m."deletedAt" IS NULL AND m."archivedAt" IS NULL AND m."stage" <> 'DECLINED')
    ORDER BY a."priority", a."name", c.n`;
}
