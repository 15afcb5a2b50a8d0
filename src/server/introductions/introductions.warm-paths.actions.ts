"use server";

import { revalidatePath } from "next/cache";
import { dayToDate } from "@/domain/calendar";
import { assertNotFuture, authedAction, fieldError, notFound } from "../action";
import { db } from "../db";
import { moveStage } from "../mentors/move-stage";
import { warmIntroductionSchema, warmPathsSchema } from "./introductions.schema";
import { warmPathsTo } from "./introductions.warm-paths.queries";

/** A prospect's warm paths, looked up once their page is shown. */
export const warmPathsAction = authedAction(
  warmPathsSchema,
  async ({ prospectId }, { userId }) => {
    const prospect = await db.mentor.findFirst({
      where: { id: prospectId, userId, deletedAt: null },
      select: { id: true, name: true, organisation: true, notes: true, howWeMet: true },
    });
    if (!prospect) throw notFound("Mentor");
    return warmPathsTo(userId, prospect);
  },
  "warmPathsAction",
);

/**
 * "<mentor> introduced me to <prospect>": closes the loop on both timelines. The
 * mentor's ledger gains an introduction received; the prospect, if not yet contacted,
 * moves to Contacted with the introducer named (and "how we met" says so when empty).
 */
export const recordWarmIntroductionAction = authedAction(
  warmIntroductionSchema,
  async ({ introducerId, prospectId, occurredOn }, { userId, timeZone }) => {
    assertNotFuture(timeZone, occurredOn, "occurredOn");
    if (introducerId === prospectId) throw fieldError("introducerId", "Choose someone other than the prospect.");
    const done = await db.$transaction(async (tx) => {
      const people = await tx.mentor.findMany({
        where: { userId, id: { in: [introducerId, prospectId] }, deletedAt: null },
        select: { id: true, name: true, stage: true, howWeMet: true },
      });
      const introducer = people.find((p) => p.id === introducerId);
      const prospect = people.find((p) => p.id === prospectId);
      if (!introducer || !prospect) throw notFound("Mentor");
      await tx.valueExchange.create({
        data: {
          userId,
          mentorId: introducer.id,
          direction: "RECEIVED",
          kind: "INTRODUCTION",
          description: `Introduced me to ${prospect.name}`,
          occurredOn: dayToDate(occurredOn),
        },
      });
      if (!prospect.howWeMet?.trim())
        await tx.mentor.update({
          where: { id: prospect.id, userId },
          data: { howWeMet: `Introduced by ${introducer.name}` },
        });
      const moved =
        prospect.stage === "PROSPECT" || prospect.stage === "RESEARCHED"
          ? await moveStage(tx, userId, prospect, "CONTACTED", { note: `Introduced by ${introducer.name}` })
          : false;
      return { introducer: introducer.name, prospect: prospect.name, moved };
    });
    revalidatePath("/mentors", "layout");
    return done;
  },
  "recordWarmIntroductionAction",
);
