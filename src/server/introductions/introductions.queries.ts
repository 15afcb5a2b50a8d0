import "server-only";
import { dateToDay } from "@/domain/calendar";
import { db } from "../db";

/** Every introduction the user recorded, newest first, with both people's names. */
export async function listIntroductions(userId: string) {
  const rows = await db.introduction.findMany({
    where: { userId, fromMentor: { deletedAt: null }, toMentor: { deletedAt: null } },
    orderBy: [{ introducedOn: "desc" }, { createdAt: "desc" }],
    take: 500,
    include: { fromMentor: { select: { id: true, name: true } }, toMentor: { select: { id: true, name: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    from: r.fromMentor,
    to: r.toMentor,
    introducedOn: dateToDay(r.introducedOn),
    why: r.why,
    outcome: r.outcome,
    outcomeOn: r.outcomeOn ? dateToDay(r.outcomeOn) : null,
  }));
}
export type IntroductionRow = Awaited<ReturnType<typeof listIntroductions>>[number];
