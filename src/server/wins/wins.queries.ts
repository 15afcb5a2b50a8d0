import "server-only";
import { dateToDay } from "@/domain/calendar";
import { db } from "../db";

/** The user's wins, newest first, with who helped and whether they have been told. */
export async function listWins(userId: string) {
  const wins = await db.win.findMany({
    where: { userId },
    orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
    take: 500,
    include: {
      credits: {
        where: { userId, mentor: { deletedAt: null } },
        include: { mentor: { select: { id: true, name: true } } },
        orderBy: { mentor: { name: "asc" } },
      },
    },
  });
  return wins.map((w) => ({
    id: w.id,
    title: w.title,
    description: w.description,
    occurredOn: dateToDay(w.occurredOn),
    sharedPubliclyOn: w.sharedPubliclyOn ? dateToDay(w.sharedPubliclyOn) : null,
    credits: w.credits.map((c) => ({
      mentorId: c.mentor.id,
      name: c.mentor.name,
      sharedOn: c.sharedOn ? dateToDay(c.sharedOn) : null,
    })),
  }));
}
export type WinRow = Awaited<ReturnType<typeof listWins>>[number];
