import "server-only";
import { db } from "../db";

/** A mentor's check-ins (or a mentee's sessions), newest first (the day, then when it was logged), with the peer group a group session was held in. */
export function checkInsOf(scope: { userId: string } & ({ mentorId: string } | { menteeId: string }), take: number) {
  return db.checkIn.findMany({
    where: scope,
    orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
    take,
    include: { peerGroup: { select: { name: true } } },
  });
}
