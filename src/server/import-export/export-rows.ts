import "server-only";
import { dateToDay } from "@/domain/calendar";
import { mentorRecordOf } from "@/domain/mentor-fields";
import type {
  DreamTeamMatch,
  DreamTeamSlot,
  GapArea,
  Introduction,
  MapSnapshot,
  Mentor,
  OutreachPlan,
  PeerGroup,
  PeerGroupMember,
  Sprint,
  SprintTask,
  StageChange,
  Win,
  WinCredit,
} from "@/generated/prisma/client";

// One record of the export (src/domain/export-format.ts) from one row, for
// src/server/import-export/map-export.ts.

export const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);
export const dayOrNull = (d: Date | null) => (d ? dateToDay(d) : null);
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

/**
 * A mentor's record as the format has it, `gapAreaIds` in the order of the gap areas. The
 * export's own are written by Postgres (mentorJson); the tests hold them to this.
 */
export const mentorOut = (m: Mentor & { gapAreaIds: string[] }) => ({
  id: m.id,
  ...mentorRecordOf(m),
  createdAt: iso(m.createdAt),
  gapAreaIds: m.gapAreaIds,
});

/** Likewise written by Postgres in the export (stageChangeJson), held to this by the tests. */
export const stageChangeOut = (s: StageChange) => ({
  mentorId: s.mentorId,
  fromStage: s.fromStage,
  toStage: s.toStage,
  changedAt: iso(s.changedAt),
  note: s.note,
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
