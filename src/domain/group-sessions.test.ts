import { describe, expect, it } from "vitest";
import { dayAndTimeIn, nextSessionDay, sessionStart } from "./group-sessions";

describe("a group session's time", () => {
  it("is the wall-clock time in the user's zone, across DST and far zones", () => {
    // Auckland in summer (NZDT, +13) and in winter (NZST, +12).
    expect(sessionStart("2027-03-10", "09:00", "Pacific/Auckland").toISOString()).toBe("2027-03-09T20:00:00.000Z");
    expect(sessionStart("2027-06-10", "09:00", "Pacific/Auckland").toISOString()).toBe("2027-06-09T21:00:00.000Z");
    // Kolkata's half hour, and London either side of its change on 28 March 2027.
    expect(sessionStart("2027-03-10", "09:00", "Asia/Kolkata").toISOString()).toBe("2027-03-10T03:30:00.000Z");
    expect(sessionStart("2027-03-27", "18:00", "Europe/London").toISOString()).toBe("2027-03-27T18:00:00.000Z");
    expect(sessionStart("2027-03-29", "18:00", "Europe/London").toISOString()).toBe("2027-03-29T17:00:00.000Z");
  });

  it("reads back as the same day and time", () => {
    const at = sessionStart("2027-03-10", "09:00", "Pacific/Auckland");
    expect(dayAndTimeIn(at, "Pacific/Auckland")).toEqual({ day: "2027-03-10", time: "09:00" });
    expect(dayAndTimeIn(at, "Pacific/Honolulu")).toEqual({ day: "2027-03-09", time: "10:00" });
  });

  it("is suggested for this evening while it is ahead, else for tomorrow evening", () => {
    expect(nextSessionDay("Europe/London", new Date("2026-12-03T17:59:00Z"))).toBe("2026-12-03");
    expect(nextSessionDay("Europe/London", new Date("2026-12-03T18:00:00Z"))).toBe("2026-12-04");
    expect(nextSessionDay("Europe/London", new Date("2026-12-03T22:48:00Z"))).toBe("2026-12-04");
    // Auckland (+13) is already on the 4th at 05:00.
    expect(nextSessionDay("Pacific/Auckland", new Date("2026-12-03T16:00:00Z"))).toBe("2026-12-04");
    expect(nextSessionDay("Pacific/Auckland", new Date("2026-12-04T06:00:00Z"))).toBe("2026-12-05");
  });
});
