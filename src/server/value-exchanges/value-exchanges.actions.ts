"use server";

import { revalidatePath } from "next/cache";
import { dateToDay, dayToDate } from "@/domain/calendar";
import { authedAction, notFound } from "../action";
import { db } from "../db";
import { ownMentee } from "../mentees/sessions";
import { writeTransaction } from "../offline-writes";
import { ownMentor } from "../ownership";
import { logValueExchangeSchema, valueExchangeIdSchema } from "./value-exchanges.schema";

export const logValueExchangeAction = authedAction(
  logValueExchangeSchema,
  async (input, { userId }) => {
    const created = await writeTransaction(async (tx) => {
      const person = input.menteeId
        ? { menteeId: (await ownMentee(tx, userId, input.menteeId)).id }
        : { mentorId: (await ownMentor(tx, userId, input.mentorId!)).id };
      return tx.valueExchange.create({
        data: {
          userId,
          ...person,
          direction: input.direction,
          kind: input.kind,
          description: input.description,
          occurredOn: dayToDate(input.occurredOn),
        },
        select: { id: true },
      });
    });
    revalidatePath(input.menteeId ? "/mentees" : "/mentors", "layout");
    return { id: created.id };
  },
  "logValueExchangeAction",
  { offline: true },
);

/** Returns what was deleted, so the page can offer to put it back. */
export const deleteValueExchangeAction = authedAction(
  valueExchangeIdSchema,
  async ({ id }, { userId }) => {
    const existing = await db.valueExchange.findFirst({ where: { id, userId } });
    if (!existing) throw notFound("Value exchange");
    await db.valueExchange.delete({ where: { id, userId } });
    revalidatePath(existing.menteeId ? "/mentees" : "/mentors", "layout");
    // What logValueExchangeAction takes to put it back (undo).
    return {
      ...(existing.menteeId ? { menteeId: existing.menteeId } : { mentorId: existing.mentorId! }),
      direction: existing.direction,
      kind: existing.kind,
      description: existing.description,
      occurredOn: dateToDay(existing.occurredOn),
    };
  },
  "deleteValueExchangeAction",
);
