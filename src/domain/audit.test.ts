import { describe, expect, it } from "vitest";
import { type AuditRow, auditAnswers, checkInsPerMonth, quadrant, scatterPoints } from "./audit";

const row = (name: string, extra: Partial<AuditRow> = {}): AuditRow => ({
  id: name,
  name,
  category: "SAGE",
  stage: "ACTIVE",
  valueReceivedRating: null,
  valueProvidedRating: null,
  growthPotentialRating: null,
  checkInsInWindow: 0,
  gave: 0,
  received: 0,
  gaveKinds: [],
  receivedKinds: [],
  areaNames: [],
  ...extra,
});

describe("audit", () => {
  it("computes frequency from the log, per month over six months", () => {
    expect(checkInsPerMonth(0)).toBe(0);
    expect(checkInsPerMonth(6)).toBe(1);
    expect(checkInsPerMonth(3)).toBe(0.5);
    expect(checkInsPerMonth(26)).toBe(4.3);
  });

  it.each([
    [8, 8, "mutual"],
    [6, 6, "mutual"],
    [9, 2, "give-back"],
    [2, 9, "teaching"],
    [5, 5, "low"],
  ] as const)("received %i, provided %i is %s", (r, p, q) => {
    expect(quadrant(r, p)).toBe(q);
  });

  it("answers the four questions from the data", () => {
    const rows = [
      row("Career sage", { areaNames: ["Career navigation"], valueReceivedRating: 9 }),
      row("Advisor", { receivedKinds: ["ADVICE"], valueReceivedRating: 5 }),
      row("Critic", { receivedKinds: ["FEEDBACK"] }),
      row("Monthly peer", { category: "PEER", checkInsInWindow: 6 }),
      row("Rare peer", { category: "PEER", checkInsInWindow: 1 }),
      row("Student", { category: "REVERSE", gaveKinds: ["SKILL_TEACHING"], checkInsInWindow: 1 }),
      row("Mentee", { valueReceivedRating: 3, valueProvidedRating: 7 }),
    ];
    const a = auditAnswers(rows);
    expect(a.careerGuidance.map((r) => r.name)).toEqual(["Career sage", "Advisor"]);
    expect(a.challengesThinking.map((r) => r.name)).toEqual(["Critic", "Monthly peer"]);
    expect(a.teaching.map((r) => r.name)).toEqual(["Mentee", "Student"]);
  });

  it("groups rated relationships at the same point and leaves unrated ones out", () => {
    const points = scatterPoints([
      row("A", { valueReceivedRating: 7, valueProvidedRating: 3 }),
      row("B", { valueReceivedRating: 7, valueProvidedRating: 3 }),
      row("C", { valueReceivedRating: 2, valueProvidedRating: 8 }),
      row("D", { valueReceivedRating: 2 }),
    ]);
    expect(points).toEqual([
      { received: 7, provided: 3, names: ["A", "B"], quadrant: "give-back" },
      { received: 2, provided: 8, names: ["C"], quadrant: "teaching" },
    ]);
  });
});
