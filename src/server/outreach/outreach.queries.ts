import "server-only";
import { z } from "zod";
import { dateToDay, todayIn } from "@/domain/calendar";
import { DEFAULT_FOLLOW_UP_DAYS, type ResearchLink } from "@/domain/outreach";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";

const storedLinks = z.array(z.object({ url: z.string(), note: z.string().default("") })).catch([]);

/** Research links as stored (JSON), read defensively. */
export const readLinks = (value: unknown): ResearchLink[] => storedLinks.parse(value);

/** The outreach page for one mentor: null for a missing mentor and another user's alike. */
export async function getOutreachPage(user: Pick<CurrentUser, "id" | "timeZone" | "name">, mentorId: string) {
  const [mentor, plan, gapAreas, pendingFollowUp] = await Promise.all([
    db.mentor.findFirst({
      where: { id: mentorId, userId: user.id, deletedAt: null },
      select: {
        id: true,
        name: true,
        email: true,
        stage: true,
        category: true,
        cadenceDays: true,
        headline: true,
        organisation: true,
      },
    }),
    db.outreachPlan.findFirst({ where: { mentorId, userId: user.id } }),
    db.gapArea.findMany({
      where: { userId: user.id, mentors: { some: { mentorId, userId: user.id } } },
      orderBy: { priority: "asc" },
      select: { name: true, valueIOffer: true, guidanceSought: true },
    }),
    db.reminder.findFirst({
      where: { userId: user.id, mentorId, kind: "OUTREACH_FOLLOW_UP", status: { in: ["PENDING", "SNOOZED"] } },
      orderBy: { dueOn: "asc" },
      select: { dueOn: true, title: true },
    }),
  ]);
  if (!mentor) return null;
  const today = todayIn(user.timeZone);
  return {
    today,
    senderName: user.name,
    mentor,
    gapAreas,
    followUp: pendingFollowUp ? { dueOn: dateToDay(pendingFollowUp.dueOn), title: pendingFollowUp.title } : null,
    plan: {
      links: readLinks(plan?.researchLinks),
      challenges: plan?.challenges ?? [],
      waysToHelp: plan?.waysToHelp ?? [],
      whatINeed: plan?.whatINeed ?? "",
      whatIOffer: plan?.whatIOffer ?? "",
      researchedOn: plan?.researchedAt ? todayIn(user.timeZone, plan.researchedAt) : null,
      subject: plan?.subject ?? "",
      compliment: plan?.compliment ?? "",
      ask: plan?.ask ?? "",
      offer: plan?.offer ?? "",
      easyOut: plan?.easyOut ?? "",
      followUpDays: plan?.followUpDays ?? DEFAULT_FOLLOW_UP_DAYS,
      sentOn: plan?.sentAt ? todayIn(user.timeZone, plan.sentAt) : null,
      reply: plan?.reply ?? null,
      prepQuestions: plan?.prepQuestions ?? [],
      conversationNotes: plan?.conversationNotes ?? "",
      thankYouNote: plan?.thankYouNote ?? "",
    },
  };
}
export type OutreachPage = NonNullable<Awaited<ReturnType<typeof getOutreachPage>>>;
