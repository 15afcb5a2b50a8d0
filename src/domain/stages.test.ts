import { describe, expect, it } from "vitest";
import { STAGES, stagePhase } from "./stages";

describe("stagePhase", () => {
  it("leads a mentor's page with what their stage is waiting on", () => {
    expect(Object.fromEntries(STAGES.map((s) => [s.value, stagePhase(s.value)]))).toEqual({
      PROSPECT: "outreach",
      RESEARCHED: "outreach",
      CONTACTED: "conversation",
      IN_CONVERSATION: "conversation",
      ACTIVE: "relationship",
      PAUSED: "relationship",
      DECLINED: "declined",
    });
  });
});
