import { z } from "zod";
import { clearableText, day, id, optionalDay } from "../shared.schema";

const introductionFields = {
  fromMentorId: id("person you introduced"),
  toMentorId: id("person they were introduced to"),
  introducedOn: day("the date of the introduction"),
  why: clearableText(1_000, "Why").default(""),
};

const differentPeople = (v: { fromMentorId: string; toMentorId: string }) => v.fromMentorId !== v.toMentorId;
const samePerson = { path: ["toMentorId"], message: "Choose two different people." };

export const createIntroductionSchema = z.object(introductionFields).refine(differentPeople, samePerson);

/** Everything about an introduction, including how it turned out (recorded later). */
export const updateIntroductionSchema = z
  .object({
    id: id("introduction"),
    ...introductionFields,
    outcome: clearableText(2_000, "The outcome").default(""),
    outcomeOn: optionalDay("the date of the outcome"),
  })
  .refine(differentPeople, samePerson);

export const introductionIdSchema = z.object({ id: id("introduction") });

/** Undo of a delete: the introduction as it was. */
export const restoreIntroductionSchema = createIntroductionSchema.and(
  z.object({
    outcome: clearableText(2_000, "The outcome").default(""),
    outcomeOn: optionalDay("the date of the outcome"),
  }),
);

/** "<introducer> introduced me to <prospect>" (a warm path taken). */
export const warmIntroductionSchema = z.object({
  introducerId: id("person who introduced you"),
  prospectId: id("prospect"),
  occurredOn: day("the date of the introduction"),
});

export const warmPathsSchema = z.object({ prospectId: id("prospect") });
