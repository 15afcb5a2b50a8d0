import "server-only";
import { type Day, dateToDay } from "@/domain/calendar";
import type { MentorCategory } from "@/generated/prisma/enums";
import { db } from "../db";
import { type WizardArea, type WizardDraft, wizardDraftSchema } from "./gaps.schema";

export async function listGapAreas(userId: string) {
  return db.gapArea.findMany({
    where: { userId },
    orderBy: [{ priority: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
}

/** Mentors offered for linking to a dream-team profile, per category. */
export const LINKABLE_PER_CATEGORY = 40;

function linkableMentors(userId: string) {
  return db.$queryRaw<{ id: string; name: string; category: MentorCategory }[]>`
    SELECT "id", "name", "category" FROM (
      SELECT "id", "name", "category", row_number() OVER (PARTITION BY "category" ORDER BY lower("name"), "id") AS rn
      FROM "Mentor" WHERE "userId" = ${userId} AND "deletedAt" IS NULL AND "archivedAt" IS NULL AND "stage" <> 'DECLINED'
    ) m WHERE rn <= ${LINKABLE_PER_CATEGORY} ORDER BY lower("name")`;
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

/** /gaps: every area with its dream team. */
export async function getGapAreasPage(userId: string) {
  const [areas, mentors] = await Promise.all([
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
        _count: { select: { mentors: { where: { mentor: { deletedAt: null, archivedAt: null } } } } },
      },
    }),
    linkableMentors(userId),
  ]);
  return {
    areas: areas.map((a) => ({
      ...a,
      mentorCount: a._count.mentors,
      dreamTeamSlots: a.dreamTeamSlots.map((s) => ({
        ...s,
        matches: s.matches.map((m) => m.mentor).filter((m) => !m.deletedAt),
      })),
    })),
    mentors,
  };
}
export type GapAreasPage = Awaited<ReturnType<typeof getGapAreasPage>>;
