import "server-only";
import { db } from "../db";

export const MENTORS_PAGE_SIZE = 50;

export async function listMentors(userId: string, { page }: { page: number }) {
  const where = { userId, deletedAt: null, archivedAt: null };
  const [total, mentors] = await Promise.all([
    db.mentor.count({ where }),
    db.mentor.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * MENTORS_PAGE_SIZE,
      take: MENTORS_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        headline: true,
        organisation: true,
        category: true,
        stage: true,
        nextCheckInOn: true,
        gapAreas: { select: { gapArea: { select: { id: true, name: true } } }, orderBy: { gapArea: { priority: "asc" } } },
      },
    }),
  ]);
  return { total, mentors, page, pageCount: Math.max(1, Math.ceil(total / MENTORS_PAGE_SIZE)) };
}

/** Null for a missing mentor and for another user's alike. */
export async function getMentor(userId: string, id: string) {
  return db.mentor.findFirst({
    where: { id, userId, deletedAt: null },
    include: {
      gapAreas: { select: { gapArea: { select: { id: true, name: true } } } },
      stageChanges: { orderBy: { changedAt: "desc" } },
    },
  });
}
