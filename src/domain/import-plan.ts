import type { Prisma } from "@/generated/prisma/client";
import { dayToDate } from "./calendar";
import type { ExportDocument } from "./export-format";
import { type MentorFields, mentorFieldsOf } from "./mentor-fields";
import { sameFields } from "./same-fields";

// Planning an import: the file and what the account already has in, the rows to
// create, the rows to update, the counts and the notes out. No I/O: the server side
// (src/server/import-export/map-import.ts) reads what is here and writes the plan.
// Ids in the file only link records within it: every row gets a new id here.

export type ImportMode = "restore" | "merge";
export type Counts = { created: number; updated: number; skipped: number };
export type ImportPreview = {
  mode: ImportMode;
  formatVersion: number;
  collections: Record<string, Counts>;
  notes: string[];
};

const lower = (s: string | null | undefined) => (s ?? "").trim().toLowerCase();
const iso = (d: Date) => d.toISOString();
export const at = (instant: string) => new Date(instant);
export const atOrNull = (instant: string | null) => (instant ? new Date(instant) : null);
export const dayOrNull = (day: string | null) => (day ? dayToDate(day) : null);

/**
 * What makes two records the same record, one function per collection: the same for a
 * row already here and a row from the file (both as the database keeps them), so
 * merging the same file twice finds everything the first merge wrote.
 */
export const importKeys = {
  gapArea: (a: { name: string }) => lower(a.name),
  mentorEmail: (m: { email: string | null }) => lower(m.email),
  mentorName: (m: { name: string }) => lower(m.name),
  link: (l: { mentorId: string; gapAreaId: string }) => `${l.mentorId}|${l.gapAreaId}`,
  peerGroup: (g: { name: string }) => lower(g.name),
  stageChange: (s: { mentorId: string; toStage: string; changedAt: Date }) =>
    `${s.mentorId}|${s.toStage}|${iso(s.changedAt)}`,
  checkIn: (c: { mentorId: string; occurredOn: Date; channel: string; notes: string; takeaways: string }) =>
    `${c.mentorId}|${iso(c.occurredOn)}|${c.channel}|${c.notes}|${c.takeaways}`,
  reminder: (r: { mentorId: string | null; kind: string; dueOn: Date; title: string }) =>
    `${r.mentorId}|${r.kind}|${iso(r.dueOn)}|${r.title}`,
  valueExchange: (v: { mentorId: string; direction: string; kind: string; occurredOn: Date; description: string }) =>
    `${v.mentorId}|${v.direction}|${v.kind}|${iso(v.occurredOn)}|${v.description}`,
  introduction: (i: { fromMentorId: string; toMentorId: string; introducedOn: Date }) =>
    `${i.fromMentorId}|${i.toMentorId}|${iso(i.introducedOn)}`,
  win: (w: { title: string; occurredOn: Date }) => `${lower(w.title)}|${iso(w.occurredOn)}`,
  dreamTeam: (d: { gapAreaId: string; category: string }) => `${d.gapAreaId}|${d.category}`,
  sprint: (s: { startOn: Date }) => iso(s.startOn),
  snapshot: (s: { takenAt: Date }) => iso(s.takenAt),
};

type GapAreaFields = Pick<
  Prisma.GapAreaCreateManyInput,
  "whyItMatters" | "currentLevel" | "targetLevel" | "guidanceSought" | "valueIOffer"
>;
/** What the account has before the import, as far as matching people needs it. */
export type PeopleHere = {
  gapAreas: ({ id: string; name: string; priority: number } & GapAreaFields)[];
  /** Live mentors, oldest first (namesakes are matched in the order they were added). */
  mentors: ({ id: string } & MentorFields)[];
};

/** The plan as it grows: rows to create and to update, per collection, and the counts. */
export class ImportPlan {
  readonly counts: Record<string, Counts> = {};
  readonly notes: string[] = [];
  readonly creates = {
    gapAreas: [] as Prisma.GapAreaCreateManyInput[],
    mentors: [] as Prisma.MentorCreateManyInput[],
    links: [] as Prisma.MentorGapAreaCreateManyInput[],
    peerGroups: [] as Prisma.PeerGroupCreateManyInput[],
    members: [] as Prisma.PeerGroupMemberCreateManyInput[],
    stageChanges: [] as Prisma.StageChangeCreateManyInput[],
    checkIns: [] as Prisma.CheckInCreateManyInput[],
    reminders: [] as Prisma.ReminderCreateManyInput[],
    valueExchanges: [] as Prisma.ValueExchangeCreateManyInput[],
    outreachPlans: [] as Prisma.OutreachPlanCreateManyInput[],
    introductions: [] as Prisma.IntroductionCreateManyInput[],
    wins: [] as Prisma.WinCreateManyInput[],
    credits: [] as Prisma.WinCreditCreateManyInput[],
    dreamTeam: [] as Prisma.DreamTeamSlotCreateManyInput[],
    matches: [] as Prisma.DreamTeamMatchCreateManyInput[],
    sprints: [] as Prisma.SprintCreateManyInput[],
    tasks: [] as Prisma.SprintTaskCreateManyInput[],
    snapshots: [] as Prisma.MapSnapshotCreateManyInput[],
    mentees: [] as Prisma.MenteeCreateManyInput[],
    menteeStageChanges: [] as Prisma.MenteeStageChangeCreateManyInput[],
    menteeWins: [] as Prisma.MenteeWinCreateManyInput[],
    asks: [] as Prisma.AskCreateManyInput[],
    groupSessions: [] as Prisma.GroupSessionCreateManyInput[],
    groupInvites: [] as Prisma.GroupSessionInviteCreateManyInput[],
    resources: [] as Prisma.ResourceCreateManyInput[],
    applicationPage: null as Prisma.ApplicationPageCreateManyInput | null,
  };
  /** Rows already here that the file changes: matched by the keys above, written by id. */
  readonly updates = {
    gapAreas: [] as { id: string; data: GapAreaFields }[],
    mentors: [] as { id: string; data: MentorFields }[],
    outreachPlans: [] as {
      mentorId: string;
      data: Omit<Prisma.OutreachPlanCreateManyInput, "id" | "userId" | "mentorId">;
    }[],
    dreamTeam: [] as { id: string; profile: string }[],
  };
  /** The file's ids → the ids here (matched or new). */
  readonly ids = {
    gapAreas: new Map<string, string>(),
    mentors: new Map<string, string>(),
    peerGroups: new Map<string, string>(),
    checkIns: new Map<string, string>(),
    sprints: new Map<string, string>(),
    /** The file's mentees → the ids here, and the ids of their sessions in the file's order (new mentees only). */
    mentees: new Map<string, string>(),
    menteeSessions: new Map<string, string[]>(),
  };
  /** Mentors that were already here: their history is checked for what is already recorded. */
  readonly matchedMentors = new Set<string>();

  constructor(
    readonly userId: string,
    readonly doc: ExportDocument,
    readonly mode: ImportMode,
    readonly newId: () => string,
  ) {}

  count(what: string, kind: keyof Counts, n = 1) {
    this.counts[what] ??= { created: 0, updated: 0, skipped: 0 };
    this.counts[what][kind] += n;
  }

  /** An id here for an id in the file; the file's links were checked when it was read. */
  here(map: Map<string, string>, fileId: string) {
    return map.get(fileId)!;
  }

  preview(): ImportPreview {
    return { mode: this.mode, formatVersion: this.doc.formatVersion, collections: this.counts, notes: this.notes };
  }
}

/** Gap areas by name, then mentors by email, then by name; their gap-area links. */
export function planPeople(plan: ImportPlan, here: PeopleHere) {
  const { doc, mode, userId } = plan;
  const areaByName = new Map<string, { id: string; fields?: GapAreaFields }>(
    here.gapAreas.map(({ id, name, priority: _priority, ...fields }) => [importKeys.gapArea({ name }), { id, fields }]),
  );
  let nextPriority = here.gapAreas.reduce((max, a) => Math.max(max, a.priority), 0);
  for (const g of doc.gapAreas) {
    const fields = {
      whyItMatters: g.whyItMatters,
      currentLevel: g.currentLevel,
      targetLevel: g.targetLevel,
      guidanceSought: g.guidanceSought,
      valueIOffer: g.valueIOffer,
    };
    const match = areaByName.get(importKeys.gapArea(g));
    if (match) {
      plan.ids.gapAreas.set(g.id, match.id);
      // What is already as the file has it is left alone: merging the same file twice writes nothing.
      if (match.fields && sameFields(match.fields, fields)) plan.count("gapAreas", "skipped");
      else {
        plan.count("gapAreas", "updated");
        plan.updates.gapAreas.push({ id: match.id, data: fields });
      }
    } else {
      const id = plan.newId();
      plan.ids.gapAreas.set(g.id, id);
      areaByName.set(importKeys.gapArea(g), { id });
      const priority = mode === "restore" ? g.priority : ++nextPriority;
      plan.creates.gapAreas.push({ id, userId, name: g.name, priority, createdAt: at(g.createdAt), ...fields });
      plan.count("gapAreas", "created");
    }
  }

  // Each person here is matched once at most, namesakes in the order they were added:
  // two people of one name in the file are two people here, not one written twice.
  const byEmail = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  const remember = (index: Map<string, string[]>, key: string, id: string) =>
    index.set(key, [...(index.get(key) ?? []), id]);
  for (const m of here.mentors) {
    if (m.email) remember(byEmail, importKeys.mentorEmail(m), m.id);
    remember(byName, importKeys.mentorName(m), m.id);
  }
  const unmatched = (index: Map<string, string[]>, key: string) =>
    index.get(key)?.find((id) => !plan.matchedMentors.has(id));
  const existingById = new Map(here.mentors.map(({ id, ...fields }) => [id, fields]));
  for (const m of doc.mentors) {
    const fields = mentorFieldsOf(m);
    // A restore brings back exactly what the file holds, namesakes included.
    const match =
      mode === "merge"
        ? (m.email && unmatched(byEmail, importKeys.mentorEmail(m))) || unmatched(byName, importKeys.mentorName(m))
        : undefined;
    const id = match ?? plan.newId();
    plan.ids.mentors.set(m.id, id);
    if (match) {
      plan.matchedMentors.add(id);
      const existing = existingById.get(id);
      if (existing && sameFields(existing, fields)) plan.count("mentors", "skipped");
      else {
        plan.count("mentors", "updated");
        plan.updates.mentors.push({ id, data: fields });
      }
    } else {
      plan.creates.mentors.push({ id, userId, createdAt: at(m.createdAt), ...fields });
      plan.count("mentors", "created");
    }
    for (const g of m.gapAreaIds)
      plan.creates.links.push({ userId, mentorId: id, gapAreaId: plan.here(plan.ids.gapAreas, g) });
  }
}
