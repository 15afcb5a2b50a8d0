"use server";

import { revalidatePath } from "next/cache";
import { addDaysToDay, dayToDate, todayIn } from "@/domain/calendar";
import { Prisma } from "@/generated/prisma/client";
import { authedAction, fieldError, notFound } from "../action";
import { completeOpenCheckInReminder, syncRhythm } from "../check-ins/rhythm";
import { db } from "../db";
import { assertOwnMentors, lockUser, type Tx } from "../ownership";
import {
  createPeerGroupSchema,
  logMeetingSchema,
  peerGroupIdSchema,
  restorePeerGroupSchema,
  updatePeerGroupSchema,
} from "./peer-groups.schema";

const done = <T>(value: T) => {
  revalidatePath("/peer-groups");
  revalidatePath("/mentors", "layout");
  return value;
};

async function ownGroup(tx: Tx, userId: string, id: string) {
  const group = await tx.peerGroup.findFirst({
    where: { id, userId },
    include: { members: { where: { userId }, select: { mentorId: true } } },
  });
  if (!group) throw notFound("Group");
  return group;
}

async function assertNameFree(tx: Tx, userId: string, name: string, exceptId?: string) {
  // lower() = lower(), not Prisma's case-insensitive `equals`: that is an ILIKE, where "_" and "\\" are pattern characters.
  const clash = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "PeerGroup" WHERE "userId" = ${userId} AND lower("name") = lower(${name}) AND "id" <> ${exceptId ?? ""} LIMIT 1`;
  if (clash.length) throw fieldError("name", `You already have a group called "${name}".`);
}

/** A unique-name race lost to a parallel request reads as the same field error. */
function nameTaken(error: unknown, name: string): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
    throw fieldError("name", `You already have a group called "${name}".`);
  throw error;
}

async function create(
  userId: string,
  {
    memberIds,
    cadenceDays,
    ...fields
  }: { name: string; description: string; cadenceDays?: number; memberIds: string[] },
) {
  return db
    .$transaction(async (tx) => {
      await lockUser(tx, userId);
      await assertNameFree(tx, userId, fields.name);
      const ids = await assertOwnMentors(tx, userId, memberIds, "memberIds");
      const group = await tx.peerGroup.create({
        data: { userId, ...fields, cadenceDays: cadenceDays ?? null },
        select: { id: true },
      });
      await tx.peerGroupMember.createMany({
        data: ids.map((mentorId) => ({ userId, peerGroupId: group.id, mentorId })),
      });
      return group;
    })
    .catch((error) => nameTaken(error, fields.name));
}

/** A named circle (mastermind) of people from the map, with a meeting rhythm. */
export const createPeerGroupAction = authedAction(
  createPeerGroupSchema,
  async (input, { userId }) => done(await create(userId, input)),
  "createPeerGroupAction",
);

export const updatePeerGroupAction = authedAction(
  updatePeerGroupSchema,
  async ({ id, memberIds, cadenceDays, ...fields }, { userId }) => {
    await db
      .$transaction(async (tx) => {
        await lockUser(tx, userId);
        const group = await ownGroup(tx, userId, id);
        await assertNameFree(tx, userId, fields.name, id);
        const ids = await assertOwnMentors(tx, userId, memberIds, "memberIds");
        // A new rhythm moves the next meeting on from the last one.
        const last = await tx.checkIn.findFirst({
          where: { userId, peerGroupId: id },
          orderBy: { occurredOn: "desc" },
          select: { occurredOn: true },
        });
        const nextMeetingOn =
          cadenceDays && last
            ? dayToDate(addDaysToDay(last.occurredOn.toISOString().slice(0, 10), cadenceDays))
            : cadenceDays
              ? group.nextMeetingOn
              : null;
        await tx.peerGroup.update({
          where: { id, userId },
          data: { ...fields, cadenceDays: cadenceDays ?? null, nextMeetingOn },
        });
        await tx.peerGroupMember.deleteMany({ where: { userId, peerGroupId: id, mentorId: { notIn: ids } } });
        await tx.peerGroupMember.createMany({
          data: ids.map((mentorId) => ({ userId, peerGroupId: id, mentorId })),
          skipDuplicates: true,
        });
      })
      .catch((error) => nameTaken(error, fields.name));
    return done({ id });
  },
  "updatePeerGroupAction",
);

/** Returns the group as it was, for Undo (its meetings stay in each member's log). */
export const deletePeerGroupAction = authedAction(
  peerGroupIdSchema,
  async ({ id }, { userId }) => {
    const deleted = await db.$transaction(async (tx) => {
      const group = await ownGroup(tx, userId, id);
      await tx.peerGroup.delete({ where: { id, userId } });
      return group;
    });
    return done({
      name: deleted.name,
      description: deleted.description,
      cadenceDays: deleted.cadenceDays ?? undefined,
      memberIds: deleted.members.map((m) => m.mentorId),
    });
  },
  "deletePeerGroupAction",
);

export const restorePeerGroupAction = authedAction(
  restorePeerGroupSchema,
  async (input, { userId }) => done(await create(userId, input)),
  "restorePeerGroupAction",
);

/**
 * A meeting: one check-in for every member present (each one's rhythm moves on, as
 * any check-in does), all or nothing, and the group's next meeting from its rhythm.
 */
export const logMeetingAction = authedAction(
  logMeetingSchema,
  async ({ peerGroupId, occurredOn, channel, presentIds, notes, takeaways }, { userId, timeZone }) => {
    if (occurredOn > addDaysToDay(todayIn(timeZone), 1))
      throw fieldError("occurredOn", "A meeting cannot be in the future.");
    const result = await db.$transaction(async (tx) => {
      const group = await ownGroup(tx, userId, peerGroupId);
      const members = new Set(group.members.map((m) => m.mentorId));
      const present = [...new Set(presentIds)];
      if (present.some((id) => !members.has(id)))
        throw fieldError("presentIds", "Only members of the group can be ticked as present.");
      await assertOwnMentors(tx, userId, present, "presentIds");
      await tx.checkIn.createMany({
        data: present.map((mentorId) => ({
          userId,
          mentorId,
          peerGroupId,
          occurredOn: dayToDate(occurredOn),
          channel,
          notes,
          takeaways,
        })),
      });
      for (const mentorId of present) {
        const mentor = await tx.mentor.findFirstOrThrow({
          where: { id: mentorId, userId },
          select: { lastCheckInOn: true },
        });
        if (!mentor.lastCheckInOn || dayToDate(occurredOn) >= mentor.lastCheckInOn)
          await completeOpenCheckInReminder(tx, userId, mentorId);
        await syncRhythm(tx, userId, mentorId);
      }
      const last = await tx.checkIn.findFirst({
        where: { userId, peerGroupId },
        orderBy: { occurredOn: "desc" },
        select: { occurredOn: true },
      });
      const nextMeetingOn =
        group.cadenceDays && last ? addDaysToDay(last.occurredOn.toISOString().slice(0, 10), group.cadenceDays) : null;
      await tx.peerGroup.update({
        where: { id: peerGroupId, userId },
        data: { nextMeetingOn: nextMeetingOn ? dayToDate(nextMeetingOn) : null },
      });
      return { peerGroupId, checkIns: present.length, nextMeetingOn };
    });
    return done(result);
  },
  "logMeetingAction",
);
