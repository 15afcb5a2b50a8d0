import "server-only";
import { dateToDay } from "@/domain/calendar";
import { dayOrNull, iso } from "./export-rows";

// The export's records of mentoring (src/domain/export-format-mentoring.ts), each from
// one row whose history comes as JSON, for src/server/import-export/map-export.ts.

/** A timestamp as Postgres puts it in JSON (UTC, no zone) → an ISO instant. */
const utcIso = (timestamp: string) => new Date(`${timestamp}Z`).toISOString();
const utcIsoOrNull = (timestamp: string | null) => (timestamp ? utcIso(timestamp) : null);

/** A mentee as the export's query sends them: the row, with their history as JSON (days as YYYY-MM-DD). */
export type MenteeRow = {
  id: string;
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
  id: e.id,
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

/** A group session as the export's query sends it: invites with the index of the session on the mentee's timeline. */
export type GroupSessionRow = {
  title: string;
  startsAt: Date;
  durationMinutes: number;
  agenda: string;
  notes: string;
  createdAt: Date;
  invites: { menteeId: string; invitedAt: string | null; attended: boolean; sessionIndex: number | null }[];
};

export const groupSessionOut = (g: GroupSessionRow) => ({
  title: g.title,
  startsAt: iso(g.startsAt),
  durationMinutes: g.durationMinutes,
  agenda: g.agenda,
  notes: g.notes,
  createdAt: iso(g.createdAt),
  invites: g.invites.map((i) => ({ ...i, invitedAt: utcIsoOrNull(i.invitedAt) })),
});

export const resourceOut = (r: { title: string; url: string; kind: string; questions: string; createdAt: Date }) => ({
  title: r.title,
  url: r.url,
  kind: r.kind,
  questions: r.questions,
  createdAt: iso(r.createdAt),
});
