import "server-only";
import { db } from "../db";

/** Newest first: the day, then when it was logged. */
export const NEWEST_CHECK_INS_FIRST = [{ occurredOn: "desc" as const }, { createdAt: "desc" as const }];

/** A mentor's check-ins (or a mentee's sessions), newest first (the day, then when it was logged), with the peer group a group session was held in. */
export function checkInsOf(scope: { userId: string } & ({ mentorId: string } | { menteeId: string }), take: number) {
  return db.checkIn.findMany({
    where: scope,
    orderBy: NEWEST_CHECK_INS_FIRST,
    take,
    include: { peerGroup: { select: { name: true } } },
  });
}
