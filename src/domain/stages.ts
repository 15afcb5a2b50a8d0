import type { MentorStage } from "@/generated/prisma/enums";

/** The pipeline, left to right; Declined sits beside it. */
export const STAGES: readonly { value: MentorStage; label: string; hint: string }[] = [
  { value: "PROSPECT", label: "Prospect", hint: "Someone who may become a mentor." },
  { value: "RESEARCHED", label: "Researched", hint: "You know their work and how you could help." },
  { value: "CONTACTED", label: "Contacted", hint: "Outreach sent; waiting for a reply." },
  { value: "IN_CONVERSATION", label: "In conversation", hint: "Talking; the relationship is forming." },
  { value: "ACTIVE", label: "Active", hint: "A working mentorship with a check-in rhythm." },
  { value: "PAUSED", label: "Paused", hint: "On hold for now." },
  { value: "DECLINED", label: "Declined", hint: "A no for now: often about timing, so revisit later." },
];

export function stageLabel(value: MentorStage) {
  return STAGES.find((s) => s.value === value)?.label ?? value;
}

export type StagePhase = "outreach" | "conversation" | "relationship" | "declined";

/**
 * What a mentor's page leads with: outreach for a prospect, the reply and the first
 * conversation once contacted, the brief and check-ins of a working relationship.
 */
export function stagePhase(stage: MentorStage): StagePhase {
  if (stage === "PROSPECT" || stage === "RESEARCHED") return "outreach";
  if (stage === "CONTACTED" || stage === "IN_CONVERSATION") return "conversation";
  if (stage === "DECLINED") return "declined";
  return "relationship";
}
