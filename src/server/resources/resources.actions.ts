"use server";

import { revalidatePath } from "next/cache";
import { dayToDate, todayIn } from "@/domain/calendar";
import { ActionError, authedAction, fieldError, notFound } from "../action";
import { db } from "../db";
import { sendMail } from "../mail/mail";
import { resourceIdSchema, saveResourceSchema, sendResourceSchema } from "./resources.schema";

export const createResourceAction = authedAction(
  saveResourceSchema,
  async (input, { userId }) => {
    const resource = await db.resource.create({ data: { userId, ...input }, select: { id: true } });
    revalidatePath("/mentees", "layout");
    return { id: resource.id };
  },
  "createResourceAction",
);

/** Returns what was deleted, so the page can offer to put it back. */
export const deleteResourceAction = authedAction(
  resourceIdSchema,
  async ({ id }, { userId }) => {
    const resource = await db.resource.findFirst({ where: { id, userId } });
    if (!resource) throw notFound("Resource");
    await db.resource.delete({ where: { id, userId } });
    revalidatePath("/mentees", "layout");
    return { title: resource.title, url: resource.url, kind: resource.kind, questions: resource.questions };
  },
  "deleteResourceAction",
);

/**
 * Sends a resource with a sentence of the user's own, by mail, to a mentee (where it
 * also goes into the value ledger: given) or to someone who applied.
 */
export const sendResourceAction = authedAction(
  sendResourceSchema,
  async ({ resourceId, menteeId, applicationId, sentence }, { userId, timeZone }) => {
    const [resource, owner] = await Promise.all([
      db.resource.findFirst({ where: { id: resourceId, userId } }),
      db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } }),
    ]);
    if (!resource) throw notFound("Resource");
    const to = menteeId
      ? await db.mentee.findFirst({ where: { id: menteeId, userId }, select: { email: true } })
      : await db.application.findFirst({
          where: { id: applicationId, userId, status: { not: "UNCONFIRMED" } },
          select: { email: true },
        });
    if (!to) throw notFound(menteeId ? "Mentee" : "Application");
    if (!to.email) throw fieldError("resourceId", "They have no email address: add it in their details first.");
    try {
      // Plain text: the sentence and the link as typed, nothing rendered.
      await sendMail({
        to: to.email,
        subject: resource.title,
        text: `${sentence}\n\n${resource.title}\n${resource.url}\n${resource.questions ? `\nIt answers:\n${resource.questions}\n` : ""}${owner.name ? `\n${owner.name}\n` : ""}`,
      });
    } catch {
      throw new ActionError("It could not be sent just now: try again in a moment.");
    }
    if (menteeId)
      await db.valueExchange.create({
        data: {
          userId,
          menteeId,
          direction: "GAVE",
          kind: "RESEARCH_OR_CONTENT",
          description: `Sent “${resource.title}”`,
          occurredOn: dayToDate(todayIn(timeZone)),
        },
      });
    revalidatePath("/mentees", "layout");
    return { sent: true };
  },
  "sendResourceAction",
);
