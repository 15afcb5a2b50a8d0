import type { Day } from "@/domain/calendar";
import type { MentorCategory } from "@/generated/prisma/enums";
import type { LinkableMentor } from "@/server/gaps/gaps.queries";
import type { WizardArea, WizardDraft } from "@/server/gaps/gaps.schema";

export type Errors = Record<string, string[]>;

/** What every step gets: the draft, its errors by path ("areas.0.currentLevel"), and ways to change it. */
export type StepProps = {
  draft: WizardDraft;
  errors: Errors;
  update: (change: (d: WizardDraft) => WizardDraft) => void;
  updateArea: (key: string, patch: Partial<WizardArea>) => void;
  mentors: LinkableMentor[];
  today: Day;
};

/** Sage, peer and reverse: the core of a map; an empty one shows as a gap. */
export const CORE: MentorCategory[] = ["SAGE", "PEER", "REVERSE"];
export const OPTIONAL: MentorCategory[] = ["SPECIALIST", "ACCOUNTABILITY"];

export const newArea = (name: string, key = name): WizardArea => ({
  key,
  name,
  whyItMatters: "",
  currentLevel: null,
  targetLevel: null,
  guidanceSought: "",
  valueIOffer: "",
  profiles: {},
  mentorIds: {},
});
