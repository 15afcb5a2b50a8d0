import { describe, expect, it } from "vitest";
import { MentorCategory, MentorStage } from "@/generated/prisma/enums";
import { CATEGORIES, categoryInfo } from "./categories";
import { STAGES, stageLabel } from "./stages";

describe("categories", () => {
  it("describes exactly the five categories of the schema, in map order", () => {
    expect(CATEGORIES.map((c) => c.value)).toEqual(["SAGE", "PEER", "REVERSE", "SPECIALIST", "ACCOUNTABILITY"]);
    expect(new Set(CATEGORIES.map((c) => c.value))).toEqual(new Set(Object.values(MentorCategory)));
  });

  it("gives each a one-line meaning and a typical rhythm", () => {
    for (const c of CATEGORIES) {
      expect(c.meaning).toMatch(/^[A-Z].*\.$/);
      expect(c.meaning.length).toBeLessThan(120);
    }
    expect(categoryInfo("ACCOUNTABILITY")).toMatchObject({ typicalCadence: "weekly", defaultCadenceDays: 7 });
    expect(categoryInfo("SAGE").defaultCadenceDays).toBe(90);
    expect(categoryInfo("SPECIALIST").defaultCadenceDays).toBeNull();
  });
});

describe("stages", () => {
  it("covers every stage of the schema, the pipeline in order and Declined last", () => {
    expect(STAGES.map((s) => s.value)).toEqual([
      "PROSPECT",
      "RESEARCHED",
      "CONTACTED",
      "IN_CONVERSATION",
      "ACTIVE",
      "PAUSED",
      "DECLINED",
    ]);
    expect(new Set(STAGES.map((s) => s.value))).toEqual(new Set(Object.values(MentorStage)));
    expect(stageLabel("IN_CONVERSATION")).toBe("In conversation");
  });
});
