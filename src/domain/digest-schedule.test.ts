import { describe, expect, it } from "vitest";
import {
  currentSlot,
  type DigestSettings,
  dueSlot,
  nextAttemptAt,
  nextSlot,
  openSlot,
  RETRY_CAP_MS,
  retryDelayMs,
} from "./digest-schedule";

const daily = (timeZone: string, hour = 8): DigestSettings => ({ frequency: "DAILY", weekday: 1, hour, timeZone });
const weekly = (timeZone: string, weekday: number, hour = 8): DigestSettings => ({
  frequency: "WEEKLY",
  weekday,
  hour,
  timeZone,
});
const at = (iso: string) => new Date(iso);

describe("digest schedule", () => {
  it("is due at the local hour and for the rest of that local day, not before and not the next day", () => {
    const s = daily("Europe/Berlin"); // UTC+1 in winter
    expect(dueSlot(s, at("2026-11-25T06:59:00Z"))).toBeNull(); // 07:59 local
    expect(dueSlot(s, at("2026-11-25T07:00:00Z"))).toMatchObject({
      period: "2026-11-25",
      sendAt: at("2026-11-25T07:00:00Z"),
    });
    // The app was down at 08:00 and came back at 22:30 local: it catches up.
    expect(dueSlot(s, at("2026-11-25T21:30:00Z"))?.period).toBe("2026-11-25");
    // 00:30 local the next day, before the hour: yesterday's is not sent late.
    expect(dueSlot(s, at("2026-11-25T23:30:00Z"))).toBeNull();
    expect(currentSlot(s, at("2026-11-25T23:30:00Z"))?.period).toBe("2026-11-25");
  });

  it.each([
    ["Pacific/Kiritimati", "2026-06-14T18:00:00Z", "2026-06-15"], // UTC+14: 08:00 on 15 June
    ["Etc/GMT+12", "2026-06-15T20:00:00Z", "2026-06-15"], // UTC−12: 08:00 on 15 June
  ])("falls on the right local day in %s", (zone, sendAt, day) => {
    const s = daily(zone);
    expect(dueSlot(s, at(sendAt))).toMatchObject({ day, sendAt: at(sendAt) });
    expect(dueSlot(s, new Date(+at(sendAt) - 1))).toBeNull();
  });

  it("keeps the local hour across daylight-saving changes, and a missing hour sends at the next one", () => {
    const london = daily("Europe/London");
    expect(nextSlot(london, at("2026-03-28T09:00:00Z"))?.sendAt).toEqual(at("2026-03-29T07:00:00Z")); // 08:00 BST
    expect(nextSlot(london, at("2026-10-24T09:00:00Z"))?.sendAt).toEqual(at("2026-10-25T08:00:00Z")); // 08:00 GMT
    // New York skips 02:00–03:00 on 8 March 2026: a 02:00 digest goes at 03:00 EDT that day.
    const ny = daily("America/New_York", 2);
    expect(nextSlot(ny, at("2026-03-08T05:00:00Z"))?.sendAt).toEqual(at("2026-03-08T07:00:00Z"));
  });

  it("names weekly periods by ISO week and sends on the chosen weekday only", () => {
    const s = weekly("America/Los_Angeles", 1); // Mondays
    // Monday 23 November 2026, 08:00 PST = 16:00Z.
    expect(dueSlot(s, at("2026-11-23T16:00:00Z"))).toMatchObject({ period: "2026-W48", day: "2026-11-23" });
    expect(dueSlot(s, at("2026-11-24T16:00:00Z"))).toBeNull(); // Tuesday: nothing new to send
    expect(currentSlot(s, at("2026-11-29T16:00:00Z"))?.period).toBe("2026-W48");
    expect(nextSlot(s, at("2026-11-24T16:00:00Z"))).toMatchObject({ period: "2026-W49", day: "2026-11-30" });
    // The ISO year of a week that starts in December.
    expect(nextSlot(weekly("UTC", 1), at("2026-12-29T00:00:00Z"))?.period).toBe("2027-W01");
  });

  it("sends nothing when digests are off", () => {
    const off: DigestSettings = { frequency: "OFF", weekday: 1, hour: 8, timeZone: "UTC" };
    expect(dueSlot(off, at("2026-11-25T08:00:00Z"))).toBeNull();
    expect(nextSlot(off, at("2026-11-25T08:00:00Z"))).toBeNull();
  });
});

describe("scheduler health", () => {
  it("is silent when digests are on and the last run is over two hours old, or there was none", async () => {
    const { schedulerSilent } = await import("./digest-schedule");
    const now = at("2026-11-26T12:00:00Z");
    expect(schedulerSilent(true, at("2026-11-26T10:30:00Z"), now)).toBe(false);
    expect(schedulerSilent(true, at("2026-11-26T09:59:00Z"), now)).toBe(true);
    expect(schedulerSilent(true, null, now)).toBe(true);
    expect(schedulerSilent(false, null, now)).toBe(false);
  });
});

describe("retries of a failed digest", () => {
  it("wait 5 minutes, doubling, at most 6 hours", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([5, 10, 20, 40].map((m) => m * 60_000));
    expect(retryDelayMs(30)).toBe(RETRY_CAP_MS);
    expect(RETRY_CAP_MS).toBe(6 * 3_600_000);
  });

  it("stop at the user's midnight for a daily digest, with a last try before it", () => {
    const s = daily("Europe/Berlin");
    const slot = openSlot(s, at("2026-11-25T07:05:00Z"))!;
    expect(slot).toMatchObject({ period: "2026-11-25", fresh: true, giveUpAt: at("2026-11-25T23:00:00Z") }); // midnight in Berlin
    expect(nextAttemptAt(1, at("2026-11-25T07:05:00Z"), slot.giveUpAt)).toEqual(at("2026-11-25T07:10:00Z"));
    // A six-hour wait from 20:00 local would pass midnight: one last try ten minutes before it.
    expect(nextAttemptAt(9, at("2026-11-25T19:00:00Z"), slot.giveUpAt)).toEqual(at("2026-11-25T22:50:00Z"));
    expect(nextAttemptAt(9, at("2026-11-25T22:50:00Z"), slot.giveUpAt)).toBeNull();
    expect(openSlot(s, at("2026-11-25T23:00:00Z"))).toBeNull(); // midnight: nothing of the 25th is sent any more
  });

  it("go on for two days after a weekly digest's hour, though only retries may start after its day", () => {
    const s = weekly("UTC", 3, 9); // Wednesdays at 09:00
    expect(openSlot(s, at("2027-03-17T09:30:00Z"))).toMatchObject({
      period: "2027-W11",
      fresh: true,
      giveUpAt: at("2027-03-19T09:00:00Z"),
    });
    expect(openSlot(s, at("2027-03-18T12:00:00Z"))).toMatchObject({ period: "2027-W11", fresh: false });
    expect(openSlot(s, at("2027-03-19T09:00:00Z"))).toBeNull();
  });
});
