import { describe, expect, it } from "vitest";
import { MENTEE_STAGES, menteeStageLabel, sessionStatus } from "./mentee-stages";

describe("mentee stages", () => {
  it("run Applied → Accepted → Active → Alumni, with Waitlisted and Declined beside", () => {
    expect(MENTEE_STAGES.map((s) => s.label)).toEqual([
      "Applied",
      "Accepted",
      "Active",
      "Alumni",
      "Waitlisted",
      "Declined",
    ]);
    expect(menteeStageLabel("WAITLISTED")).toBe("Waitlisted");
  });

  it("a session falls due only for an accepted or active mentee", () => {
    const today = "2026-12-03";
    expect(sessionStatus("2026-12-01", today, "ACTIVE")).toBe("overdue");
    expect(sessionStatus("2026-12-05", today, "ACCEPTED")).toBe("due-soon");
    expect(sessionStatus("2027-01-20", today, "ACTIVE")).toBe("on-rhythm");
    expect(sessionStatus(null, today, "ACTIVE")).toBe("no-rhythm");
    for (const stage of ["APPLIED", "ALUMNI", "WAITLISTED", "DECLINED"] as const)
      expect(sessionStatus("2026-11-01", today, stage)).toBe("resting");
  });
});
