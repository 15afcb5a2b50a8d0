import { describe, expect, it } from "vitest";
import { nextAfterSkip, snoozeUntil } from "./reminders";

describe("reminders", () => {
  it("snoozes for a day, a week or until a chosen day after today, at most a year", () => {
    expect(snoozeUntil("2026-11-26", "day")).toEqual({ until: "2026-11-27" });
    expect(snoozeUntil("2026-11-26", "week")).toEqual({ until: "2026-12-03" });
    expect(snoozeUntil("2026-11-26", "custom", "2027-01-05")).toEqual({ until: "2027-01-05" });
    expect(snoozeUntil("2026-11-26", "custom", "2026-11-26")).toEqual({ problem: "Choose a day after today." });
    expect(snoozeUntil("2026-11-26", "custom", "2027-11-27")).toEqual({ problem: "Snooze for at most a year." });
    expect(snoozeUntil("2026-11-26", "custom")).toEqual({ problem: "Choose the day it should come back." });
  });

  it("puts the next check-in a cadence after a skipped one, never in the past", () => {
    expect(nextAfterSkip("2026-12-01", "2026-11-26", 30)).toBe("2026-12-31");
    expect(nextAfterSkip("2026-10-01", "2026-11-26", 30)).toBe("2026-12-26"); // overdue: from today
    expect(nextAfterSkip("2026-10-01", "2026-11-26", null)).toBeNull();
  });
});
