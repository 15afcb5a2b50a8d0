import "server-only";
import { dateToDay } from "@/domain/calendar";
import { mentorRecordOf } from "@/domain/mentor-fields";
import type {
  CheckIn,
  DreamTeamMatch,
  DreamTeamSlot,
  GapArea,
  Introduction,
  MapSnapshot,
  Mentor,
  OutreachPlan,
  PeerGroup,
  PeerGroupMember,
  Reminder,
  Sprint,
  SprintTask,
  StageChange,
  ValueExchange,
  Win,
  WinCredit,
} from "@/generated/prisma/client";

// One record of the export (src/domain/export-format.ts) from one row, for
// src/server/import-export/map-export.ts.

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);
const dayOrNull = (d: Date | null) => (d ? dateToDay(d) : null);
/** Links listed in the order of the mentors they point to (an export of an import lists them the same way). */
type MentorOrder = Map<string, number>;
const byMentor = <T extends { mentorId: string }>(rows: T[], order: MentorOrder) =>
  [...rows].sort((a, b) => (order.get(a.mentorId) ?? 0) - (order.get(b.mentorId) ?? 0));

export const gapAreaOut = (g: GapArea) => ({
  id: g.id,
  name: g.name,
  whyItMatters: g.whyItMatters,
  currentLevel: g.currentLevel,
  targetLevel: g.targetLevel,
  priority: g.priority,
  guidanceSought: g.guidanceSought,
  valueIOffer: g.valueIOffer,
  createdAt: iso(g.createdAt),
});

/** `gapAreaIds` in the order of the gap areas, as the export's query sends them. */
export const mentorOut = (m: Mentor & { gapAreaIds: string[] }) => ({
  id: m.id,
  ...mentorRecordOf(m),
  createdAt: iso(m.createdAt),
  gapAreaIds: m.gapAreaIds,
});

export const stageChangeOut = (s: StageChange) => ({
  mentorId: s.mentorId,
  fromStage: s.fromStage,
  toStage: s.toStage,
  changedAt: iso(s.changedAt),
  note: s.note,
});

export const checkInOut = (c: CheckIn) => ({
  id: c.id,
  mentorId: c.mentorId,
  occurredOn: dateToDay(c.occurredOn),
  channel: c.channel,
  notes: c.notes,
  takeaways: c.takeaways,
  links: c.links,
  peerGroupId: c.peerGroupId,
  createdAt: iso(c.createdAt),
});

export const reminderOut = (r: Reminder) => ({
  mentorId: r.mentorId,
  checkInId: r.checkInId,
  kind: r.kind,
  title: r.title,
  dueOn: dateToDay(r.dueOn),
  status: r.status,
  snoozedUntil: dayOrNull(r.snoozedUntil),
  completedAt: isoOrNull(r.completedAt),
  createdAt: iso(r.createdAt),
});

export const valueExchangeOut = (v: ValueExchange) => ({
  mentorId: v.mentorId,
  direction: v.direction,
  kind: v.kind,
  description: v.description,
  occurredOn: dateToDay(v.occurredOn),
  createdAt: iso(v.createdAt),
});

export const outreachPlanOut = (p: OutreachPlan) => ({
  mentorId: p.mentorId,
  researchLinks: Array.isArray(p.researchLinks) ? (p.researchLinks as { url: string; note: string }[]) : [],
  challenges: p.challenges,
  waysToHelp: p.waysToHelp,
  whatINeed: p.whatINeed,
  whatIOffer: p.whatIOffer,
  researchedAt: isoOrNull(p.researchedAt),
  subject: p.subject,
  compliment: p.compliment,
  ask: p.ask,
  offer: p.offer,
  easyOut: p.easyOut,
  sentAt: isoOrNull(p.sentAt),
  followUpDays: p.followUpDays,
  reply: p.reply,
  repliedAt: isoOrNull(p.repliedAt),
  prepQuestions: p.prepQuestions,
  conversationNotes: p.conversationNotes,
  thankYouNote: p.thankYouNote,
});

export const introductionOut = (i: Introduction) => ({
  fromMentorId: i.fromMentorId,
  toMentorId: i.toMentorId,
  introducedOn: dateToDay(i.introducedOn),
  why: i.why,
  outcome: i.outcome,
  outcomeOn: dayOrNull(i.outcomeOn),
  createdAt: iso(i.createdAt),
});

export const winOut = (w: Win & { credits: WinCredit[] }, order: MentorOrder) => ({
  id: w.id,
  title: w.title,
  description: w.description,
  occurredOn: dateToDay(w.occurredOn),
  sharedPubliclyOn: dayOrNull(w.sharedPubliclyOn),
  createdAt: iso(w.createdAt),
  credits: byMentor(w.credits, order).map((c) => ({ mentorId: c.mentorId, sharedOn: dayOrNull(c.sharedOn) })),
});

export const peerGroupOut = (g: PeerGroup & { members: PeerGroupMember[] }, order: MentorOrder) => ({
  id: g.id,
  name: g.name,
  description: g.description,
  cadenceDays: g.cadenceDays,
  nextMeetingOn: dayOrNull(g.nextMeetingOn),
  createdAt: iso(g.createdAt),
  memberIds: byMentor(g.members, order).map((m) => m.mentorId),
});

export const dreamTeamOut = (s: DreamTeamSlot & { matches: DreamTeamMatch[] }, order: MentorOrder) => ({
  gapAreaId: s.gapAreaId,
  category: s.category,
  profile: s.profile,
  mentorIds: byMentor(s.matches, order).map((m) => m.mentorId),
});

export const sprintOut = (s: Sprint & { tasks: SprintTask[] }) => ({
  id: s.id,
  startOn: dateToDay(s.startOn),
  endedAt: isoOrNull(s.endedAt),
  summary: s.summary ?? null,
  createdAt: iso(s.createdAt),
  tasks: s.tasks.map((t) => ({
    title: t.title,
    phase: t.phase,
    position: t.position,
    doneAt: isoOrNull(t.doneAt),
    createdAt: iso(t.createdAt),
  })),
});

export const snapshotOut = (s: MapSnapshot) => ({
  takenAt: iso(s.takenAt),
  reason: s.reason,
  sprintId: s.sprintId,
  coverage: s.coverage,
});

/** A timestamp as Postgres puts it in JSON (UTC, no zone) → an ISO instant. */
const utcIso = (timestamp: string) => new Date(`${timestamp}Z`).toISOString();
const utcIsoOrNull = (timestamp: string | null) => (timestamp ? utcIso(timestamp) : null);

/** A mentee as the export's query sends them: the row, with their history as JSON (days as YYYY-MM-DD). */
export type MenteeRow = {
  name: string;
  email: string | null;
  headline: string | null;
  organisation: string | null;
  timeZone: string | null;
  workStartHour: number | null;
  workEndHour: number | null;
  goals: string;
  notes: string;
  stage: string;
  cadenceDays: number | null;
  nextSessionOn: Date | null;
  lastSessionOn: Date | null;
  createdAt: Date;
  stage_changes: { fromStage: string | null; toStage: string; changedAt: string }[];
  sessions: {
    occurredOn: string;
    channel: string;
    notes: string;
    takeaways: string;
    links: string[];
    durationMinutes: number | null;
    createdAt: string;
    followUps: {
      title: string;
      dueOn: string;
      status: string;
      snoozedUntil: string | null;
      completedAt: string | null;
      createdAt: string;
    }[];
  }[];
  value_exchanges: { direction: string; kind: string; description: string; occurredOn: string; createdAt: string }[];
  wins: { title: string; description: string; occurredOn: string; story: boolean; createdAt: string }[];
};

export const menteeOut = (e: MenteeRow) => ({
  name: e.name,
  email: e.email,
  headline: e.headline,
  organisation: e.organisation,
  timeZone: e.timeZone,
  workStartHour: e.workStartHour,
  workEndHour: e.workEndHour,
  goals: e.goals,
  notes: e.notes,
  stage: e.stage,
  cadenceDays: e.cadenceDays,
  nextSessionOn: dayOrNull(e.nextSessionOn),
  lastSessionOn: dayOrNull(e.lastSessionOn),
  createdAt: iso(e.createdAt),
  stageChanges: e.stage_changes.map((s) => ({ ...s, changedAt: utcIso(s.changedAt) })),
  sessions: e.sessions.map((s) => ({
    ...s,
    createdAt: utcIso(s.createdAt),
    followUps: s.followUps.map((f) => ({
      ...f,
      completedAt: utcIsoOrNull(f.completedAt),
      createdAt: utcIso(f.createdAt),
    })),
  })),
  valueExchanges: e.value_exchanges.map((v) => ({ ...v, createdAt: utcIso(v.createdAt) })),
  wins: e.wins.map((w) => ({ ...w, createdAt: utcIso(w.createdAt) })),
});

/** A one-off ask as the export's query sends it. */
export type AskRow = {
  name: string;
  email: string | null;
  organisation: string | null;
  question: string;
  askedOn: Date;
  status: string;
  answer: string;
  answeredOn: Date | null;
  thankedOn: Date | null;
  live_mentor_id: string | null;
  createdAt: Date;
  follow_ups: MenteeRow["sessions"][number]["followUps"];
  value_exchanges: MenteeRow["value_exchanges"];
};

export const askOut = (a: AskRow) => ({
  name: a.name,
  email: a.email,
  organisation: a.organisation,
  question: a.question,
  askedOn: dateToDay(a.askedOn),
  status: a.status,
  answer: a.answer,
  answeredOn: dayOrNull(a.answeredOn),
  thankedOn: dayOrNull(a.thankedOn),
  mentorId: a.live_mentor_id,
  createdAt: iso(a.createdAt),
  followUps: a.follow_ups.map((f) => ({
    ...f,
    completedAt: utcIsoOrNull(f.completedAt),
    createdAt: utcIso(f.createdAt),
  })),
  valueExchanges: a.value_exchanges.map((v) => ({ ...v, createdAt: utcIso(v.createdAt) })),
});
