import { describe, expect, it } from "vitest";
import { exportDocument } from "../../tests/support/export-fixtures";
import type { ExportDocument } from "./export-format";
import { ImportPlan } from "./import-plan";
import { planMentees } from "./import-plan-mentoring";

const AT = "2026-01-02T03:04:05.000Z";
const mentee = (name: string, email: string | null = null): ExportDocument["mentees"][number] => ({
  name,
  email,
  headline: null,
  organisation: null,
  timeZone: null,
  workStartHour: null,
  workEndHour: null,
  goals: "",
  notes: "",
  stage: "ACTIVE",
  cadenceDays: null,
  nextSessionOn: null,
  lastSessionOn: null,
  createdAt: AT,
  stageChanges: [],
  sessions: [
    {
      occurredOn: "2026-01-02",
      channel: "ASYNC",
      notes: "",
      takeaways: "",
      links: ["javascript:alert(1)", "https://voice.example/1"],
      durationMinutes: 45,
      createdAt: AT,
      followUps: [
        {
          title: "Send the deck",
          dueOn: "2026-01-09",
          status: "PENDING",
          snoozedUntil: null,
          completedAt: null,
          createdAt: AT,
        },
      ],
    },
  ],
  valueExchanges: [],
  wins: [],
});

function plan(mode: "restore" | "merge", mentees: ExportDocument["mentees"]) {
  let n = 0;
  return new ImportPlan("u1", exportDocument({ mentees }), mode, () => `id${n++}`);
}

describe("planMentees", () => {
  it("a merge adds the people not already mentored (by email, else by name) and leaves the others as they are", () => {
    const p = plan("merge", [mentee("Sam", "sam@example.com"), mentee("Ana"), mentee("New person")]);
    planMentees(p, [
      { name: "Samuel", email: "SAM@example.com" },
      { name: "ana", email: null },
    ]);
    expect(p.creates.mentees.map((m) => m.name)).toEqual(["New person"]);
    expect(p.counts.mentees).toEqual({ created: 1, updated: 0, skipped: 2 });
  });

  it("a restore brings back each one with their sessions and follow-ups, web links only", () => {
    const p = plan("restore", [mentee("Sam"), mentee("Sam")]);
    planMentees(p, []);
    expect(p.creates.mentees).toHaveLength(2);
    const [session] = p.creates.checkIns;
    expect(session).toMatchObject({ menteeId: p.creates.mentees[0]!.id, links: ["https://voice.example/1"] });
    expect(session).not.toHaveProperty("mentorId");
    expect(p.creates.reminders[0]).toMatchObject({ checkInId: session!.id, title: "Send the deck", kind: "FOLLOW_UP" });
  });
});
