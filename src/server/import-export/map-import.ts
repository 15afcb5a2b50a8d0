import "server-only";
import { randomBytes } from "node:crypto";
import type { ExportDocument } from "@/domain/export-format";
import { type ImportMode, ImportPlan, type ImportPreview, importKeys, planPeople } from "@/domain/import-plan";
import { type HistoryHere, planHistory } from "@/domain/import-plan-history";
import {
  planApplicationPage,
  planAsks,
  planGroupSessionsAndResources,
  planMentees,
} from "@/domain/import-plan-mentoring";
import { MENTOR_FIELD_SELECT } from "@/domain/mentor-fields";
import { counted } from "@/domain/plural";
import { db } from "../db";
import { lockUser, type Tx } from "../ownership";
import { ImportRefused } from "./export-document";

export type { ImportMode, ImportPreview };

/** New ids that sort in the file's order (so records made in the same millisecond keep it). */
function idMaker() {
  const run = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  let n = 0;
  return () => `i${run}${(n++).toString(36).padStart(6, "0")}`;
}

/**
 * Works out, and with `commit` writes, an import (of a file read by
 * export-document.ts) into the user's account, all or nothing in one transaction.
 * Restore needs an empty account and brings back the settings too; merge matches gap
 * areas by name and mentors by email, then name, updates what matches, and skips
 * history it already has, so importing the same file twice changes nothing. The
 * planning is src/domain/import-plan.ts; this reads what is here and writes the plan.
 */
export async function importMap(
  userId: string,
  doc: ExportDocument,
  mode: ImportMode,
  commit: boolean,
): Promise<ImportPreview> {
  const run = async (tx: Tx) => {
    await lockUser(tx, userId);
    const plan = new ImportPlan(userId, doc, mode, idMaker());
    const [gapAreas, mentors] = await Promise.all([
      tx.gapArea.findMany({
        where: { userId },
        select: {
          id: true,
          name: true,
          priority: true,
          whyItMatters: true,
          currentLevel: true,
          targetLevel: true,
          guidanceSought: true,
          valueIOffer: true,
        },
      }),
      tx.mentor.findMany({
        where: { userId, deletedAt: null },
        select: { ...MENTOR_FIELD_SELECT, id: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      }),
    ]);
    // (Restore checks the map alone: someone who only mentors so far may restore their map.)
    if (mode === "restore" && (gapAreas.length || mentors.length))
      throw new ImportRefused(
        `Restore is for an empty account, and this one already has ${counted(mentors.length, "person", "people")} and ${counted(gapAreas.length, "gap area")}. Choose "Merge" to add the file to what is here.`,
      );
    planPeople(plan, { gapAreas, mentors });
    planHistory(plan, await historyHere(tx, userId, [...plan.matchedMentors]));
    planMentees(plan, await tx.mentee.findMany({ where: { userId }, select: { name: true, email: true } }));
    planAsks(plan, await tx.ask.findMany({ where: { userId }, select: { name: true, askedOn: true, question: true } }));
    const page = doc.applicationPage;
    planApplicationPage(plan, {
      mine: Boolean(await tx.applicationPage.count({ where: { userId } })),
      taken: page ? Boolean(await tx.applicationPage.count({ where: { slug: page.slug } })) : false,
    });
    planGroupSessionsAndResources(plan, {
      groupSessions: await tx.groupSession.findMany({ where: { userId }, select: { title: true, startsAt: true } }),
      resources: await tx.resource.findMany({ where: { userId }, select: { url: true } }),
    });
    if (commit) await write(tx, plan);
    return plan.preview();
  };
  if (!commit) return db.$transaction(run, { isolationLevel: "RepeatableRead" });
  return db.$transaction(run, { timeout: 120_000, maxWait: 10_000 });
}

/** Rows read by their mentor's id, so each has one (a check-in or value exchange may be a mentee's instead). */
const ofMentors = async <T extends { mentorId: string | null }>(rows: Promise<T[]>) =>
  (await rows).map((r) => ({ ...r, mentorId: r.mentorId! }));

/** What is already recorded: the history of the mentors the file matched, and the user's own collections. */
async function historyHere(tx: Tx, userId: string, matched: string[]): Promise<HistoryHere> {
  const ofMatched = { userId, mentorId: { in: matched } };
  const keys = async <T>(rows: Promise<T[]>, key: (row: T) => string) => new Set((await rows).map(key));
  const ids = async <T extends { id: string }>(rows: Promise<T[]>, key: (row: T) => string) =>
    new Map((await rows).map((r) => [key(r), r.id]));
  const idLists = async <T extends { id: string }>(rows: Promise<T[]>, key: (row: T) => string) => {
    const lists = new Map<string, string[]>();
    for (const r of await rows) {
      const list = lists.get(key(r));
      if (list) list.push(r.id);
      else lists.set(key(r), [r.id]);
    }
    return lists;
  };
  const oldestFirst = { orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }] };
  const [links, stageChanges, checkIns, reminders, valueExchanges, introductions, snapshots] = await Promise.all([
    keys(tx.mentorGapArea.findMany({ where: ofMatched }), importKeys.link),
    keys(tx.stageChange.findMany({ where: ofMatched }), importKeys.stageChange),
    keys(ofMentors(tx.checkIn.findMany({ where: ofMatched })), importKeys.checkIn),
    keys(tx.reminder.findMany({ where: ofMatched }), importKeys.reminder),
    keys(ofMentors(tx.valueExchange.findMany({ where: ofMatched })), importKeys.valueExchange),
    keys(tx.introduction.findMany({ where: { userId } }), importKeys.introduction),
    keys(tx.mapSnapshot.findMany({ where: { userId }, select: { takenAt: true } }), importKeys.snapshot),
  ]);
  const [plans, peerGroups, wins, sprints, dreamTeam, running] = await Promise.all([
    tx.outreachPlan.findMany({ where: ofMatched }),
    ids(tx.peerGroup.findMany({ where: { userId }, select: { id: true, name: true } }), importKeys.peerGroup),
    idLists(
      tx.win.findMany({ where: { userId }, select: { id: true, title: true, occurredOn: true }, ...oldestFirst }),
      importKeys.win,
    ),
    idLists(
      tx.sprint.findMany({ where: { userId }, select: { id: true, startOn: true }, ...oldestFirst }),
      importKeys.sprint,
    ),
    tx.dreamTeamSlot.findMany({
      where: { userId },
      select: { id: true, gapAreaId: true, category: true, profile: true },
    }),
    tx.sprint.count({ where: { userId, endedAt: null } }),
  ]);
  const outreachPlans = new Map<string, object | null>(plans.map((p) => [p.mentorId, p]));
  return {
    ...{ links, stageChanges, checkIns, reminders, valueExchanges, introductions, snapshots },
    ...{ outreachPlans, peerGroups, wins, sprints, dreamTeam, runningSprint: running > 0 },
  };
}

/** Updates first (rows already here), then every new row in an order that satisfies the foreign keys. */
async function write(tx: Tx, plan: ImportPlan) {
  const { userId, updates, creates } = plan;
  for (const { id, data } of updates.gapAreas) await tx.gapArea.update({ where: { id, userId }, data });
  for (const { id, data } of updates.mentors) await tx.mentor.update({ where: { id, userId }, data });
  for (const { mentorId, data } of updates.outreachPlans) await tx.outreachPlan.update({ where: { mentorId }, data });
  for (const { id, profile } of updates.dreamTeam)
    await tx.dreamTeamSlot.update({ where: { id, userId }, data: { profile } });
  await tx.gapArea.createMany({ data: creates.gapAreas });
  await tx.mentor.createMany({ data: creates.mentors });
  await tx.mentorGapArea.createMany({ data: creates.links, skipDuplicates: true });
  await tx.peerGroup.createMany({ data: creates.peerGroups });
  await tx.peerGroupMember.createMany({ data: creates.members, skipDuplicates: true });
  await tx.stageChange.createMany({ data: creates.stageChanges });
  await tx.mentee.createMany({ data: creates.mentees });
  await tx.menteeStageChange.createMany({ data: creates.menteeStageChanges });
  await tx.menteeWin.createMany({ data: creates.menteeWins });
  await tx.ask.createMany({ data: creates.asks });
  await tx.checkIn.createMany({ data: creates.checkIns });
  await tx.reminder.createMany({ data: creates.reminders });
  await tx.valueExchange.createMany({ data: creates.valueExchanges });
  await tx.groupSession.createMany({ data: creates.groupSessions });
  await tx.groupSessionInvite.createMany({ data: creates.groupInvites });
  await tx.resource.createMany({ data: creates.resources });
  await tx.outreachPlan.createMany({ data: creates.outreachPlans });
  await tx.introduction.createMany({ data: creates.introductions });
  await tx.win.createMany({ data: creates.wins });
  await tx.winCredit.createMany({ data: creates.credits, skipDuplicates: true });
  await tx.dreamTeamSlot.createMany({ data: creates.dreamTeam });
  await tx.dreamTeamMatch.createMany({ data: creates.matches, skipDuplicates: true });
  await tx.sprint.createMany({ data: creates.sprints });
  await tx.sprintTask.createMany({ data: creates.tasks });
  await tx.mapSnapshot.createMany({ data: creates.snapshots });
  if (creates.applicationPage) await tx.applicationPage.create({ data: creates.applicationPage });
  if (plan.mode === "restore") {
    const { name, timeZone, digest, gapAnalysisCompletedAt, workingHours } = plan.doc.profile;
    await tx.user.update({
      where: { id: userId },
      data: {
        name,
        timeZone,
        digestFrequency: digest.frequency,
        digestWeekday: digest.weekday,
        digestHour: digest.hour,
        digestSendEmpty: digest.sendEmpty,
        digestUnsubscribedAt: digest.unsubscribed ? new Date() : null,
        gapWizardCompletedAt: gapAnalysisCompletedAt ? new Date(gapAnalysisCompletedAt) : null,
        workStartHour: workingHours.start,
        workEndHour: workingHours.end,
      },
    });
  }
}
