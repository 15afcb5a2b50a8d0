import { type Day, dateToDay } from "./calendar";

/** One mentor's history, newest first: check-ins, value exchanges, stage changes, reminders, introductions and wins they helped with. */
export type TimelineEntry =
  | {
      kind: "check-in";
      id: string;
      day: Day;
      at: Date;
      channel: string;
      notes: string;
      takeaways: string;
      links: string[];
      group?: string | null;
      followUps: { id: string; title: string; dueOn: Day; status: string }[];
    }
  | {
      kind: "value";
      id: string;
      day: Day;
      at: Date;
      direction: "GAVE" | "RECEIVED";
      valueKind: string;
      description: string;
    }
  | {
      kind: "stage";
      id: string;
      day: Day;
      at: Date;
      from: string | null;
      to: string;
      note: string | null;
      /** A mentee's stages (Applied … Alumni) rather than a mentor's. */
      of?: "mentee";
    }
  | { kind: "reminder"; id: string; day: Day; at: Date; reminderKind: string; title: string; status: string }
  | {
      kind: "introduction";
      id: string;
      day: Day;
      at: Date;
      role: "introduced" | "was-introduced";
      other: { id: string; name: string };
      why: string;
      outcome: string;
    }
  | { kind: "win"; id: string; day: Day; at: Date; title: string; sharedOn: Day | null }
  /** A mentee's win, credited to the user's mentoring; `story`: they agreed to have it shared. */
  | { kind: "mentee-win"; id: string; day: Day; at: Date; title: string; description: string; story: boolean };

/** Newest first by day; within a day, the later-recorded first. */
export function mergeTimeline(...groups: TimelineEntry[][]): TimelineEntry[] {
  return groups.flat().sort((a, b) => (a.day === b.day ? b.at.getTime() - a.at.getTime() : a.day < b.day ? 1 : -1));
}

type CheckInRow = {
  id: string;
  occurredOn: Date;
  createdAt: Date;
  channel: string;
  notes: string;
  takeaways: string;
  links: string[];
  peerGroup?: { name: string } | null;
};
type FollowUpRow = { id: string; checkInId: string | null; title: string; dueOn: Date; status: string };

/** Check-ins (a mentor's, or a mentee's sessions) as timeline entries, each with its follow-ups soonest first. */
export function checkInEntries(checkIns: CheckInRow[], followUps: FollowUpRow[]): TimelineEntry[] {
  const of = new Map<string, FollowUpRow[]>();
  for (const f of followUps) if (f.checkInId) of.set(f.checkInId, [...(of.get(f.checkInId) ?? []), f]);
  return checkIns.map((c) => ({
    kind: "check-in" as const,
    id: c.id,
    day: dateToDay(c.occurredOn),
    at: c.createdAt,
    channel: c.channel,
    notes: c.notes,
    takeaways: c.takeaways,
    links: c.links,
    group: c.peerGroup?.name ?? null,
    followUps: (of.get(c.id) ?? [])
      .sort((a, b) => a.dueOn.getTime() - b.dueOn.getTime())
      .map((f) => ({ id: f.id, title: f.title, dueOn: dateToDay(f.dueOn), status: f.status })),
  }));
}

/** Value exchanged as timeline entries. */
export function valueEntries(
  exchanges: {
    id: string;
    occurredOn: Date;
    createdAt: Date;
    direction: "GAVE" | "RECEIVED";
    kind: string;
    description: string;
  }[],
): TimelineEntry[] {
  return exchanges.map((v) => ({
    kind: "value" as const,
    id: v.id,
    day: dateToDay(v.occurredOn),
    at: v.createdAt,
    direction: v.direction,
    valueKind: v.kind,
    description: v.description,
  }));
}
