"use server";

import { revalidatePath } from "next/cache";
import { Prisma } from "@/generated/prisma/client";
import { ActionError, authedAction, fieldError, notFound } from "../action";
import { db } from "../db";
import { sendMail } from "../mail/mail";
import type { Tx } from "../ownership";
import type { Answer } from "./applications.queries";
import { applicationIdSchema, applicationPageSchema, declineApplicationSchema } from "./applications.schema";

/** Opens, closes or edits the user's application page; its address is the user's own pick, unique across the app. */
export const saveApplicationPageAction = authedAction(
  applicationPageSchema,
  async (input, { userId }) => {
    try {
      await db.applicationPage.upsert({ where: { userId }, create: { userId, ...input }, update: input });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
        throw fieldError("slug", "That address is taken: choose another.");
      throw error;
    }
    revalidatePath("/mentees", "layout");
    return { slug: input.slug, open: input.open };
  },
  "saveApplicationPageAction",
);

/** An application still waiting for a decision (new or waitlisted), the user's own. */
async function undecided(tx: Tx, userId: string, id: string) {
  const application = await tx.application.findFirst({
    where: { id, userId, status: { in: ["NEW", "WAITLISTED"] } },
  });
  if (!application) throw notFound("Application");
  return application;
}

const goalsFrom = (answers: Answer[]) => answers.map((a) => `${a.question}\n${a.answer}`).join("\n\n");

/** The application's mentee, at `stage`: the one it became on the waitlist, or a new one. */
async function menteeAt(
  tx: Tx,
  userId: string,
  application: Awaited<ReturnType<typeof undecided>>,
  stage: "ACCEPTED" | "WAITLISTED" | "DECLINED",
) {
  if (application.menteeId) {
    const mentee = await tx.mentee.findFirst({ where: { id: application.menteeId, userId } });
    if (mentee) {
      if (mentee.stage !== stage) {
        await tx.mentee.update({ where: { id: mentee.id, userId }, data: { stage } });
        await tx.menteeStageChange.create({
          data: { userId, menteeId: mentee.id, fromStage: mentee.stage, toStage: stage },
        });
      }
      return mentee.id;
    }
  }
  if (stage === "DECLINED") return null;
  const mentee = await tx.mentee.create({
    data: {
      userId,
      name: application.name,
      email: application.email,
      goals: goalsFrom(application.answers as Answer[]),
      stage,
    },
    select: { id: true },
  });
  await tx.menteeStageChange.create({ data: { userId, menteeId: mentee.id, fromStage: "APPLIED", toStage: stage } });
  return mentee.id;
}

function decide(status: "ACCEPTED" | "WAITLISTED", name: string) {
  return authedAction(
    applicationIdSchema,
    async ({ id }, { userId }) => {
      const menteeId = await db.$transaction(async (tx) => {
        const application = await undecided(tx, userId, id);
        const menteeId = await menteeAt(tx, userId, application, status);
        await tx.application.update({ where: { id, userId }, data: { status, decidedAt: new Date(), menteeId } });
        return menteeId!;
      });
      revalidatePath("/mentees", "layout");
      return { id, menteeId };
    },
    name,
  );
}

/** Accepts: the applicant becomes a mentee (Accepted), with their answers as their goals. */
export const acceptApplicationAction = decide("ACCEPTED", "acceptApplicationAction");

/** Waitlists: a mentee on the waitlist, to accept when a place opens. */
export const waitlistApplicationAction = decide("WAITLISTED", "waitlistApplicationAction");

/** Declines, with the kind reply sent by mail if asked; the application is deleted 90 days later. */
export const declineApplicationAction = authedAction(
  declineApplicationSchema,
  async ({ id, reply, send }, { userId }) => {
    const application = await db.application.findFirst({
      where: { id, userId, status: { in: ["NEW", "WAITLISTED"] } },
      select: { email: true },
    });
    if (!application) throw notFound("Application");
    if (send) {
      const owner = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } });
      try {
        // Plain text: whatever the applicant or the owner typed is shown as typed.
        await sendMail({
          to: application.email,
          subject: `Your application${owner.name ? ` to ${owner.name}` : ""}`,
          text: `${reply}\n`,
        });
      } catch {
        throw new ActionError("The reply could not be sent: nothing was changed. Try again in a moment.");
      }
    }
    await db.$transaction(async (tx) => {
      const current = await undecided(tx, userId, id);
      await menteeAt(tx, userId, current, "DECLINED");
      await tx.application.update({ where: { id, userId }, data: { status: "DECLINED", decidedAt: new Date() } });
    });
    revalidatePath("/mentees", "layout");
    return { id, sent: send };
  },
  "declineApplicationAction",
);
