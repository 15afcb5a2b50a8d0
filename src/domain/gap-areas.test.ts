import { describe, expect, it } from "vitest";
import { areaCountAdvice, duplicateAreaNames, SUGGESTED_GAP_AREAS } from "./gap-areas";

describe("gap areas", () => {
  it("suggests seven areas to grow in", () => {
    expect(SUGGESTED_GAP_AREAS).toHaveLength(7);
  });

  it("recommends 5–7 areas and warns outside that, without blocking", () => {
    expect(areaCountAdvice(0)).toMatch(/at least one/);
    expect(areaCountAdvice(4)).toMatch(/5–7 is recommended/);
    expect(areaCountAdvice(5)).toBeNull();
    expect(areaCountAdvice(7)).toBeNull();
    expect(areaCountAdvice(8)).toMatch(/5–7 is recommended/);
  });

  it("finds names used twice, ignoring case and spaces", () => {
    expect(duplicateAreaNames(["Leadership", "Soft skills", " leadership "])).toEqual(["leadership"]);
    expect(duplicateAreaNames(["A", "B"])).toEqual([]);
  });
});
