import { z } from "zod";
import { isDay } from "@/domain/calendar";
import { duplicateAreaNames, GAP_AREA_NAME_MAX, MAX_GAP_AREAS } from "@/domain/gap-areas";
import { MentorCategory } from "@/generated/prisma/enums";
import { clearableText, formNumber, id } from "../shared.schema";

/**
 * The gap areas and the gap-analysis wizard. The wizard validates each step as the
 * user goes with the same schemas its completing action uses.
 */

export const WIZARD_STEPS = ["Areas", "Levels", "Priority", "Needs and offers", "Dream team", "Sprint"] as const;
export type WizardStep = number;

const level = (label: string) =>
  z
    .number({ error: `Rate ${label} from 1 to 10.` })
    .int(`Rate ${label} with a whole number from 1 to 10.`)
    .min(1, `Rate ${label} from 1 to 10.`)
    .max(10, `Rate ${label} from 1 to 10.`);

/** A level from a form: "" is no answer yet. */
const formLevel = (label: string) => z.preprocess(formNumber(undefined), level(label));

export const areaName = z
  .string({ error: "Name the area." })
  .trim()
  .min(1, "Name the area.")
  .max(GAP_AREA_NAME_MAX, `An area's name must be at most ${GAP_AREA_NAME_MAX} characters.`);

const PROFILE_MAX = 500;
const SLOT_MENTORS_MAX = 20;

const categoryRecord = <T extends z.ZodType>(value: T) => z.partialRecord(z.enum(MentorCategory), value).default({});

/** One area as the wizard holds it; `key` is the client's handle for a row. */
const draftArea = z.object({
  key: z.string().max(40),
  name: z.string().max(GAP_AREA_NAME_MAX * 2),
  whyItMatters: z.string().max(4000).default(""),
  currentLevel: z.number().min(-1000).max(1000).nullable().default(null),
  targetLevel: z.number().min(-1000).max(1000).nullable().default(null),
  guidanceSought: z.string().max(4000).default(""),
  valueIOffer: z.string().max(4000).default(""),
  profiles: categoryRecord(z.string().max(PROFILE_MAX * 2)),
  mentorIds: categoryRecord(z.array(z.string().max(40)).max(SLOT_MENTORS_MAX)),
});
export type WizardArea = z.output<typeof draftArea>;

/** What is saved as the user goes: anything typed so far, bounded in size, never rejected for being unfinished. */
export const wizardDraftSchema = z.object({
  step: z
    .number()
    .int()
    .min(0)
    .max(WIZARD_STEPS.length - 1)
    .default(0),
  areas: z.array(draftArea).max(MAX_GAP_AREAS, `Choose at most ${MAX_GAP_AREAS} areas.`).default([]),
  sprintStartOn: z.string().max(10).default(""),
  /** The furthest step reached, so the progress indicator can offer it. */
  reached: z
    .number()
    .int()
    .min(0)
    .max(WIZARD_STEPS.length - 1)
    .default(0),
});
export type WizardDraft = z.output<typeof wizardDraftSchema>;

/** 1–12 areas, each name once (ignoring case). */
const areaList = <T extends z.ZodType<{ name: string }>>(area: T) =>
  z
    .array(area)
    .min(1, "Choose at least one area.")
    .max(MAX_GAP_AREAS, `Choose at most ${MAX_GAP_AREAS} areas.`)
    .superRefine((areas, ctx) => {
      for (const dupe of duplicateAreaNames(areas.map((a) => a.name))) {
        ctx.addIssue({ code: "custom", message: `"${dupe}" is there twice: each area needs its own name.`, path: [] });
      }
    });

const areasStep = areaList(z.object({ name: areaName }).loose());

const levelsStep = z.array(
  z
    .object({
      currentLevel: level("where you are now"),
      targetLevel: level("where you want to be"),
      whyItMatters: clearableText(1000, "Why it matters"),
    })
    .loose(),
);

const needsStep = z.array(
  z
    .object({
      guidanceSought: clearableText(2000, "What you need"),
      valueIOffer: clearableText(2000, "What you can offer"),
    })
    .loose(),
);

const dreamTeamStep = z.array(
  z
    .object({
      profiles: categoryRecord(clearableText(PROFILE_MAX, "A profile")),
      mentorIds: categoryRecord(
        z.array(id("mentor")).max(SLOT_MENTORS_MAX, `Link at most ${SLOT_MENTORS_MAX} mentors to one profile.`),
      ),
    })
    .loose(),
);

const sprintStep = z.string().refine(isDay, "Choose the day your sprint starts.");

/** Each step's checks; a step's errors are keyed by field path ("areas.2.currentLevel"). */
export const STEP_CHECKS: Record<number, (d: WizardDraft) => z.ZodSafeParseResult<unknown>> = {
  0: (d) => z.object({ areas: areasStep }).safeParse(d),
  1: (d) => z.object({ areas: levelsStep }).safeParse(d),
  2: () => ({ success: true, data: null }),
  3: (d) => z.object({ areas: needsStep }).safeParse(d),
  4: (d) => z.object({ areas: dreamTeamStep }).safeParse(d),
  5: (d) => z.object({ sprintStartOn: sprintStep }).safeParse(d),
};

/** The finished wizard, as the completing action writes it. */
export const completedWizardSchema = z.object({
  areas: areaList(
    z.object({
      name: areaName,
      whyItMatters: clearableText(1000, "Why it matters"),
      currentLevel: level("where you are now"),
      targetLevel: level("where you want to be"),
      guidanceSought: clearableText(2000, "What you need"),
      valueIOffer: clearableText(2000, "What you can offer"),
      profiles: categoryRecord(clearableText(PROFILE_MAX, "A profile")),
      mentorIds: categoryRecord(
        z.array(id("mentor")).max(SLOT_MENTORS_MAX, `Link at most ${SLOT_MENTORS_MAX} mentors to one profile.`),
      ),
    }),
  ),
  sprintStartOn: sprintStep,
});
export type CompletedWizard = z.output<typeof completedWizardSchema>;

/** Zod issues keyed by their whole path, for forms with rows ("areas.2.name"). */
export function pathErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    out[key] = [...(out[key] ?? []), issue.message];
  }
  return out;
}

/** The first step with a problem, for a stale or hand-made submission. */
export function firstInvalidStep(draft: WizardDraft): number | null {
  for (let step = 0; step < WIZARD_STEPS.length; step++) if (!STEP_CHECKS[step]!(draft).success) return step;
  return null;
}

// ——— /gaps: the areas after the wizard ———

const formText = (max: number, label: string) => z.preprocess((v) => v ?? "", clearableText(max, label));

export const gapAreaFieldsSchema = z.object({
  name: areaName,
  whyItMatters: formText(1000, "Why it matters"),
  currentLevel: formLevel("where you are now"),
  targetLevel: formLevel("where you want to be"),
  guidanceSought: formText(2000, "What you need"),
  valueIOffer: formText(2000, "What you can offer"),
});
export const createGapAreaSchema = gapAreaFieldsSchema;
export const updateGapAreaSchema = gapAreaFieldsSchema.extend({ id: id("gap area") });
export const moveGapAreaSchema = z.object({
  id: id("gap area"),
  direction: z.enum(["up", "down"], { error: "Move up or down." }),
});
export const deleteGapAreaSchema = z.object({ id: id("gap area") });

/** One dream-team profile: an area and a category. */
export const dreamTeamProfileSchema = z.object({
  gapAreaId: id("gap area"),
  category: z.enum(MentorCategory, { error: "Choose one of the five categories." }),
});

export const dreamTeamSlotSchema = dreamTeamProfileSchema.extend({
  profile: formText(PROFILE_MAX, "The profile"),
  mentorIds: z
    .preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(id("mentor")))
    .pipe(z.array(z.string()).max(SLOT_MENTORS_MAX, `Link at most ${SLOT_MENTORS_MAX} mentors to one profile.`)),
});
