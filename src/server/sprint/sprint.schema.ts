import { z } from "zod";
import { day, formNumber, id } from "../shared.schema";

export const startSprintSchema = z.object({ startOn: day("the day your sprint starts") });

export const sprintTaskSchema = z.object({
  title: z
    .string({ error: "Say what the task is." })
    .trim()
    .min(1, "Say what the task is.")
    .max(200, "A task must be at most 200 characters."),
  phase: z.preprocess(
    formNumber(null),
    z.union([z.literal(1), z.literal(2), z.literal(3)], { error: "Choose a phase, or the whole sprint." }).nullable(),
  ),
});

export const sprintTaskIdSchema = z.object({ id: id("task") });
export const toggleSprintTaskSchema = z.object({
  id: id("task"),
  done: z.boolean({ error: "Say whether the task is done." }),
});
export const restoreSprintTaskSchema = sprintTaskSchema.extend({ done: z.boolean() });

export const compareSnapshotsSchema = z.object({
  a: z.string().max(40).optional(),
  b: z.string().max(40).optional(),
});
