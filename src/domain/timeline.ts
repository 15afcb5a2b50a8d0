import type { Day } from "./calendar";

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
