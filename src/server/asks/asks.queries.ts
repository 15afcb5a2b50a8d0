import "server-only";
import { dateToDay } from "@/domain/calendar";
import { db } from "../db";

/** The user's one-off asks: open ones first (oldest first), then the answered and thanked (newest first). */
export async function listAsks(userId: string) {
  const rows = await db.ask.findMany({
    where: { userId },
    orderBy: [{ askedOn: "desc" }, { createdAt: "desc" }],
    take: 300,
    include: {
      reminders: { where: { status: { in: ["PENDING", "SNOOZED"] } }, select: { dueOn: true }, take: 1 },
      mentor: { select: { id: true, deletedAt: true } },
    },
  });
  const asks = rows.map((a) => ({
    id: a.id,
    name: a.name,
    organisation: a.organisation,
    question: a.question,
    status: a.status,
    answer: a.answer,
    askedOn: dateToDay(a.askedOn),
    answeredOn: a.answeredOn ? dateToDay(a.answeredOn) : null,
    thankedOn: a.thankedOn ? dateToDay(a.thankedOn) : null,
    followUpOn: a.reminders[0] ? dateToDay(a.reminders[0].dueOn) : null,
    mentorId: a.mentor && !a.mentor.deletedAt ? a.mentor.id : null,
  }));
  return {
    open: asks.filter((a) => a.status === "ASKED").reverse(),
    closed: asks.filter((a) => a.status !== "ASKED"),
  };
}
export type AskRow = Awaited<ReturnType<typeof listAsks>>["open"][number];
