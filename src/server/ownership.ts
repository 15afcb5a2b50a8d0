import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { ActionError, notFound } from "./action";

export type Tx = Prisma.TransactionClient;

/** Inside a transaction: the user's live mentor, or the same not-found answer for a missing one and another user's. */
export async function ownMentor(tx: Tx, userId: string, mentorId: string) {
  const mentor = await tx.mentor.findFirst({
    where: { id: mentorId, userId, deletedAt: null },
    select: { id: true, name: true, stage: true, cadenceDays: true, nextCheckInOn: true, lastCheckInOn: true },
  });
  if (!mentor) throw notFound("Mentor");
  return mentor;
}

/** All of these ids must be the user's gap areas. */
export async function assertOwnGapAreas(tx: Tx, userId: string, ids: string[]) {
  const unique = [...new Set(ids)];
  if (!unique.length) return unique;
  const found = await tx.gapArea.count({ where: { userId, id: { in: unique } } });
  if (found !== unique.length) {
    throw new ActionError("Please correct the highlighted fields.", {
      gapAreaIds: ["One of the chosen gap areas no longer exists."],
    });
  }
  return unique;
}

/**
 * Serialises a user's writes that check-then-insert (areas matched by name, one
 * running sprint): a double submission waits for the first and then sees its rows.
 */
export async function lockUser(tx: Tx, userId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${userId}))`;
}

/** All of these ids must be the user's live mentors; otherwise `field` gets the error (the same for a missing one and another user's). */
export async function assertOwnMentors(tx: Tx, userId: string, ids: string[], field: string) {
  const unique = [...new Set(ids)];
  if (!unique.length) return unique;
  const found = await tx.mentor.count({ where: { userId, id: { in: unique }, deletedAt: null } });
  if (found !== unique.length) {
    throw new ActionError("Please correct the highlighted fields.", {
      [field]: ["One of the chosen people is not on your map."],
    });
  }
  return unique;
}
