import { describe, expect, it } from "vitest";
import { offsetFromYou, sharedWorkingWindows, timeTogether } from "./working-hours";

const nineToSix = (zone: string) => ({ zone, startHour: 9, endHour: 18 });
const iso = (w: { start: Date; end: Date }[]) => w.map((x) => [x.start.toISOString(), x.end.toISOString()]);

describe("working hours across time zones", () => {
  it("find the hours Stockholm and New York share, starting now when they are under way", () => {
    const wednesday = new Date("2026-11-18T10:00:00Z"); // 11:00 in Stockholm, 05:00 in New York
    expect(iso(sharedWorkingWindows(nineToSix("Europe/Stockholm"), nineToSix("America/New_York"), wednesday))).toEqual([
      ["2026-11-18T14:00:00.000Z", "2026-11-18T17:00:00.000Z"],
      ["2026-11-19T14:00:00.000Z", "2026-11-19T17:00:00.000Z"],
      ["2026-11-20T14:00:00.000Z", "2026-11-20T17:00:00.000Z"],
    ]);
    const [now] = sharedWorkingWindows(
      nineToSix("Europe/Stockholm"),
      nineToSix("America/New_York"),
      new Date("2026-11-18T15:20:00Z"),
    );
    expect(now!.start.toISOString()).toBe("2026-11-18T15:20:00.000Z");
  });

  it("follow each country's own DST change: the week Europe has changed and America has not", () => {
    const between = new Date("2026-10-26T06:00:00Z"); // Europe on winter time since 25 Oct, New York until 1 Nov
    const after = new Date("2026-11-02T06:00:00Z");
    const [a] = sharedWorkingWindows(nineToSix("Europe/Stockholm"), nineToSix("America/New_York"), between);
    const [b] = sharedWorkingWindows(nineToSix("Europe/Stockholm"), nineToSix("America/New_York"), after);
    expect(iso([a!, b!])).toEqual([
      ["2026-10-26T13:00:00.000Z", "2026-10-26T17:00:00.000Z"], // four hours shared
      ["2026-11-02T14:00:00.000Z", "2026-11-02T17:00:00.000Z"], // three
    ]);
  });

  it("handle far zones (Auckland–Honolulu, a day apart), half hours (Kolkata) and weekends", () => {
    // Auckland (UTC+13 in summer) and Honolulu (UTC−10): Auckland's Tuesday morning is Honolulu's Monday.
    const [first, second] = sharedWorkingWindows(
      nineToSix("Pacific/Auckland"),
      nineToSix("Pacific/Honolulu"),
      new Date("2026-11-16T18:00:00Z"), // Tue 07:00 in Auckland, Mon 08:00 in Honolulu
    );
    expect(iso([first!])).toEqual([["2026-11-16T20:00:00.000Z", "2026-11-17T04:00:00.000Z"]]);
    expect(+second!.end - +second!.start).toBe(8 * 3_600_000);
    // Auckland's Monday morning is Honolulu's Sunday: nothing shared from Friday night to Monday.
    const friday = sharedWorkingWindows(
      nineToSix("Pacific/Auckland"),
      nineToSix("Pacific/Honolulu"),
      new Date("2026-11-20T05:00:00Z"),
    );
    expect(friday[0]!.start.toISOString()).toBe("2026-11-23T20:00:00.000Z");
    expect(
      iso(
        sharedWorkingWindows(nineToSix("Asia/Kolkata"), nineToSix("Europe/London"), new Date("2026-11-18T00:00:00Z"), {
          limit: 1,
        }),
      ),
    ).toEqual([["2026-11-18T09:00:00.000Z", "2026-11-18T12:30:00.000Z"]]);
    expect(offsetFromYou("Asia/Kolkata", "Europe/London", new Date("2026-11-18T00:00:00Z"))).toBe(
      "5 h 30 min ahead of you",
    );
    expect(offsetFromYou("Pacific/Honolulu", "Pacific/Auckland", new Date("2026-11-18T00:00:00Z"))).toBe(
      "23 h behind you",
    );
    expect(offsetFromYou("Europe/Oslo", "Europe/Stockholm", new Date())).toBe("the same time as you");
  });

  it("take each person's own hours, a night shift included, and say nothing without a known zone", () => {
    const early = { zone: "Europe/London", startHour: 7, endHour: 15 };
    const late = { zone: "Europe/London", startHour: 22, endHour: 6 };
    const [w] = sharedWorkingWindows(
      early,
      { zone: "Asia/Tokyo", startHour: 9, endHour: 18 },
      new Date("2026-11-18T00:00:00Z"),
    );
    expect(iso([w!])).toEqual([["2026-11-18T07:00:00.000Z", "2026-11-18T09:00:00.000Z"]]);
    const [night] = sharedWorkingWindows(late, nineToSix("Asia/Tokyo"), new Date("2026-11-18T12:00:00Z"));
    expect(iso([night!])).toEqual([["2026-11-19T00:00:00.000Z", "2026-11-19T06:00:00.000Z"]]);
    const you = nineToSix("Europe/Stockholm");
    expect(timeTogether(you, { zone: "Somewhere/Else", startHour: null, endHour: null }, new Date())).toBeNull();
    expect(timeTogether(you, { zone: null, startHour: null, endHour: null }, new Date())).toBeNull();
    const together = timeTogether(
      you,
      { zone: "America/New_York", startHour: null, endHour: null },
      new Date("2026-11-18T10:00:00Z"),
    );
    expect(together).toMatchObject({ theirTime: "05:00", theirDay: "Wednesday", offset: "6 h behind you" });
    expect(together!.windows[0]!.label).toBe("Wed 18 Nov 15:00–18:00");
  });
});
