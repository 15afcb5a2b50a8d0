// What the security tests share: every server action, found from the source tree,
// and a user's whole map built through those actions.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { addDaysToDay, todayIn } from "@/domain/calendar";
import { describeAction } from "@/server/action";
import { saveApplicationPageAction } from "@/server/applications/applications.actions";
import { answerAskAction, createAskAction } from "@/server/asks/asks.actions";
import type { CurrentUser } from "@/server/auth/session";
import { logCheckInAction } from "@/server/check-ins/check-ins.actions";
import { db } from "@/server/db";
import { saveDreamTeamSlotAction } from "@/server/gaps/gaps.actions";
import { completeWizardAction } from "@/server/gaps/gaps.wizard.actions";
import { scheduleGroupSessionAction } from "@/server/group-sessions/group-sessions.actions";
import { createIntroductionAction } from "@/server/introductions/introductions.actions";
import { createMenteeAction, logMenteeWinAction } from "@/server/mentees/mentees.actions";
import { createMentorAction, updateRelationshipAction } from "@/server/mentors/mentors.actions";
import { saveResearchAction } from "@/server/outreach/outreach.actions";
import { createPeerGroupAction } from "@/server/peer-groups/peer-groups.actions";
import { createResourceAction } from "@/server/resources/resources.actions";
import { rotateCalendarTokenAction } from "@/server/settings/settings.actions";
import { takeSnapshotAction } from "@/server/snapshots/snapshots.actions";
import { addSprintTaskAction } from "@/server/sprint/sprint.actions";
import { logValueExchangeAction } from "@/server/value-exchanges/value-exchanges.actions";
import { createWinAction } from "@/server/wins/wins.actions";
import { signInAs } from "./session-double";

const ROOT = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}

/** Every file under src/ that declares server actions ("use server" at the top). */
export const actionFiles = () =>
  sourceFiles("src").filter((f) => /^\s*["']use server["']/.test(readFileSync(path.join(ROOT, f), "utf8")));

/** Every route handler under src/app, as its URL path ("/api/export"). */
export const routeFiles = () =>
  sourceFiles("src/app")
    .filter((f) => /(^|\/)route\.ts$/.test(f))
    .map(
      (f) =>
        "/" +
        path
          .dirname(path.relative("src/app", f))
          .split(path.sep)
          .filter((s) => !/^\(.*\)$/.test(s))
          .join("/"),
    );

export type FoundAction = {
  file: string;
  exportName: string;
  name: string;
  schema: import("zod").ZodType;
  run: (input: unknown) => Promise<unknown>;
};

/**
 * Imports every action module and describes each export. An export that was not
 * made by `authedAction` (so has no session check or schema) is reported by name.
 */
export async function loadActions(): Promise<{ actions: FoundAction[]; unregistered: string[] }> {
  const actions: FoundAction[] = [];
  const unregistered: string[] = [];
  for (const file of actionFiles()) {
    const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    for (const [exportName, value] of Object.entries(mod)) {
      const described = describeAction(value);
      if (!described) unregistered.push(`${file}: ${exportName}`);
      else actions.push({ file, exportName, ...described, run: value as FoundAction["run"] });
    }
  }
  return { actions, unregistered };
}

export type MapIds = {
  user: CurrentUser;
  marker: string;
  mentors: string[];
  gapAreas: string[];
  checkIn: string;
  checkInReminder: string;
  followUp: string;
  valueExchange: string;
  introduction: string;
  win: string;
  peerGroup: string;
  sprintTask: string;
  proposal: string;
  mentee: string;
  menteeWin: string;
  application: string;
  applicationSlug: string;
  groupSession: string;
  ask: string;
  answeredAsk: string;
  resource: string;
  otherMentee: string;
};

async function must<T>(result: Promise<unknown>): Promise<T> {
  const r = (await result) as { ok: boolean; data?: T; error?: string; fieldErrors?: unknown };
  if (!r.ok) throw new Error(`fixture step refused: ${r.error} ${JSON.stringify(r.fieldErrors)}`);
  return r.data as T;
}

/**
 * A map with one of everything, written through the actions as `user` would: gap
 * areas and a sprint from the wizard, mentors with rhythms, a check-in with a
 * follow-up, a value exchange, an introduction, a credited win, a peer group, a
 * sprint task, outreach research, a dream-team profile, a snapshot, a calendar
 * feed, and a calendar source with a meeting waiting in the inbox. Every free text carries `marker`, so a leak shows up in any answer.
 */
export async function buildMap(user: CurrentUser, marker: string): Promise<MapIds> {
  const a = {
    completeWizardAction,
    saveDreamTeamSlotAction,
    createMentorAction,
    updateRelationshipAction,
    logCheckInAction,
    logValueExchangeAction,
    createIntroductionAction,
    createWinAction,
    createPeerGroupAction,
    addSprintTaskAction,
    saveResearchAction,
    takeSnapshotAction,
    rotateCalendarTokenAction,
    createMenteeAction,
    logMenteeWinAction,
    saveApplicationPageAction,
    scheduleGroupSessionAction,
    createAskAction,
    answerAskAction,
    createResourceAction,
  };
  signInAs(user);
  const today = todayIn(user.timeZone);
  const area = (name: string) => ({
    key: name,
    name: `${name} ${marker}`,
    whyItMatters: `why ${marker}`,
    currentLevel: 3,
    targetLevel: 8,
    guidanceSought: `need ${marker}`,
    valueIOffer: `offer ${marker}`,
    profiles: { SAGE: `profile ${marker}` },
    mentorIds: {},
  });
  await must(
    a.completeWizardAction({ areas: [area("Leadership"), area("Writing")], sprintStartOn: today, step: 5, reached: 5 }),
  );
  const gapAreas = (
    await db.gapArea.findMany({ where: { userId: user.id }, orderBy: { priority: "asc" }, select: { id: true } })
  ).map((g) => g.id);
  const mentors: string[] = [];
  for (const [i, stage] of (["ACTIVE", "ACTIVE", "PROSPECT"] as const).entries()) {
    const { id } = await must<{ id: string }>(
      a.createMentorAction({
        name: `Mentor ${i} ${marker}`,
        email: `m${i}-${marker.toLowerCase()}@example.org`,
        category: "SAGE",
        stage,
        gapAreaIds: [gapAreas[i % 2]],
      }),
    );
    mentors.push(id);
  }
  await must(
    a.updateRelationshipAction({ id: mentors[0], category: "SAGE", gapAreaIds: [gapAreas[0]], cadenceDays: 30 }),
  );
  const { id: checkIn } = await must<{ id: string }>(
    a.logCheckInAction({
      mentorId: mentors[0],
      occurredOn: today,
      channel: "COFFEE",
      notes: `notes ${marker}`,
      followUps: [{ title: `follow ${marker}`, dueOn: addDaysToDay(today, 3) }],
    }),
  );
  const { id: valueExchange } = await must<{ id: string }>(
    a.logValueExchangeAction({
      mentorId: mentors[0],
      direction: "GAVE",
      kind: "ADVICE",
      description: `value ${marker}`,
      occurredOn: today,
    }),
  );
  const { id: introduction } = await must<{ id: string }>(
    a.createIntroductionAction({
      fromMentorId: mentors[0],
      toMentorId: mentors[1],
      introducedOn: today,
      why: `intro ${marker}`,
    }),
  );
  const { id: win } = await must<{ id: string }>(
    a.createWinAction({ title: `win ${marker}`, occurredOn: today, mentorIds: [mentors[0]] }),
  );
  const { id: peerGroup } = await must<{ id: string }>(
    a.createPeerGroupAction({ name: `group ${marker}`, memberIds: [mentors[0], mentors[1]], cadenceDays: 14 }),
  );
  const { id: sprintTask } = await must<{ id: string }>(a.addSprintTaskAction({ title: `task ${marker}`, phase: 1 }));
  await must(
    a.saveResearchAction({ mentorId: mentors[2], challenges: [`challenge ${marker}`], whatINeed: `need ${marker}` }),
  );
  await must(
    a.saveDreamTeamSlotAction({
      gapAreaId: gapAreas[0],
      category: "PEER",
      profile: `slot ${marker}`,
      mentorIds: [mentors[1]],
    }),
  );
  // Someone they mentor, with a session, what they taught back and a win.
  const { id: mentee } = await must<{ id: string }>(
    a.createMenteeAction({
      name: `Mentee ${marker}`,
      email: `mentee-${marker.toLowerCase()}@example.org`,
      goals: `goals ${marker}`,
      cadenceDays: 14,
    }),
  );
  await must(a.logCheckInAction({ menteeId: mentee, occurredOn: today, channel: "VIDEO", notes: `session ${marker}` }));
  await must(
    a.logValueExchangeAction({
      menteeId: mentee,
      direction: "RECEIVED",
      kind: "SKILL_TEACHING",
      description: `taught ${marker}`,
      occurredOn: today,
    }),
  );
  const { id: menteeWin } = await must<{ id: string }>(
    a.logMenteeWinAction({ menteeId: mentee, title: `mentee win ${marker}`, occurredOn: today }),
  );
  const { id: groupSession } = await must<{ id: string }>(
    a.scheduleGroupSessionAction({
      title: `circle ${marker}`,
      day: addDaysToDay(today, -1),
      time: "18:00",
      durationMinutes: 60,
      menteeIds: [mentee],
      notes: `agenda ${marker}`,
    }),
  );
  const { id: otherMentee } = await must<{ id: string }>(
    a.createMenteeAction({ name: `Other mentee ${marker}`, email: `other-${marker.toLowerCase()}@example.org` }),
  );
  const { id: resource } = await must<{ id: string }>(
    a.createResourceAction({ title: `answer ${marker}`, url: "https://video.example/a", questions: `q ${marker}` }),
  );
  // Two one-off asks, one of them answered.
  const asked = (n: number) =>
    must<{ id: string }>(a.createAskAction({ name: `Asked ${n} ${marker}`, question: `q ${marker}`, askedOn: today }));
  const { id: ask } = await asked(1);
  const { id: answeredAsk } = await asked(2);
  await must(a.answerAskAction({ id: answeredAsk, answer: `answer ${marker}`, answeredOn: today }));
  // An application page, and an application confirmed into the inbox (as the public route stores them).
  const applicationSlug = `page-${marker.toLowerCase()}`;
  await must(
    a.saveApplicationPageAction({
      slug: applicationSlug,
      open: "on",
      introduction: `intro ${marker}`,
      placesPerQuarter: 3,
      questions: `question ${marker}`,
    }),
  );
  const { id: application } = await db.application.create({
    data: {
      userId: user.id,
      name: `Applicant ${marker}`,
      email: `applicant-${marker.toLowerCase()}@example.org`,
      answers: [{ question: `question ${marker}`, answer: `answer ${marker}` }],
      status: "NEW",
      confirmedAt: new Date(),
    },
  });
  await must(a.takeSnapshotAction({}));
  await must(a.rotateCalendarTokenAction({}));
  // A calendar read from an uploaded file, and a meeting in it waiting in the inbox (as the upload route stores them).
  await db.calendarSource.create({ data: { userId: user.id, fileName: `cal-${marker}.ics`, lastReadAt: new Date() } });
  const { id: proposal } = await db.proposedCheckIn.create({
    data: {
      userId: user.id,
      mentorId: mentors[1]!,
      eventUid: `uid-${marker}`,
      occurrence: `${addDaysToDay(today, -1)}T09:00:00Z`,
      summary: `Coffee ${marker}`,
      startsAt: new Date(`${addDaysToDay(today, -1)}T09:00:00Z`),
      occurredOn: new Date(`${addDaysToDay(today, -1)}T00:00:00Z`),
      durationMinutes: 45,
      channel: "COFFEE",
      match: "EMAIL",
    },
  });
  const reminder = async (kind: "CHECK_IN" | "FOLLOW_UP") =>
    (await db.reminder.findFirstOrThrow({ where: { userId: user.id, status: "PENDING", kind }, select: { id: true } }))
      .id;
  const ids = {
    user,
    marker,
    mentors,
    gapAreas,
    checkIn,
    checkInReminder: await reminder("CHECK_IN"),
    followUp: await reminder("FOLLOW_UP"),
  };
  signInAs(null);
  return {
    ...ids,
    ...{ valueExchange, introduction, win, peerGroup, sprintTask, proposal, mentee, menteeWin },
    ...{ application, applicationSlug, groupSession, ask, answeredAsk, resource, otherMentee },
  };
}
