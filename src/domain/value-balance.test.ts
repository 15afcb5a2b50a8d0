import { describe, expect, it } from "vitest";
import { describeOneWay, valueBalance } from "./value-balance";

const today = "2026-11-25";

describe("valueBalance", () => {
  it("counts both ways and gives the balance", () => {
    const b = valueBalance(
      [
        { direction: "GAVE", occurredOn: "2026-11-01" },
        { direction: "RECEIVED", occurredOn: "2026-11-10" },
        { direction: "RECEIVED", occurredOn: "2026-11-20" },
      ],
      today,
    );
    expect(b).toMatchObject({ gave: 1, received: 2, balance: -1, oneWay: null });
  });

  it("flags value received only, for 4 months", () => {
    const b = valueBalance(
      [
        { direction: "RECEIVED", occurredOn: "2026-07-20" },
        { direction: "RECEIVED", occurredOn: "2026-11-01" },
      ],
      today,
    );
    expect(b.oneWay).toEqual({ direction: "RECEIVED", months: 4, since: "2026-07-20" });
    expect(describeOneWay("Tom", b.oneWay!)).toBe("You have only received from Tom for 4 months");
  });

  it("counts from the first one-way exchange after value last went the other way", () => {
    const b = valueBalance(
      [
        { direction: "GAVE", occurredOn: "2026-01-10" },
        { direction: "RECEIVED", occurredOn: "2026-06-01" },
        { direction: "RECEIVED", occurredOn: "2026-11-01" },
      ],
      today,
    );
    expect(b.oneWay).toMatchObject({ direction: "RECEIVED", since: "2026-06-01", months: 5 });
  });

  it("does not flag a relationship younger than three months, or a balanced one", () => {
    expect(valueBalance([{ direction: "RECEIVED", occurredOn: "2026-10-01" }], today).oneWay).toBeNull();
    expect(
      valueBalance(
        [
          { direction: "RECEIVED", occurredOn: "2026-01-01" },
          { direction: "GAVE", occurredOn: "2026-11-20" },
        ],
        today,
      ).oneWay,
    ).toBeNull();
  });

  it("flags giving only, too", () => {
    const b = valueBalance([{ direction: "GAVE", occurredOn: "2026-05-01" }], today);
    expect(describeOneWay("Jonah", b.oneWay!)).toBe("You have only given to Jonah for 6 months");
  });
});
