import { describe, expect, it } from "vitest";
import { sprintPhase } from "./sprint";

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
