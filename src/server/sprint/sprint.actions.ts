"use server";

import { revalidatePath } from "next/cache";
import { dayToDate, todayIn } from "@/domain/calendar";
import { coverageScore } from "@/domain/snapshot";
import { SPRINT_DAYS, sprintStartProblem } from "@/domain/sprint";
import { ActionError, authedAction, notFound } from "../action";
import { db } from "../db";
import { lockUser, type Tx } from "../ownership";
import { takeSnapshot } from "../snapshots/take-snapshot";
import { currentSprint, type SprintProgress, sprintProgress } from "./sprint.queries";
import {
  restoreSprintTaskSchema,
  sprintTaskIdSchema,
  sprintTaskSchema,
  startSprintSchema,
  toggleSprintTaskSchema,
} from "./sprint.schema";

function revalidateSprint() {
  revalidatePath("/sprint");
  revalidatePath("/dashboard");
}

/**
 * Starts a sprint. A running one is closed first, but only after its 90 days: its
 * summary and a snapshot of the map are kept as history.
 */
export const startSprintAction = authedAction(
  startSprintSchema,
  async ({ startOn }, { userId, timeZone }) => {
    const today = todayIn(timeZone);
    const problem = sprintStartProblem(startOn, today);
    if (problem) throw new ActionError("Please correct the highlighted fields.", { startOn: [problem] });
    const sprint = await db.$transaction(async (tx) => {
      await lockUser(tx, userId);
      const running = await currentSprint(tx, userId);
      const progress = running ? await sprintProgress(tx, { id: userId, timeZone }, today) : null;
      if (running && progress) {
        if (progress.day <= SPRINT_DAYS)
          throw new ActionError(
            `Your sprint is on day ${progress.day} of ${SPRINT_DAYS}; start the next one after day ${SPRINT_DAYS}.`,
          );
        await endSprint(tx, { id: userId, timeZone }, running.id, progress);
      }
      return tx.sprint.create({ data: { userId, startOn: dayToDate(startOn) }, select: { id: true } });
    });
    revalidateSprint();
    return sprint;
  },
  "startSprintAction",
);

async function endSprint(tx: Tx, user: { id: string; timeZone: string }, sprintId: string, progress: SprintProgress) {
  const snapshot = await takeSnapshot(tx, user, "SPRINT_END", sprintId);
  const tasks = await tx.sprintTask.groupBy({
    by: ["sprintId"],
    where: { userId: user.id, sprintId },
    _count: { _all: true, doneAt: true },
  });
  const summary = {
    startOn: progress.startOn,
    endOn: progress.endOn,
    progress: progress.progress,
    phases: progress.phases.map((p) => ({
      name: p.name,
      progress: p.progress,
      done: p.done,
      targets: p.targets.map((t) => ({ label: t.label, value: t.value, goal: t.goal, done: t.done })),
    })),
    longestStreakWeeks: progress.streak.streak,
    weeksWithOutreach: progress.streak.weeks.filter((w) => w.state === "done").length,
    tasks: { total: tasks[0]?._count._all ?? 0, done: tasks[0]?._count.doneAt ?? 0 },
    coverage: coverageScore(snapshot.coverage),
  };
  await tx.sprint.update({ where: { id: sprintId, userId: user.id }, data: { endedAt: new Date(), summary } });
}

async function ownRunningSprint(tx: Tx, userId: string) {
  const sprint = await currentSprint(tx, userId);
  if (!sprint) throw new ActionError("Start a sprint first.");
  return sprint;
}

export const addSprintTaskAction = authedAction(
  sprintTaskSchema,
  async ({ title, phase }, { userId }) => {
    const task = await db.$transaction(async (tx) => {
      const sprint = await ownRunningSprint(tx, userId);
      const position = await tx.sprintTask.count({ where: { userId, sprintId: sprint.id } });
      return tx.sprintTask.create({
        data: { userId, sprintId: sprint.id, title, phase, position },
        select: { id: true },
      });
    });
    revalidateSprint();
    return task;
  },
  "addSprintTaskAction",
);

export const toggleSprintTaskAction = authedAction(
  toggleSprintTaskSchema,
  async ({ id, done }, { userId }) => {
    const { count } = await db.sprintTask.updateMany({
      where: { id, userId },
      data: { doneAt: done ? new Date() : null },
    });
    if (!count) throw notFound("Task");
    revalidateSprint();
    return { id, done };
  },
  "toggleSprintTaskAction",
);

/** Deletes a task and returns what Undo needs. */
export const deleteSprintTaskAction = authedAction(
  sprintTaskIdSchema,
  async ({ id }, { userId }) => {
    const task = await db.$transaction(async (tx) => {
      const found = await tx.sprintTask.findFirst({
        where: { id, userId },
        select: { title: true, phase: true, doneAt: true },
      });
      if (!found) throw notFound("Task");
      await tx.sprintTask.delete({ where: { id } });
      return found;
    });
    revalidateSprint();
    return { title: task.title, phase: task.phase as 1 | 2 | 3 | null, done: task.doneAt !== null };
  },
  "deleteSprintTaskAction",
);

export const restoreSprintTaskAction = authedAction(
  restoreSprintTaskSchema,
  async ({ title, phase, done }, { userId }) => {
    const task = await db.$transaction(async (tx) => {
      const sprint = await ownRunningSprint(tx, userId);
      return tx.sprintTask.create({
        data: { userId, sprintId: sprint.id, title, phase, doneAt: done ? new Date() : null },
        select: { id: true },
      });
    });
    revalidateSprint();
    return task;
  },
  "restoreSprintTaskAction",
);
