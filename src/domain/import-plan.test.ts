import { describe, expect, it } from "vitest";
import { exportDocument, exportedMentor } from "../../tests/support/export-fixtures";
import { ImportPlan, importKeys, planPeople } from "./import-plan";
import { type HistoryHere, planHistory } from "./import-plan-history";
import { mentorFieldsOf } from "./mentor-fields";

const mentor = (id: string, name: string, email: string | null = null) =>
  exportedMentor({ id, name, email, stage: "ACTIVE", cadenceDays: 30 });
const doc = exportDocument;

const nothingHere: HistoryHere = {
  links: new Set(),
  stageChanges: new Set(),
  checkIns: new Set(),
  reminders: new Set(),
  valueExchanges: new Set(),
  introductions: new Set(),
  snapshots: new Set(),
  outreachPlans: new Map(),
  peerGroups: new Map(),
  wins: new Map(),
  sprints: new Map(),
  dreamTeam: [],
  runningSprint: false,
};

const ids = () => {
  let n = 0;
  return () => `new${n++}`;
};

describe("planning a merge", () => {
  it("matches people by email, then by name, each person here at most once, and makes new ids for the rest", () => {
    const file = doc({
      mentors: [mentor("f1", "Ada", "ADA@example.org"), mentor("f2", "Bob"), mentor("f3", "Bob"), mentor("f4", "Cy")],
    });
    const plan = new ImportPlan("u1", file, "merge", ids());
    const here = [
      { id: "h1", ...mentorFieldsOf(mentor("x", "Ada Lovelace", "ada@example.org")) },
      { id: "h2", ...mentorFieldsOf(mentor("x", "Bob")) },
    ];
    planPeople(plan, { gapAreas: [], mentors: here });
    expect(Object.fromEntries(plan.ids.mentors)).toEqual({ f1: "h1", f2: "h2", f3: "new0", f4: "new1" });
    expect(plan.counts.mentors).toEqual({ created: 2, updated: 1, skipped: 1 });
    expect(plan.updates.mentors.map((u) => u.id)).toEqual(["h1"]);
    expect(plan.creates.mentors.map((m) => m.name)).toEqual(["Bob", "Cy"]);
  });

  it("skips history already recorded, by the same key for a row here and a row from the file", () => {
    const file = doc({
      mentors: [mentor("f1", "Ada")],
      checkIns: [
        {
          id: "c1",
          mentorId: "f1",
          occurredOn: "2026-11-20",
          channel: "CALL",
          notes: "",
          takeaways: "",
          links: [],
          peerGroupId: null,
          createdAt: "2026-11-20T10:00:00.000Z",
        },
        {
          id: "c2",
          mentorId: "f1",
          occurredOn: "2026-11-27",
          channel: "CALL",
          notes: "",
          takeaways: "",
          links: [],
          peerGroupId: null,
          createdAt: "2026-11-27T10:00:00.000Z",
        },
      ],
    });
    const plan = new ImportPlan("u1", file, "merge", ids());
    planPeople(plan, { gapAreas: [], mentors: [{ id: "h1", ...mentorFieldsOf(mentor("x", "Ada")) }] });
    const seen = importKeys.checkIn({
      mentorId: "h1",
      occurredOn: new Date("2026-11-20T00:00:00Z"),
      channel: "CALL",
      notes: "",
      takeaways: "",
    });
    planHistory(plan, { ...nothingHere, checkIns: new Set([seen]) });
    expect(plan.counts.checkIns).toEqual({ created: 1, updated: 0, skipped: 1 });
    expect(plan.creates.checkIns.map((c) => c.occurredOn)).toEqual([new Date("2026-11-27T00:00:00Z")]);
  });

  it("matches wins that share a title and a day one for one, so each keeps its own credits", () => {
    const win = (id: string, mentorIds: string[]) => ({
      id,
      title: "Promoted",
      description: "",
      occurredOn: "2026-11-02",
      sharedPubliclyOn: null,
      createdAt: "2026-11-02T10:00:00.000Z",
      credits: mentorIds.map((mentorId) => ({ mentorId, sharedOn: null })),
    });
    const file = doc({
      mentors: [mentor("f1", "Ada"), mentor("f2", "Bob")],
      wins: [win("w1", ["f1"]), win("w2", ["f2"]), win("w3", ["f1", "f2"])],
    });
    const plan = new ImportPlan("u1", file, "merge", ids());
    const people = ["Ada", "Bob"].map((name, i) => ({ id: `h${i + 1}`, ...mentorFieldsOf(mentor("x", name)) }));
    planPeople(plan, { gapAreas: [], mentors: people });
    const key = importKeys.win({ title: "Promoted", occurredOn: new Date("2026-11-02T00:00:00Z") });
    planHistory(plan, { ...nothingHere, wins: new Map([[key, ["hw1", "hw2"]]]) });
    expect(plan.counts.wins).toEqual({ created: 1, updated: 0, skipped: 2 });
    expect(plan.creates.credits.map((c) => `${c.winId}:${c.mentorId}`)).toEqual([
      "hw1:h1",
      "hw2:h2",
      "new0:h1",
      "new0:h2",
    ]);
  });

  it("leaves out a second running sprint, and says so", () => {
    const sprint = {
      id: "s1",
      startOn: "2026-11-01",
      endedAt: null,
      summary: null,
      createdAt: "2026-11-01T00:00:00.000Z",
      tasks: [],
    };
    const plan = new ImportPlan("u1", doc({ sprints: [sprint] }), "merge", ids());
    planPeople(plan, { gapAreas: [], mentors: [] });
    planHistory(plan, { ...nothingHere, runningSprint: true });
    expect(plan.creates.sprints).toEqual([]);
    expect(plan.notes).toEqual([expect.stringMatching(/still running in the file/)]);
  });
});
