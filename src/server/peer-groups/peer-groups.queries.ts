import "server-only";
import { dateToDay } from "@/domain/calendar";
import { db } from "../db";

/** The user's groups with their members and their last few meetings. */
export async function listPeerGroups(userId: string) {
  const [groups, meetings] = await Promise.all([
    db.peerGroup.findMany({
      where: { userId },
      orderBy: { name: "asc" },
      include: {
        members: {
          where: { userId, mentor: { deletedAt: null } },
          include: { mentor: { select: { id: true, name: true, category: true } } },
          orderBy: { mentor: { name: "asc" } },
        },
      },
    }),
    // Meetings are the group's check-ins, one per member present: grouped by day here.
    db.$queryRaw<{ peerGroupId: string; occurredOn: Date; present: bigint; takeaways: string }[]>`
      SELECT "peerGroupId", "occurredOn", count(*) AS present, max("takeaways") AS takeaways
      FROM "CheckIn" WHERE "userId" = ${userId} AND "peerGroupId" IS NOT NULL
      GROUP BY "peerGroupId", "occurredOn" ORDER BY "occurredOn" DESC`,
  ]);
  return groups.map((g) => ({
    id: g.id,
    name: g.name,
    description: g.description,
    cadenceDays: g.cadenceDays,
    nextMeetingOn: g.nextMeetingOn ? dateToDay(g.nextMeetingOn) : null,
    members: g.members.map((m) => m.mentor),
    meetings: meetings
      .filter((m) => m.peerGroupId === g.id)
      .slice(0, 5)
      .map((m) => ({ on: dateToDay(m.occurredOn), present: Number(m.present), takeaways: m.takeaways })),
  }));
}
export type PeerGroupRow = Awaited<ReturnType<typeof listPeerGroups>>[number];
