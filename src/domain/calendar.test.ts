import { describe, expect, it } from "vitest";
import { describeCadence, nextCheckInAfter, rhythmLabel, rhythmStatus } from "./cadence";
import {
  addDaysToDay,
  DEFAULT_LOCALE,
  dateToDay,
  daysBetween,
  dayToDate,
  formatDayIn,
  formatDayLong,
  isDay,
  middayIn,
  pickLocale,
  todayIn,
} from "./calendar";
import { toPrefixTsQuery } from "./search";

describe("calendar days", () => {
  it("knows today in the user's zone, at both ends of the world", () => {
    const now = new Date("2026-11-25T11:30:00Z");
    expect(todayIn("Pacific/Kiritimati", now)).toBe("2026-11-26"); // UTC+14
    expect(todayIn("Etc/GMT+12", now)).toBe("2026-11-24"); // UTC−12
    expect(todayIn("UTC", now)).toBe("2026-11-25");
  });

  it("formats a day for people", () => {
    expect(formatDayLong("2026-03-09")).toBe("9 Mar 2026");
    expect(formatDayLong("2026-12-31")).toBe("31 Dec 2026");
  });

  it("round-trips a day through a @db.Date value", () => {
    expect(dateToDay(dayToDate("2026-03-29"))).toBe("2026-03-29");
  });

  it("adds days across a daylight-saving change without losing one", () => {
    expect(addDaysToDay("2026-03-28", 1)).toBe("2026-03-29");
    expect(addDaysToDay("2026-03-28", 2)).toBe("2026-03-30");
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(addDaysToDay("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDaysToDay("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDaysToDay("2026-01-01", -1)).toBe("2025-12-31");
    expect(addDaysToDay("2026-10-25", 3650)).toBe("2036-10-22");
    expect(daysBetween("2026-11-25", "2026-10-25")).toBe(-31);
  });

  it("accepts only real days", () => {
    expect(isDay("2026-02-28")).toBe(true);
    expect(isDay("2026-02-30")).toBe(false);
    expect(isDay("2026-2-3")).toBe(false);
    expect(isDay("yesterday")).toBe(false);
  });
});

describe("cadence", () => {
  it("resets the clock on contact", () => {
    expect(nextCheckInAfter("2026-11-01", 30)).toBe("2026-12-01");
    expect(nextCheckInAfter("2026-11-01", null)).toBeNull();
    expect(nextCheckInAfter(null, 30)).toBeNull();
  });

  it("tells on rhythm, due in the next 7 days (the seventh included) and overdue apart, and a resting relationship is never due", () => {
    expect(rhythmStatus(null, "2026-11-25")).toBe("none");
    expect(rhythmStatus("2026-11-24", "2026-11-25")).toBe("overdue");
    expect(rhythmStatus("2026-11-25", "2026-11-25")).toBe("due-this-week");
    expect(rhythmStatus("2026-12-02", "2026-11-25")).toBe("due-this-week");
    expect(rhythmStatus("2026-12-03", "2026-11-25")).toBe("on-rhythm");
    expect(rhythmStatus("2026-11-01", "2026-11-25", "PAUSED")).toBe("resting");
    expect(rhythmStatus("2026-11-01", "2026-11-25", "DECLINED")).toBe("resting");
  });

  it("says how soon a check-in falls due, not just its band", () => {
    expect(rhythmLabel("2026-11-25", "2026-11-25")).toBe("Due today");
    expect(rhythmLabel("2026-11-26", "2026-11-25")).toBe("Due tomorrow");
    expect(rhythmLabel("2026-12-02", "2026-11-25")).toBe("Due in 7 days");
    expect(rhythmLabel("2026-12-03", "2026-11-25")).toBe("On rhythm");
    expect(rhythmLabel("2026-11-24", "2026-11-25")).toBe("Overdue");
    expect(rhythmLabel("2026-11-25", "2026-11-25", "PAUSED")).toBe("On hold");
    expect(rhythmLabel(null, "2026-11-25")).toBe("No rhythm");
  });

  it("describes a cadence in words", () => {
    expect(describeCadence(7)).toBe("Every week");
    expect(describeCadence(21)).toBe("Every 3 weeks");
    expect(describeCadence(90)).toBe("Every 90 days");
    expect(describeCadence(null)).toBe("No rhythm set");
  });
});

describe("toPrefixTsQuery", () => {
  it("turns words into prefix terms and drops everything else", () => {
    expect(toPrefixTsQuery("Marg  Oka")).toBe("marg:* & oka:*");
    expect(toPrefixTsQuery("Fernández!")).toBe("fernández:*");
    expect(toPrefixTsQuery("a' | b & !c:* <->")).toBe("a:* & b:* & c:*");
    expect(toPrefixTsQuery("  ,,, ")).toBeNull();
  });
});

describe("middayIn", () => {
  it("is noon of that day on the user's own calendar, at both ends of the zones", () => {
    expect(middayIn("2026-03-09", "Pacific/Kiritimati").toISOString()).toBe("2026-03-08T22:00:00.000Z");
    expect(middayIn("2026-03-09", "Etc/GMT+12").toISOString()).toBe("2026-03-10T00:00:00.000Z");
    expect(todayIn("Pacific/Kiritimati", middayIn("2026-03-09", "Pacific/Kiritimati"))).toBe("2026-03-09");
    expect(todayIn("America/New_York", middayIn("2026-03-08", "America/New_York"))).toBe("2026-03-08");
  });
});

describe("dates in the user's locale", () => {
  it("picks the browser's first locale that Intl knows, else en-GB", () => {
    expect(pickLocale("en-US,en;q=0.9")).toBe("en-US");
    expect(pickLocale("de-DE;q=1, en;q=0.5")).toBe("de-DE");
    expect(pickLocale("*, xx-notreal-zzzzzzzzzz")).toBe(DEFAULT_LOCALE);
    expect(pickLocale(null)).toBe(DEFAULT_LOCALE);
    expect(pickLocale("")).toBe(DEFAULT_LOCALE);
  });

  it("formats a day the way that locale's date fields read it, whatever the server's zone", () => {
    expect(formatDayIn("2026-03-09", "en-GB")).toBe("9 Mar 2026");
    expect(formatDayIn("2026-03-09", "en-US")).toBe("Mar 9, 2026");
    expect(formatDayIn("2026-12-31", "de-DE")).toBe("31. Dez. 2026");
    expect(formatDayIn("2026-01-01", "en-GB")).toBe(formatDayLong("2026-01-01"));
  });
});
