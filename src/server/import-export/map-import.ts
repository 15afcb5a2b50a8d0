import "server-only";
import { randomBytes } from "node:crypto";
import { dayToDate } from "@/domain/calendar";
import type { ExportDocument } from "@/domain/export-format";
import { sameFields } from "@/domain/same-fields";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "../db";
import { lockUser, type Tx } from "../tx";
import { ImportRefused } from "./export-document";

export type ImportMode = "restore" | "merge";

type Counts = { created: number; updated: number; skipped: number };
export type ImportPreview = {
  mode: ImportMode;
  formatVersion: number;
  collections: Record<string, Counts>;
  notes: string[];
};

/** New ids that sort in the file's order (so records made in the same millisecond keep it). */
function idMaker() {
  const run = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  let n = 0;
  return () => `i${run}${(n++).toString(36).padStart(6, "0")}`;
}

/** The mentor fields an import writes, and compares before writing. */
const MENTOR_FIELDS = {
  name: true,
  email: true,
  headline: true,
  organisation: true,
  linkedinUrl: true,
  websiteUrl: true,
  location: true,
  timeZone: true,
  howWeMet: true,
  notes: true,
  tags: true,
  category: true,
  stage: true,
  cadenceDays: true,
  nextCheckInOn: true,
  lastCheckInOn: true,
  revisitAfterOn: true,
  connectedOn: true,
  valueReceivedRating: true,
  valueProvidedRating: true,
  growthPotentialRating: true,
  archivedAt: true,
} as const;

const at = (iso: string) => new Date(iso);
const atOrNull = (iso: string | null) => (iso ? new Date(iso) : null);
const dayOrNull = (day: string | null) => (day ? dayToDate(day) : null);
const lower = (s: string | null | undefined) => (s ?? "").trim().toLowerCase();

/**
 * Works out, and with `commit` writes, an import (of a file read by
 * export-document.ts) into the user's account, all or
 * nothing in one transaction. Restore needs an empty account and brings back the
 * settings too; merge matches gap areas by name and mentors by email, then name,
 * updates what matches, and skips history it already has, so importing the same
 * file twice changes nothing. Ids in the file are never used as database keys:
 * a file cannot reach another account's records.
 */
export async function importMap(
  userId: string,
  doc: ExportDocument,
  mode: ImportMode,
  commit: boolean,
): Promise<ImportPreview> {
  const run = async (tx: Tx) => {
    await lockUser(tx, userId);
    const preview = await plan(tx, userId, doc, mode, commit);
    return preview;
  };
  if (!commit) return db.$transaction(run, { isolationLevel: "RepeatableRead" });
  return db.$transaction(run, { timeout: 120_000, maxWait: 10_000 });
}

async function plan(
  tx: Tx,
  userId: string,
  doc: ExportDocument,
  mode: ImportMode,
  commit: boolean,
): Promise<ImportPreview> {
  const newId = idMaker();
  const counts: Record<string, Counts> = {};
  const count = (what: string, kind: keyof Counts, n = 1) => {
    counts[what] ??= { created: 0, updated: 0, skipped: 0 };
    counts[what][kind] += n;
  };
  const notes: string[] = [];

  const [existingAreas, existingMentors, runningSprint] = await Promise.all([
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
      select: { ...MENTOR_FIELDS, id: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    tx.sprint.findFirst({ where: { userId, endedAt: null }, select: { startOn: true } }),
  ]);
  if (mode === "restore" && (existingAreas.length || existingMentors.length)) {
    throw new ImportRefused(
      `Restore is for an empty account, and this one already has ${existingMentors.length} ${existingMentors.length === 1 ? "person" : "people"} and ${existingAreas.length} gap ${existingAreas.length === 1 ? "area" : "areas"}. Choose "Merge" to add the file to what is here.`,
    );
  }

  // ── Gap areas: by name. ──
  const areaId = new Map<string, string>();
  const areaByName = new Map<string, { id: string; fields?: object }>(
    existingAreas.map(({ id, name: _name, priority: _priority, ...fields }) => [lower(_name), { id, fields }]),
  );
  let nextPriority = existingAreas.reduce((max, a) => Math.max(max, a.priority), 0);
  const areaCreates: Prisma.GapAreaCreateManyInput[] = [];
  for (const g of doc.gapAreas) {
    const fields = {
      whyItMatters: g.whyItMatters,
      currentLevel: g.currentLevel,
      targetLevel: g.targetLevel,
      guidanceSought: g.guidanceSought,
      valueIOffer: g.valueIOffer,
    };
    const match = areaByName.get(lower(g.name));
    if (match) {
      areaId.set(g.id, match.id);
      // What is already as the file has it is left alone: merging the same file twice writes nothing.
      if (match.fields && sameFields(match.fields, fields)) count("gapAreas", "skipped");
      else {
        count("gapAreas", "updated");
        if (commit) await tx.gapArea.update({ where: { id: match.id, userId }, data: fields });
      }
    } else {
      const id = newId();
      areaId.set(g.id, id);
      areaByName.set(lower(g.name), { id });
      areaCreates.push({
        id,
        userId,
        name: g.name,
        priority: mode === "restore" ? g.priority : ++nextPriority,
        createdAt: at(g.createdAt),
        ...fields,
      });
      count("gapAreas", "created");
    }
  }

  // ── Mentors: by email, then by name. ──
  const mentorId = new Map<string, string>();
  const matchedMentors = new Set<string>();
  // Each person here is matched once at most, namesakes in the order they were added:
  // two people of one name in the file are two people here, not one written twice.
  const byEmail = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  const remember = (index: Map<string, string[]>, key: string, id: string) =>
    index.set(key, [...(index.get(key) ?? []), id]);
  for (const m of existingMentors) {
    if (m.email) remember(byEmail, lower(m.email), m.id);
    remember(byName, lower(m.name), m.id);
  }
  const unmatched = (index: Map<string, string[]>, key: string) =>
    index.get(key)?.find((id) => !matchedMentors.has(id));
  const existingById = new Map(existingMentors.map(({ id, ...fields }) => [id, fields]));
  const mentorCreates: Prisma.MentorCreateManyInput[] = [];
  const links: Prisma.MentorGapAreaCreateManyInput[] = [];
  for (const m of doc.mentors) {
    const fields = {
      name: m.name,
      email: m.email,
      headline: m.headline,
      organisation: m.organisation,
      linkedinUrl: m.linkedinUrl,
      websiteUrl: m.websiteUrl,
      location: m.location,
      timeZone: m.timeZone,
      howWeMet: m.howWeMet,
      notes: m.notes,
      tags: m.tags,
      category: m.category,
      stage: m.stage,
      cadenceDays: m.cadenceDays,
      nextCheckInOn: dayOrNull(m.nextCheckInOn),
      lastCheckInOn: dayOrNull(m.lastCheckInOn),
      revisitAfterOn: dayOrNull(m.revisitAfterOn),
      connectedOn: dayOrNull(m.connectedOn),
      valueReceivedRating: m.valueReceivedRating,
      valueProvidedRating: m.valueProvidedRating,
      growthPotentialRating: m.growthPotentialRating,
      archivedAt: atOrNull(m.archivedAt),
    };
    // A restore brings back exactly what the file holds, namesakes included.
    const match =
      mode === "merge"
        ? (m.email && unmatched(byEmail, lower(m.email))) || unmatched(byName, lower(m.name))
        : undefined;
    const id = match ?? newId();
    mentorId.set(m.id, id);
    if (match) {
      matchedMentors.add(id);
      const here = existingById.get(id);
      if (here && sameFields(here, fields)) count("mentors", "skipped");
      else {
        count("mentors", "updated");
        if (commit) await tx.mentor.update({ where: { id, userId }, data: fields });
      }
    } else {
      mentorCreates.push({ id, userId, createdAt: at(m.createdAt), ...fields });
      count("mentors", "created");
    }
    for (const g of m.gapAreaIds) links.push({ userId, mentorId: id, gapAreaId: areaId.get(g)! });
  }

  // History of mentors who were already here: skip what is already recorded.
  const matched = [...matchedMentors];
  const seen = async <T>(rows: Promise<T[]>, key: (row: T) => string) => new Set((await rows).map(key));
  const [seenCheckIns, seenStages, seenValues, seenReminders, seenIntros, existingPlans, existingLinks] =
    await Promise.all([
      seen(
        tx.checkIn.findMany({ where: { userId, mentorId: { in: matched } } }),
        (c) => `${c.mentorId}|${c.occurredOn.toISOString()}|${c.channel}|${c.notes}|${c.takeaways}`,
      ),
      seen(
        tx.stageChange.findMany({ where: { userId, mentorId: { in: matched } } }),
        (s) => `${s.mentorId}|${s.toStage}|${s.changedAt.toISOString()}`,
      ),
      seen(
        tx.valueExchange.findMany({ where: { userId, mentorId: { in: matched } } }),
        (v) => `${v.mentorId}|${v.direction}|${v.kind}|${v.occurredOn.toISOString()}|${v.description}`,
      ),
      seen(
        tx.reminder.findMany({ where: { userId, mentorId: { in: matched } } }),
        (r) => `${r.mentorId}|${r.kind}|${r.dueOn.toISOString()}|${r.title}`,
      ),
      seen(
        tx.introduction.findMany({ where: { userId } }),
        (i) => `${i.fromMentorId}|${i.toMentorId}|${i.introducedOn.toISOString()}`,
      ),
      tx.outreachPlan.findMany({ where: { userId, mentorId: { in: matched } } }),
      seen(
        tx.mentorGapArea.findMany({ where: { userId, mentorId: { in: matched } } }),
        (l) => `${l.mentorId}|${l.gapAreaId}`,
      ),
    ]);
  const fresh = <T>(what: string, set: Set<string>, key: string, row: T, into: T[]) => {
    if (mode === "merge" && set.has(key)) return count(what, "skipped");
    set.add(key);
    into.push(row);
    count(what, "created");
  };

  // ── Peer groups (before check-ins, which point at them): by name. ──
  const groupId = new Map<string, string>();
  const existingGroups = new Map(
    (await tx.peerGroup.findMany({ where: { userId }, select: { id: true, name: true } })).map((g) => [
      lower(g.name),
      g.id,
    ]),
  );
  const groupCreates: Prisma.PeerGroupCreateManyInput[] = [];
  const members: Prisma.PeerGroupMemberCreateManyInput[] = [];
  for (const g of doc.peerGroups) {
    const match = existingGroups.get(lower(g.name));
    const id = match ?? newId();
    groupId.set(g.id, id);
    // A group already here keeps its own settings; only members the file adds are added.
    if (match) count("peerGroups", "skipped");
    else {
      existingGroups.set(lower(g.name), id);
      groupCreates.push({
        id,
        userId,
        name: g.name,
        description: g.description,
        cadenceDays: g.cadenceDays,
        nextMeetingOn: dayOrNull(g.nextMeetingOn),
        createdAt: at(g.createdAt),
      });
      count("peerGroups", "created");
    }
    for (const m of g.memberIds) members.push({ userId, peerGroupId: id, mentorId: mentorId.get(m)! });
  }

  const stageRows: Prisma.StageChangeCreateManyInput[] = [];
  for (const s of doc.stageChanges) {
    const m = mentorId.get(s.mentorId)!;
    fresh(
      "stageChanges",
      seenStages,
      `${m}|${s.toStage}|${at(s.changedAt).toISOString()}`,
      {
        id: newId(),
        userId,
        mentorId: m,
        fromStage: s.fromStage,
        toStage: s.toStage,
        changedAt: at(s.changedAt),
        note: s.note,
      },
      stageRows,
    );
  }
  const checkInId = new Map<string, string>();
  const checkInRows: Prisma.CheckInCreateManyInput[] = [];
  for (const c of doc.checkIns) {
    const m = mentorId.get(c.mentorId)!;
    const id = newId();
    const key = `${m}|${dayToDate(c.occurredOn).toISOString()}|${c.channel}|${c.notes}|${c.takeaways}`;
    if (mode === "restore" || !seenCheckIns.has(key)) checkInId.set(c.id, id);
    fresh(
      "checkIns",
      seenCheckIns,
      key,
      {
        id,
        userId,
        mentorId: m,
        occurredOn: dayToDate(c.occurredOn),
        channel: c.channel,
        notes: c.notes,
        takeaways: c.takeaways,
        peerGroupId: c.peerGroupId ? groupId.get(c.peerGroupId)! : null,
        createdAt: at(c.createdAt),
      },
      checkInRows,
    );
  }
  const reminderRows: Prisma.ReminderCreateManyInput[] = [];
  for (const r of doc.reminders) {
    const m = r.mentorId ? mentorId.get(r.mentorId)! : null;
    fresh(
      "reminders",
      seenReminders,
      `${m}|${r.kind}|${dayToDate(r.dueOn).toISOString()}|${r.title}`,
      {
        id: newId(),
        userId,
        mentorId: m,
        checkInId: r.checkInId ? (checkInId.get(r.checkInId) ?? null) : null,
        kind: r.kind,
        title: r.title,
        dueOn: dayToDate(r.dueOn),
        status: r.status,
        snoozedUntil: dayOrNull(r.snoozedUntil),
        completedAt: atOrNull(r.completedAt),
        createdAt: at(r.createdAt),
      },
      reminderRows,
    );
  }
  const valueRows: Prisma.ValueExchangeCreateManyInput[] = [];
  for (const v of doc.valueExchanges) {
    const m = mentorId.get(v.mentorId)!;
    fresh(
      "valueExchanges",
      seenValues,
      `${m}|${v.direction}|${v.kind}|${dayToDate(v.occurredOn).toISOString()}|${v.description}`,
      {
        id: newId(),
        userId,
        mentorId: m,
        direction: v.direction,
        kind: v.kind,
        description: v.description,
        occurredOn: dayToDate(v.occurredOn),
        createdAt: at(v.createdAt),
      },
      valueRows,
    );
  }
  const planned = new Map<string, object | null>(existingPlans.map((p) => [p.mentorId, p]));
  const planRows: Prisma.OutreachPlanCreateManyInput[] = [];
  for (const p of doc.outreachPlans) {
    const m = mentorId.get(p.mentorId)!;
    const { mentorId: _, researchedAt, sentAt, repliedAt, ...fields } = p;
    const data = {
      ...fields,
      researchLinks: fields.researchLinks,
      researchedAt: atOrNull(researchedAt),
      sentAt: atOrNull(sentAt),
      repliedAt: atOrNull(repliedAt),
    };
    if (planned.has(m)) {
      const here = planned.get(m);
      if (here && sameFields(here, data)) count("outreachPlans", "skipped");
      else {
        count("outreachPlans", "updated");
        if (commit) await tx.outreachPlan.update({ where: { mentorId: m }, data });
      }
    } else {
      planned.set(m, null);
      planRows.push({ id: newId(), userId, mentorId: m, ...data });
      count("outreachPlans", "created");
    }
  }
  const introRows: Prisma.IntroductionCreateManyInput[] = [];
  for (const i of doc.introductions) {
    const from = mentorId.get(i.fromMentorId)!;
    const to = mentorId.get(i.toMentorId)!;
    fresh(
      "introductions",
      seenIntros,
      `${from}|${to}|${dayToDate(i.introducedOn).toISOString()}`,
      {
        id: newId(),
        userId,
        fromMentorId: from,
        toMentorId: to,
        introducedOn: dayToDate(i.introducedOn),
        why: i.why,
        outcome: i.outcome,
        outcomeOn: dayOrNull(i.outcomeOn),
        createdAt: at(i.createdAt),
      },
      introRows,
    );
  }

  // ── Wins: by title and day. ──
  const existingWins = new Map(
    (await tx.win.findMany({ where: { userId }, select: { id: true, title: true, occurredOn: true } })).map((w) => [
      `${lower(w.title)}|${w.occurredOn.toISOString()}`,
      w.id,
    ]),
  );
  const winRows: Prisma.WinCreateManyInput[] = [];
  const credits: Prisma.WinCreditCreateManyInput[] = [];
  for (const w of doc.wins) {
    const key = `${lower(w.title)}|${dayToDate(w.occurredOn).toISOString()}`;
    const match = mode === "merge" ? existingWins.get(key) : undefined;
    const id = match ?? newId();
    if (match) count("wins", "skipped");
    else {
      existingWins.set(key, id);
      winRows.push({
        id,
        userId,
        title: w.title,
        description: w.description,
        occurredOn: dayToDate(w.occurredOn),
        sharedPubliclyOn: dayOrNull(w.sharedPubliclyOn),
        createdAt: at(w.createdAt),
      });
      count("wins", "created");
    }
    for (const c of w.credits)
      credits.push({ userId, winId: id, mentorId: mentorId.get(c.mentorId)!, sharedOn: dayOrNull(c.sharedOn) });
  }

  // ── Dream team: one profile per (area, category). ──
  const slotsHere = await tx.dreamTeamSlot.findMany({
    where: { userId },
    select: { id: true, gapAreaId: true, category: true, profile: true },
  });
  const existingSlots = new Map(slotsHere.map((s) => [`${s.gapAreaId}|${s.category}`, s.id]));
  const profiles = new Map(slotsHere.map((s) => [s.id, s.profile]));
  const slotRows: Prisma.DreamTeamSlotCreateManyInput[] = [];
  const matches: Prisma.DreamTeamMatchCreateManyInput[] = [];
  for (const d of doc.dreamTeam) {
    const area = areaId.get(d.gapAreaId)!;
    const key = `${area}|${d.category}`;
    const match = existingSlots.get(key);
    const id = match ?? newId();
    if (match && (!d.profile.trim() || profiles.get(match) === d.profile)) count("dreamTeam", "skipped");
    else if (match) {
      count("dreamTeam", "updated");
      if (commit) await tx.dreamTeamSlot.update({ where: { id, userId }, data: { profile: d.profile } });
    } else {
      existingSlots.set(key, id);
      slotRows.push({ id, userId, gapAreaId: area, category: d.category, profile: d.profile });
      count("dreamTeam", "created");
    }
    for (const m of d.mentorIds) matches.push({ userId, slotId: id, mentorId: mentorId.get(m)! });
  }

  // ── Sprints: by start day; one running sprint at most. ──
  const existingSprints = new Map(
    (await tx.sprint.findMany({ where: { userId }, select: { id: true, startOn: true } })).map((s) => [
      s.startOn.toISOString(),
      s.id,
    ]),
  );
  let running = Boolean(runningSprint);
  const sprintId = new Map<string, string>();
  const sprintRows: Prisma.SprintCreateManyInput[] = [];
  const taskRows: Prisma.SprintTaskCreateManyInput[] = [];
  for (const s of doc.sprints) {
    const key = dayToDate(s.startOn).toISOString();
    const match = existingSprints.get(key);
    if (match) {
      sprintId.set(s.id, match);
      count("sprints", "skipped");
      continue;
    }
    if (!s.endedAt && running) {
      count("sprints", "skipped");
      notes.push(
        `The sprint that started on ${s.startOn} is still running in the file, and you already have a running sprint: it was left out.`,
      );
      continue;
    }
    if (!s.endedAt) running = true;
    const id = newId();
    sprintId.set(s.id, id);
    existingSprints.set(key, id);
    sprintRows.push({
      id,
      userId,
      startOn: dayToDate(s.startOn),
      endedAt: atOrNull(s.endedAt),
      summary: (s.summary ?? undefined) as Prisma.InputJsonValue | undefined,
      createdAt: at(s.createdAt),
    });
    count("sprints", "created");
    for (const t of s.tasks)
      taskRows.push({
        id: newId(),
        userId,
        sprintId: id,
        title: t.title,
        phase: t.phase,
        position: t.position,
        doneAt: atOrNull(t.doneAt),
        createdAt: at(t.createdAt),
      });
  }
  const seenSnapshots = new Set(
    (await tx.mapSnapshot.findMany({ where: { userId }, select: { takenAt: true } })).map((s) =>
      s.takenAt.toISOString(),
    ),
  );
  const snapshotRows: Prisma.MapSnapshotCreateManyInput[] = [];
  for (const s of doc.snapshots) {
    fresh(
      "snapshots",
      seenSnapshots,
      at(s.takenAt).toISOString(),
      {
        id: newId(),
        userId,
        takenAt: at(s.takenAt),
        reason: s.reason,
        sprintId: s.sprintId ? (sprintId.get(s.sprintId) ?? null) : null,
        coverage: (s.coverage ?? {}) as Prisma.InputJsonValue,
      },
      snapshotRows,
    );
  }

  if (commit) {
    await tx.gapArea.createMany({ data: areaCreates });
    await tx.mentor.createMany({ data: mentorCreates });
    await tx.mentorGapArea.createMany({
      data: links.filter((l) => !existingLinks.has(`${l.mentorId}|${l.gapAreaId}`)),
      skipDuplicates: true,
    });
    await tx.peerGroup.createMany({ data: groupCreates });
    await tx.peerGroupMember.createMany({ data: members, skipDuplicates: true });
    await tx.stageChange.createMany({ data: stageRows });
    await tx.checkIn.createMany({ data: checkInRows });
    await tx.reminder.createMany({ data: reminderRows });
    await tx.valueExchange.createMany({ data: valueRows });
    await tx.outreachPlan.createMany({ data: planRows });
    await tx.introduction.createMany({ data: introRows });
    await tx.win.createMany({ data: winRows });
    await tx.winCredit.createMany({ data: credits, skipDuplicates: true });
    await tx.dreamTeamSlot.createMany({ data: slotRows });
    await tx.dreamTeamMatch.createMany({ data: matches, skipDuplicates: true });
    await tx.sprint.createMany({ data: sprintRows });
    await tx.sprintTask.createMany({ data: taskRows });
    await tx.mapSnapshot.createMany({ data: snapshotRows });
    if (mode === "restore") {
      const p = doc.profile;
      await tx.user.update({
        where: { id: userId },
        data: {
          name: p.name,
          timeZone: p.timeZone,
          digestFrequency: p.digest.frequency,
          digestWeekday: p.digest.weekday,
          digestHour: p.digest.hour,
          digestSendEmpty: p.digest.sendEmpty,
          digestUnsubscribedAt: p.digest.unsubscribed ? new Date() : null,
          gapWizardCompletedAt: atOrNull(p.gapAnalysisCompletedAt),
        },
      });
    }
  }
  return { mode, formatVersion: doc.formatVersion, collections: counts, notes };
}
