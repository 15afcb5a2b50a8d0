"use server";

import { revalidatePath } from "next/cache";
import { addDaysToDay, type Day, dayToDate, middayIn, todayIn } from "@/domain/calendar";
import { DEFAULT_FOLLOW_UP_DAYS, prepQuestions, researchGaps } from "@/domain/outreach";
import { stageLabel } from "@/domain/stages";
import type { Prisma } from "@/generated/prisma/client";
import type { MentorStage } from "@/generated/prisma/enums";
import { ActionError, assertNotFuture, authedAction, fieldError } from "../action";
import { completeOpenCheckInReminder, syncRhythm } from "../check-ins/rhythm";
import { db } from "../db";
import { moveStage } from "../mentors/move-stage";
import { ownMentor, type Tx } from "../ownership";
import {
  finishConversationSchema,
  markSentSchema,
  messageSchema,
  prepSchema,
  replySchema,
  researchSchema,
} from "./outreach.schema";

/** A rule of the pipeline: this step needs the mentor in one of these stages. */
function requireStage(mentor: { name: string; stage: MentorStage }, allowed: MentorStage[], what: string) {
  if (!allowed.includes(mentor.stage)) {
    throw new ActionError(
      `${mentor.name} is ${stageLabel(mentor.stage)}: ${what} needs ${allowed.map(stageLabel).join(" or ")}.`,
    );
  }
}

async function savePlan(tx: Tx, userId: string, mentorId: string, data: Prisma.OutreachPlanUncheckedUpdateInput) {
  return tx.outreachPlan.upsert({
    where: { mentorId },
    create: { ...(data as Prisma.OutreachPlanUncheckedCreateInput), userId, mentorId },
    update: data,
  });
}

async function closeOutreachFollowUps(tx: Tx, userId: string, mentorId: string) {
  await tx.reminder.updateMany({
    where: { userId, mentorId, kind: "OUTREACH_FOLLOW_UP", status: { in: ["PENDING", "SNOOZED"] } },
    data: { status: "DONE", completedAt: new Date() },
  });
}

const done = <T>(value: T) => {
  revalidatePath("/mentors", "layout");
  return value;
};

/** The value creation challenge: research notes and value proposition; complete, it moves a prospect to Researched. */
export const saveResearchAction = authedAction(
  researchSchema,
  async ({ mentorId, complete, ...research }, { userId }) => {
    if (complete) {
      const gaps = researchGaps(research);
      if (Object.keys(gaps).length) {
        throw new ActionError(
          "A few answers are missing before this counts as researched.",
          Object.fromEntries(Object.entries(gaps).map(([k, v]) => [k, [v]])),
        );
      }
    }
    const result = await db.$transaction(async (tx) => {
      const mentor = await ownMentor(tx, userId, mentorId);
      const existing = await tx.outreachPlan.findUnique({ where: { mentorId }, select: { researchedAt: true } });
      await savePlan(tx, userId, mentorId, {
        researchLinks: research.links,
        challenges: research.challenges,
        waysToHelp: research.waysToHelp,
        whatINeed: research.whatINeed,
        whatIOffer: research.whatIOffer,
        ...(complete && !existing?.researchedAt ? { researchedAt: new Date() } : {}),
      });
      const moved =
        complete && mentor.stage === "PROSPECT"
          ? await moveStage(tx, userId, mentor, "RESEARCHED", { note: "Research done" })
          : false;
      return { mentorId, researched: complete, stage: moved ? ("RESEARCHED" as const) : mentor.stage };
    });
    return done(result);
  },
  "saveResearchAction",
);

/** The composer's draft, saved as the user writes. */
export const saveMessageAction = authedAction(
  messageSchema,
  async ({ mentorId, followUpDays, ...parts }, { userId }) => {
    await db.$transaction(async (tx) => {
      await ownMentor(tx, userId, mentorId);
      await savePlan(tx, userId, mentorId, { ...parts, ...(followUpDays ? { followUpDays } : {}) });
    });
    return done({ mentorId });
  },
  "saveMessageAction",
);

/** Sent (copied or mailed): Contacted, logged with its date, and a follow-up reminder. */
export const markSentAction = authedAction(
  markSentSchema,
  async ({ mentorId, sentOn, followUpDays, ...parts }, { userId, timeZone }) => {
    if (!parts.ask) throw fieldError("ask", "Write the one thing you are asking for before sending.");
    const on = sentOn ?? todayIn(timeZone);
    assertNotFuture(timeZone, on, "sentOn");
    const result = await db.$transaction(async (tx) => {
      const mentor = await ownMentor(tx, userId, mentorId);
      requireStage(mentor, ["PROSPECT", "RESEARCHED"], "sending outreach");
      const days = followUpDays ?? DEFAULT_FOLLOW_UP_DAYS;
      const sentAt = on === todayIn(timeZone) ? new Date() : middayIn(on, timeZone);
      await savePlan(tx, userId, mentorId, { ...parts, followUpDays: days, sentAt, reply: null, repliedAt: null });
      await tx.stageChange.create({
        data: {
          userId,
          mentorId,
          fromStage: mentor.stage,
          toStage: "CONTACTED",
          changedAt: sentAt,
          note: "Outreach sent",
        },
      });
      await tx.mentor.update({ where: { id: mentorId, userId }, data: { stage: "CONTACTED" } });
      await closeOutreachFollowUps(tx, userId, mentorId);
      const followUpOn = addDaysToDay(on, days);
      await tx.reminder.create({
        data: {
          userId,
          mentorId,
          kind: "OUTREACH_FOLLOW_UP",
          title: `Follow up on your message to ${mentor.name}`,
          dueOn: dayToDate(followUpOn),
        },
      });
      return { mentorId, stage: "CONTACTED" as const, followUpOn };
    });
    return done(result);
  },
  "markSentAction",
);

/** Their answer: yes → In conversation; no → Declined (and perhaps revisit later); no answer → one more nudge. */
export const recordReplyAction = authedAction(
  replySchema,
  async ({ mentorId, reply, revisitAfterOn }, { userId, timeZone }) => {
    const today = todayIn(timeZone);
    if (reply === "NO" && revisitAfterOn && revisitAfterOn <= today)
      throw fieldError("revisitAfterOn", "Choose a revisit date after today.");
    const result = await db.$transaction(async (tx) => {
      const mentor = await ownMentor(tx, userId, mentorId);
      requireStage(mentor, ["CONTACTED"], "recording a reply");
      const plan = await savePlan(tx, userId, mentorId, { reply, repliedAt: new Date() });
      await closeOutreachFollowUps(tx, userId, mentorId);
      if (reply === "YES") await moveStage(tx, userId, mentor, "IN_CONVERSATION", { note: "Said yes" });
      if (reply === "NO") await moveStage(tx, userId, mentor, "DECLINED", { note: "Said no", revisitAfterOn });
      let followUpOn: Day | null = null;
      if (reply === "NO_ANSWER") {
        followUpOn = addDaysToDay(today, plan.followUpDays);
        await tx.reminder.create({
          data: {
            userId,
            mentorId,
            kind: "OUTREACH_FOLLOW_UP",
            title: `Nudge ${mentor.name} once more`,
            dueOn: dayToDate(followUpOn),
          },
        });
      }
      const stage: MentorStage = reply === "YES" ? "IN_CONVERSATION" : reply === "NO" ? "DECLINED" : mentor.stage;
      return { mentorId, stage, followUpOn };
    });
    return done(result);
  },
  "recordReplyAction",
);

/** The prep sheet and the notes taken during the conversation. */
export const savePrepAction = authedAction(
  prepSchema,
  async ({ mentorId, ...prep }, { userId }) => {
    await db.$transaction(async (tx) => {
      await ownMentor(tx, userId, mentorId);
      // The help question is always on the sheet, first.
      await savePlan(tx, userId, mentorId, { ...prep, prepQuestions: prepQuestions(prep.prepQuestions) });
    });
    return done({ mentorId });
  },
  "savePrepAction",
);

/**
 * After the first conversation: it is logged as a check-in with its takeaways, the
 * thank-you note is kept, the proposed rhythm becomes the cadence and the mentor is Active.
 */
export const finishFirstConversationAction = authedAction(
  finishConversationSchema,
  async (
    { mentorId, occurredOn, channel, conversationNotes, takeaways, thankYouNote, cadenceDays },
    { userId, timeZone },
  ) => {
    assertNotFuture(timeZone, occurredOn, "occurredOn");
    const result = await db.$transaction(async (tx) => {
      const mentor = await ownMentor(tx, userId, mentorId);
      requireStage(mentor, ["IN_CONVERSATION"], "finishing a first conversation");
      await savePlan(tx, userId, mentorId, { conversationNotes, thankYouNote });
      const checkIn = await tx.checkIn.create({
        data: { userId, mentorId, occurredOn: dayToDate(occurredOn), channel, notes: conversationNotes, takeaways },
      });
      await tx.mentor.update({ where: { id: mentorId, userId }, data: { cadenceDays } });
      await moveStage(tx, userId, mentor, "ACTIVE", { note: "First conversation" });
      await completeOpenCheckInReminder(tx, userId, mentorId);
      const rhythm = await syncRhythm(tx, userId, mentorId);
      return { mentorId, checkInId: checkIn.id, stage: "ACTIVE" as const, nextCheckInOn: rhythm.next };
    });
    return done(result);
  },
  "finishFirstConversationAction",
);
