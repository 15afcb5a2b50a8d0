"use server";

import { revalidatePath } from "next/cache";
import { dayToDate, todayIn } from "@/domain/calendar";
import { ActionError, authedAction, fieldError, notFound } from "../action";
import { db } from "../db";
import { sendMail } from "../mail/mail";
import { introduceMenteesSchema } from "./mentees.schema";

/**
 * Introduces two mentees who both agreed: one email to both, with the user's reason,
 * and the introduction on each one's timeline (given, in the value ledger).
 */
export const introduceMenteesAction = authedAction(
  introduceMenteesSchema,
  async ({ menteeId, otherId, note }, { userId, timeZone }) => {
    const [people, owner] = await Promise.all([
      db.mentee.findMany({
        where: { userId, id: { in: [menteeId, otherId] } },
        select: { id: true, name: true, email: true },
      }),
      db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } }),
    ]);
    const one = people.find((p) => p.id === menteeId);
    const other = people.find((p) => p.id === otherId);
    if (!one || !other) throw notFound("Mentee");
    for (const [person, field] of [
      [one, "menteeId"],
      [other, "otherId"],
    ] as const)
      if (!person.email) throw fieldError(field, `${person.name} has no email address: add it in their details first.`);
    try {
      await sendMail({
        to: `${one.email}, ${other.email}`,
        subject: `${one.name}, meet ${other.name}`,
        text: `${one.name} and ${other.name},\n\nYou both said you would like to meet, so here you are.\n\n${note}\n\nI'll leave you to it.\n${owner.name ? `\n${owner.name}\n` : ""}`,
      });
    } catch {
      throw new ActionError("The introduction could not be sent just now: try again in a moment.");
    }
    const on = dayToDate(todayIn(timeZone));
    await db.valueExchange.createMany({
      data: [
        [one, other],
        [other, one],
      ].map(([a, b]) => ({
        userId,
        menteeId: a!.id,
        direction: "GAVE" as const,
        kind: "INTRODUCTION" as const,
        description: `Introduced to ${b!.name}`,
        occurredOn: on,
      })),
    });
    revalidatePath("/mentees", "layout");
    return { sent: true };
  },
  "introduceMenteesAction",
);
