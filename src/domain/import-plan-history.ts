import type { Prisma } from "@/generated/prisma/client";
import { dayToDate } from "./calendar";
import { at, atOrNull, dayOrNull, type ImportPlan, importKeys } from "./import-plan";
import { safeWebUrl } from "./safe-url";
import { sameFields } from "./same-fields";

/** What the account already has, by the keys of `importKeys` (history: of the mentors matched by the file). */
export type HistoryHere = {
  links: Set<string>;
  stageChanges: Set<string>;
  checkIns: Set<string>;
  reminders: Set<string>;
  valueExchanges: Set<string>;
  introductions: Set<string>;
  snapshots: Set<string>;
  /** Outreach plans by mentor id. */
  outreachPlans: Map<string, object | null>;
  /** Ids by key (a peer group's name is unique). */
  peerGroups: Map<string, string>;
  /**
   * Ids by key, oldest first: two wins on the same day may share a title, and two sprints a
   * start day, so the file's n-th record with a key is the n-th here (see `takeMatch`).
   */
  wins: Map<string, string[]>;
  sprints: Map<string, string[]>;
  dreamTeam: { id: string; gapAreaId: string; category: string; profile: string }[];
  runningSprint: boolean;
};

/** Everything that hangs off the people: planned after `planPeople`. */
export function planHistory(plan: ImportPlan, here: HistoryHere) {
  const { doc, mode, userId, ids, creates } = plan;
  const mentor = (fileId: string) => plan.here(ids.mentors, fileId);
  // A record already here is skipped on a merge; a restore writes exactly what the file holds.
  const fresh = <R, T extends R>(what: string, seen: Set<string>, key: string, row: T, into: R[]) => {
    if (mode === "merge" && seen.has(key)) return plan.count(what, "skipped");
    seen.add(key);
    into.push(row);
    plan.count(what, "created");
  };

  creates.links = creates.links.filter((l) => !here.links.has(importKeys.link(l)));

  // Peer groups (before check-ins, which point at them). A group already here keeps
  // its own settings; only members the file adds are added.
  for (const g of doc.peerGroups) {
    const match = here.peerGroups.get(importKeys.peerGroup(g));
    const id = match ?? plan.newId();
    ids.peerGroups.set(g.id, id);
    if (match) plan.count("peerGroups", "skipped");
    else {
      here.peerGroups.set(importKeys.peerGroup(g), id);
      const { name, description, cadenceDays } = g;
      const row = { id, userId, name, description, cadenceDays, createdAt: at(g.createdAt) };
      creates.peerGroups.push({ ...row, nextMeetingOn: dayOrNull(g.nextMeetingOn) });
      plan.count("peerGroups", "created");
    }
    for (const m of g.memberIds) creates.members.push({ userId, peerGroupId: id, mentorId: mentor(m) });
  }

  for (const s of doc.stageChanges) {
    const row = { id: plan.newId(), userId, mentorId: mentor(s.mentorId), fromStage: s.fromStage, toStage: s.toStage };
    const full = { ...row, changedAt: at(s.changedAt), note: s.note };
    fresh("stageChanges", here.stageChanges, importKeys.stageChange(full), full, creates.stageChanges);
  }
  for (const c of doc.checkIns) {
    const { channel, notes, takeaways } = c;
    const row = { id: plan.newId(), userId, mentorId: mentor(c.mentorId), occurredOn: dayToDate(c.occurredOn) };
    const full = { ...row, channel, notes, takeaways, createdAt: at(c.createdAt) };
    const key = importKeys.checkIn(full);
    if (mode === "restore" || !here.checkIns.has(key)) ids.checkIns.set(c.id, row.id);
    const peerGroupId = c.peerGroupId ? plan.here(ids.peerGroups, c.peerGroupId) : null;
    // Only web links, whatever the file says: they are shown as links.
    const links = c.links.filter((l) => safeWebUrl(l) !== null);
    fresh("checkIns", here.checkIns, key, { ...full, peerGroupId, links }, creates.checkIns);
  }
  for (const r of doc.reminders) {
    const row: Prisma.ReminderCreateManyInput & { mentorId: string | null } = {
      id: plan.newId(),
      userId,
      mentorId: r.mentorId ? mentor(r.mentorId) : null,
      checkInId: r.checkInId ? (ids.checkIns.get(r.checkInId) ?? null) : null,
      kind: r.kind,
      title: r.title,
      dueOn: dayToDate(r.dueOn),
      status: r.status,
      snoozedUntil: dayOrNull(r.snoozedUntil),
      completedAt: atOrNull(r.completedAt),
      createdAt: at(r.createdAt),
    };
    const key = importKeys.reminder({
      mentorId: row.mentorId,
      kind: r.kind,
      dueOn: dayToDate(r.dueOn),
      title: r.title,
    });
    fresh("reminders", here.reminders, key, row, creates.reminders);
  }
  for (const v of doc.valueExchanges) {
    const { direction, kind, description } = v;
    const row = { id: plan.newId(), userId, mentorId: mentor(v.mentorId), direction, kind, description };
    const full = { ...row, occurredOn: dayToDate(v.occurredOn), createdAt: at(v.createdAt) };
    fresh("valueExchanges", here.valueExchanges, importKeys.valueExchange(full), full, creates.valueExchanges);
  }
  for (const p of doc.outreachPlans) {
    const m = mentor(p.mentorId);
    const { mentorId: _, researchedAt, sentAt, repliedAt, ...fields } = p;
    const data = {
      ...fields,
      researchedAt: atOrNull(researchedAt),
      sentAt: atOrNull(sentAt),
      repliedAt: atOrNull(repliedAt),
    };
    if (here.outreachPlans.has(m)) {
      const existing = here.outreachPlans.get(m);
      if (existing && sameFields(existing, data)) plan.count("outreachPlans", "skipped");
      else {
        plan.count("outreachPlans", "updated");
        plan.updates.outreachPlans.push({ mentorId: m, data });
      }
    } else {
      here.outreachPlans.set(m, null);
      creates.outreachPlans.push({ id: plan.newId(), userId, mentorId: m, ...data });
      plan.count("outreachPlans", "created");
    }
  }
  for (const i of doc.introductions) {
    const { why, outcome } = i;
    const row = { id: plan.newId(), userId, fromMentorId: mentor(i.fromMentorId), toMentorId: mentor(i.toMentorId) };
    const full = { ...row, introducedOn: dayToDate(i.introducedOn), why, outcome };
    const dated = { ...full, outcomeOn: dayOrNull(i.outcomeOn), createdAt: at(i.createdAt) };
    fresh("introductions", here.introductions, importKeys.introduction(full), dated, creates.introductions);
  }
  planWins(plan, here);
  planDreamTeam(plan, here);
  planSprints(plan, here);
  for (const s of doc.snapshots) {
    const sprintId = s.sprintId ? (ids.sprints.get(s.sprintId) ?? null) : null;
    const coverage = (s.coverage ?? {}) as Prisma.InputJsonValue;
    const row = { id: plan.newId(), userId, takenAt: at(s.takenAt), reason: s.reason, sprintId, coverage };
    fresh("snapshots", here.snapshots, importKeys.snapshot(row), row, creates.snapshots);
  }
}

/**
 * The oldest record here with this key that no earlier record of the file has matched. A
 * record the file brings in is not added: the file's own records with one key are each
 * someone's (restore writes them all), so a merge writes them all too.
 */
const takeMatch = (here: Map<string, string[]>, key: string) => here.get(key)?.shift();

/** Wins by title and day; their credits. */
function planWins(plan: ImportPlan, here: HistoryHere) {
  const { userId, creates } = plan;
  for (const w of plan.doc.wins) {
    const occurredOn = dayToDate(w.occurredOn);
    const key = importKeys.win({ title: w.title, occurredOn });
    const match = plan.mode === "merge" ? takeMatch(here.wins, key) : undefined;
    const id = match ?? plan.newId();
    if (match) plan.count("wins", "skipped");
    else {
      const { title, description } = w;
      const row = { id, userId, title, description, occurredOn, createdAt: at(w.createdAt) };
      creates.wins.push({ ...row, sharedPubliclyOn: dayOrNull(w.sharedPubliclyOn) });
      plan.count("wins", "created");
    }
    for (const c of w.credits) {
      const mentorId = plan.here(plan.ids.mentors, c.mentorId);
      creates.credits.push({ userId, winId: id, mentorId, sharedOn: dayOrNull(c.sharedOn) });
    }
  }
}

/** One dream-team profile per (area, category); an empty profile in the file leaves the one here. */
function planDreamTeam(plan: ImportPlan, here: HistoryHere) {
  const { userId, creates } = plan;
  const slots = new Map(here.dreamTeam.map((s) => [importKeys.dreamTeam(s), s.id]));
  const profiles = new Map(here.dreamTeam.map((s) => [s.id, s.profile]));
  for (const d of plan.doc.dreamTeam) {
    const gapAreaId = plan.here(plan.ids.gapAreas, d.gapAreaId);
    const key = importKeys.dreamTeam({ gapAreaId, category: d.category });
    const match = slots.get(key);
    const id = match ?? plan.newId();
    if (match && (!d.profile.trim() || profiles.get(match) === d.profile)) plan.count("dreamTeam", "skipped");
    else if (match) {
      plan.count("dreamTeam", "updated");
      plan.updates.dreamTeam.push({ id, profile: d.profile });
    } else {
      slots.set(key, id);
      creates.dreamTeam.push({ id, userId, gapAreaId, category: d.category, profile: d.profile });
      plan.count("dreamTeam", "created");
    }
    for (const m of d.mentorIds) creates.matches.push({ userId, slotId: id, mentorId: plan.here(plan.ids.mentors, m) });
  }
}

/** Sprints by start day, with their tasks; one running sprint at most. */
function planSprints(plan: ImportPlan, here: HistoryHere) {
  const { userId, creates } = plan;
  let running = here.runningSprint;
  for (const s of plan.doc.sprints) {
    const startOn = dayToDate(s.startOn);
    const key = importKeys.sprint({ startOn });
    const match = takeMatch(here.sprints, key);
    if (match) {
      plan.ids.sprints.set(s.id, match);
      plan.count("sprints", "skipped");
      continue;
    }
    if (!s.endedAt && running) {
      plan.count("sprints", "skipped");
      plan.notes.push(
        `The sprint that started on ${s.startOn} is still running in the file, and you already have a running sprint: it was left out.`,
      );
      continue;
    }
    if (!s.endedAt) running = true;
    const id = plan.newId();
    plan.ids.sprints.set(s.id, id);
    const summary = (s.summary ?? undefined) as Prisma.InputJsonValue | undefined;
    creates.sprints.push({ id, userId, startOn, endedAt: atOrNull(s.endedAt), summary, createdAt: at(s.createdAt) });
    plan.count("sprints", "created");
    for (const t of s.tasks) {
      const { title, phase, position } = t;
      const row = { id: plan.newId(), userId, sprintId: id, title, phase, position };
      creates.tasks.push({ ...row, doneAt: atOrNull(t.doneAt), createdAt: at(t.createdAt) });
    }
  }
}
