import { describe, expect, it } from "vitest";
import { checkInsPerMonth, MONTHLY_CHECK_INS, quadrant } from "./audit";

describe("audit", () => {
  it("computes frequency from the log, per month over six months", () => {
    expect(checkInsPerMonth(0)).toBe(0);
    expect(checkInsPerMonth(6)).toBe(1);
    expect(checkInsPerMonth(3)).toBe(0.5);
    expect(checkInsPerMonth(26)).toBe(4.3);
    // "At least every other month", as the page shows the frequency, starts at MONTHLY_CHECK_INS.
    expect(checkInsPerMonth(MONTHLY_CHECK_INS)).toBeGreaterThanOrEqual(0.5);
    expect(checkInsPerMonth(MONTHLY_CHECK_INS - 1)).toBeLessThan(0.5);
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
});
