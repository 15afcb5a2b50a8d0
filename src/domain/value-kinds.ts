import type { ValueExchangeKind } from "@/generated/prisma/enums";

export const VALUE_KINDS: readonly { value: ValueExchangeKind; label: string }[] = [
  { value: "ADVICE", label: "Advice" },
  { value: "INTRODUCTION", label: "Introduction" },
  { value: "FEEDBACK", label: "Feedback" },
  { value: "SPONSORSHIP", label: "Sponsorship" },
  { value: "SKILL_TEACHING", label: "Skill teaching" },
  { value: "PROJECT_HELP", label: "Help on a project" },
  { value: "RESEARCH_OR_CONTENT", label: "Research or content" },
  { value: "OTHER", label: "Other" },
];

export const valueKindLabel = (value: string) => VALUE_KINDS.find((k) => k.value === value)?.label ?? value;
