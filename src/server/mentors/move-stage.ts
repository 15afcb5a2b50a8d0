import "server-only";
import { type Day, dayToDate } from "@/domain/calendar";
import type { MentorStage } from "@/generated/prisma/enums";
import { startRhythm } from "../check-ins/rhythm";
import type { Tx } from "../ownership";

/**
 * Moves a mentor along the pipeline and logs the change with its date. A decline
 * with a "revisit after" date becomes a reminder; leaving Declined clears it.
 */
export async function moveStage(
  tx: Tx,
  userId: string,
  mentor: { id: string; name: string; stage: MentorStage },
  to: MentorStage,
  options: { revisitAfterOn?: Day; note?: string } = {},
) {
  if (mentor.stage === to && !(to === "DECLINED" && options.revisitAfterOn)) return false;
  await tx.mentor.update({
    where: { id: mentor.id, userId },
    data: {
      stage: to,
      revisitAfterOn: to === "DECLINED" && options.revisitAfterOn ? dayToDate(options.revisitAfterOn) : null,
    },
  });
  if (mentor.stage !== to) {
    await tx.stageChange.create({
      data: { userId, mentorId: mentor.id, fromStage: mentor.stage, toStage: to, note: options.note },
    });
    if (to === "ACTIVE") await startRhythm(tx, userId, mentor.id);
  }
  await tx.reminder.deleteMany({
    where: { userId, mentorId: mentor.id, kind: "REVISIT", status: { in: ["PENDING", "SNOOZED"] } },
  });
  if (to === "DECLINED" && options.revisitAfterOn) {
    await tx.reminder.create({
      data: {
        userId,
        mentorId: mentor.id,
        kind: "REVISIT",
        title: `Revisit ${mentor.name}`,
        dueOn: dayToDate(options.revisitAfterOn),
      },
    });
  }
  return true;
}
