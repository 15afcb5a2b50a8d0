import { z } from "zod";
import { channel } from "../check-ins/check-ins.schema";
import { cadenceDays, clearableText, day, id, stringList } from "../shared.schema";

export const MAX_GROUP_MEMBERS = 50;

const groupFields = {
  name: z
    .string({ error: "Name the group." })
    .trim()
    .min(1, "Name the group.")
    .max(100, "A group's name must be at most 100 characters."),
  description: clearableText(2_000, "The description").default(""),
  /** The meeting rhythm, in days. */
  cadenceDays,
  memberIds: stringList(MAX_GROUP_MEMBERS, `A group can have at most ${MAX_GROUP_MEMBERS} members.`, id("member")),
};

export const createPeerGroupSchema = z.object(groupFields);
export const updatePeerGroupSchema = z.object({ id: id("group"), ...groupFields });
export const peerGroupIdSchema = z.object({ id: id("group") });

/** A meeting: a check-in for every member present. */
export const logMeetingSchema = z.object({
  peerGroupId: id("group"),
  occurredOn: day("the date of the meeting"),
  channel: channel.default("VIDEO"),
  presentIds: stringList(MAX_GROUP_MEMBERS, `At most ${MAX_GROUP_MEMBERS} people.`, id("member")).refine(
    (ids) => ids.length > 0,
    "Tick who was there.",
  ),
  notes: clearableText(10_000, "Notes").default(""),
  takeaways: clearableText(5_000, "Takeaways").default(""),
});

export const restorePeerGroupSchema = createPeerGroupSchema;
