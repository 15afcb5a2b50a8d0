import { describe, expect, it } from "vitest";
import { todayIn } from "./calendar";
import {
  outreachStreak,
  type SprintCounts,
  sprintDay,
  sprintLastDay,
  sprintPhase,
  sprintStartProblem,
  sprintTargets,
  sprintWeek,
} from "./sprint";

describe("sprintPhase", () => {
  it.each([
    [0, null],
    [1, "Foundation"],
    [30, "Foundation"],
    [31, "Activation"],
    [60, "Activation"],
    [61, "Optimisation"],
    [90, "Optimisation"],
    [91, null],
  ])("day %i is %s", (day, name) => {
    expect(sprintPhase(day)?.name ?? null).toBe(name);
  });
});

describe("sprintDay", () => {
  it("counts the start day as day 1 and the 90th day as the last", () => {
    expect(sprintDay("2026-01-01", "2026-01-01")).toBe(1);
    expect(sprintDay("2026-01-01", "2025-12-31")).toBe(0);
    expect(sprintLastDay("2026-01-01")).toBe("2026-03-31");
    expect(sprintDay("2026-01-01", "2026-03-31")).toBe(90);
  });

  it("turns at the user's midnight, not the server's", () => {
    // 23:30 UTC on the start day is already the next day in Auckland and still the day before in Honolulu.
    const instant = new Date("2026-03-10T23:30:00Z");
    expect(sprintDay("2026-03-10", todayIn("UTC", instant))).toBe(1);
    expect(sprintDay("2026-03-10", todayIn("Pacific/Auckland", instant))).toBe(2);
    expect(sprintDay("2026-03-11", todayIn("Pacific/Honolulu", instant))).toBe(0);
    expect(sprintDay("2026-03-10", todayIn("Pacific/Honolulu", instant))).toBe(1);
  });

  it("is at the edges of the world's zones", () => {
    const instant = new Date("2026-06-15T11:30:00Z");
    expect(sprintDay("2026-06-15", todayIn("Pacific/Kiritimati", instant))).toBe(2); // UTC+14: already 16 June
    expect(sprintDay("2026-06-15", todayIn("Etc/GMT+12", instant))).toBe(0); // UTC−12: still 14 June
  });

  it("is not shifted by a daylight-saving change inside the sprint", () => {
    // Europe/London springs forward on 29 March 2026; day 90 is still 90 calendar days on.
    const start = "2026-03-01";
    expect(sprintDay(start, todayIn("Europe/London", new Date("2026-03-30T00:30:00+01:00")))).toBe(30);
    expect(sprintDay(start, todayIn("Europe/London", new Date("2026-05-29T23:59:00+01:00")))).toBe(90);
    expect(sprintDay(start, todayIn("Europe/London", new Date("2026-05-30T00:00:00+01:00")))).toBe(91);
  });
});

describe("sprintStartProblem", () => {
  it("accepts a start up to a year either side of today and refuses beyond", () => {
    expect(sprintStartProblem("2027-11-26", "2026-11-26")).toBeNull(); // 365 days
    expect(sprintStartProblem("2027-11-27", "2026-11-26")).toMatch(/within a year/);
    expect(sprintStartProblem("2025-11-26", "2026-11-26")).toBeNull();
    expect(sprintStartProblem("2025-11-25", "2026-11-26")).toMatch(/more than a year ago/);
  });
});

const none: SprintCounts = {
  gapAreas: 0,
  researched: 0,
  valuePropositions: 0,
  outreachSent: 0,
  firstConversations: 0,
  activeReverse: 0,
  peerGroups: 0,
  takeawaysLogged: 0,
  activeMentors: 0,
  activeOnRhythm: 0,
  introductions: 0,
  winsSharedPublicly: 0,
  digestEnabled: false,
};
const targetOf = (counts: Partial<SprintCounts>, key: string) =>
  sprintTargets({ ...none, ...counts })
    .flatMap((p) => p.targets)
    .find((t) => t.key === key)!;

describe("sprintTargets", () => {
  it("has three phases (foundation, activation, optimisation) with four targets each, none met on an empty map", () => {
    const phases = sprintTargets(none);
    expect(phases.map((p) => [p.name, p.targets.length])).toEqual([
      ["Foundation", 4],
      ["Activation", 4],
      ["Optimisation", 4],
    ]);
    expect(phases.every((p) => p.progress === 0 && !p.done)).toBe(true);
  });

  it.each([
    ["gap-analysis", { gapAreas: 4 }, false, 0.8],
    ["gap-analysis", { gapAreas: 5 }, true, 1],
    ["gap-analysis", { gapAreas: 9 }, true, 1],
    ["researched", { researched: 14 }, false, 14 / 15],
    ["researched", { researched: 15 }, true, 1],
    ["outreach", { outreachSent: 5 }, true, 1],
    ["outreach", { outreachSent: 2 }, false, 0.4],
    ["first-conversations", { firstConversations: 2 }, false, 2 / 3],
    ["first-conversations", { firstConversations: 3 }, true, 1],
    ["reverse-active", { activeReverse: 1 }, true, 1],
    ["peer-group", { peerGroups: 1 }, true, 1],
    ["learnings", { takeawaysLogged: 3 }, true, 1],
    ["introduction", { introductions: 1 }, true, 1],
    ["win-shared", { winsSharedPublicly: 0 }, false, 0],
    ["digest", { digestEnabled: true }, true, 1],
  ] as const)("%s with %o is done=%s at %f", (key, counts, done, progress) => {
    const t = targetOf(counts, key);
    expect(t.done).toBe(done);
    expect(t.progress).toBeCloseTo(progress);
  });

  it("wants a value proposition for every researched prospect, and at least 15", () => {
    expect(targetOf({ researched: 20, valuePropositions: 15 }, "value-propositions")).toMatchObject({
      goal: 20,
      done: false,
    });
    expect(targetOf({ researched: 20, valuePropositions: 20 }, "value-propositions")).toMatchObject({
      goal: 20,
      done: true,
    });
    expect(targetOf({ researched: 3, valuePropositions: 3 }, "value-propositions")).toMatchObject({
      goal: 15,
      done: false,
    });
  });

  it("counts the rhythm target only once someone is active, and only when none is overdue", () => {
    expect(targetOf({ activeMentors: 0, activeOnRhythm: 0 }, "rhythm").done).toBe(false);
    expect(targetOf({ activeMentors: 4, activeOnRhythm: 3 }, "rhythm")).toMatchObject({ done: false, progress: 0.75 });
    expect(targetOf({ activeMentors: 4, activeOnRhythm: 4 }, "rhythm").done).toBe(true);
  });

  it("averages a phase's targets and calls it done when all are", () => {
    const [foundation] = sprintTargets({
      ...none,
      gapAreas: 5,
      researched: 15,
      valuePropositions: 15,
      outreachSent: 5,
    });
    expect(foundation).toMatchObject({ progress: 1, done: true });
    const [half] = sprintTargets({ ...none, gapAreas: 5, researched: 15 });
    expect(half!.progress).toBeCloseTo(0.5);
    expect(half!.done).toBe(false);
  });
});

describe("outreach streak", () => {
  it("numbers weeks from the sprint's first day", () => {
    expect([1, 7, 8, 14, 15, 90].map(sprintWeek)).toEqual([1, 1, 2, 2, 3, 13]);
  });

  it("counts consecutive weeks ending now, and this week does not break it until it is over", () => {
    expect(outreachStreak([1, 2, 3], 17).streak).toBe(3); // week 3, done
    expect(outreachStreak([1, 2], 17)).toMatchObject({ streak: 2, thisWeekDone: false }); // week 3 not over yet
    expect(outreachStreak([1, 3], 17).streak).toBe(1);
    expect(outreachStreak([1, 2], 22).streak).toBe(0); // week 4 now, week 3 missed
    expect(outreachStreak([], 1).streak).toBe(0);
  });

  it("marks each week done, missed, now or ahead", () => {
    const { weeks } = outreachStreak([1], 16);
    expect(weeks.slice(0, 4).map((w) => w.state)).toEqual(["done", "missed", "now", "ahead"]);
    expect(weeks).toHaveLength(13);
  });
});
