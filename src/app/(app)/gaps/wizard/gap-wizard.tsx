"use client";

import { useRouter } from "next/navigation";
import { type ComponentType, useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/button";
import { useAutosave } from "@/components/use-autosave";
import type { Day } from "@/domain/calendar";
import type { LinkableMentor } from "@/server/gaps/gaps.queries";
import {
  firstInvalidStep,
  pathErrors,
  STEP_CHECKS,
  WIZARD_STEPS,
  type WizardArea,
  type WizardDraft,
} from "@/server/gaps/gaps.schema";
import { completeWizardAction, saveWizardDraftAction } from "@/server/gaps/gaps.wizard.actions";
import { AreasStep } from "./areas-step";
import { DreamTeamStep } from "./dream-team-step";
import { LevelsStep } from "./levels-step";
import { NeedsStep } from "./needs-step";
import { PriorityStep } from "./priority-step";
import { checkSprintStart, SprintStep } from "./sprint-step";
import type { Errors, StepProps } from "./wizard-step";

/** The steps in WIZARD_STEPS's order: what each shows, and any check beyond its schema. */
const STEPS: { View: ComponentType<StepProps>; check?: (draft: WizardDraft, today: Day) => Errors }[] = [
  { View: AreasStep },
  { View: LevelsStep },
  { View: PriorityStep },
  { View: NeedsStep },
  { View: DreamTeamStep },
  { View: SprintStep, check: checkSprintStart },
];

/**
 * The gap-analysis wizard. Every answer is saved as it is typed (debounced), so
 * back, forward and a closed tab lose nothing; each step is checked with the
 * schema the completing action uses.
 */
export function GapWizard({
  initial,
  mentors,
  today,
}: {
  initial: WizardDraft;
  mentors: LinkableMentor[];
  today: Day;
}) {
  const router = useRouter();
  const [draft, setDraft] = useState<WizardDraft>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [finishing, startFinishing] = useTransition();
  const heading = useRef<HTMLHeadingElement>(null);
  const step = draft.step;
  const View = STEPS[step]!.View;

  // Save as the user goes: the latest draft, half a second after the last change.
  const autosave = useAutosave(draft, saveWizardDraftAction);
  const saveState = autosave.state;

  const update = (change: (d: WizardDraft) => WizardDraft) => setDraft((d) => change(d));
  const updateArea = (key: string, patch: Partial<WizardArea>) =>
    update((d) => ({ ...d, areas: d.areas.map((a) => (a.key === key ? { ...a, ...patch } : a)) }));

  // On arriving, focus goes to the step's heading, as it does on every step after.
  useEffect(() => heading.current?.focus(), []);

  function goTo(next: number) {
    setErrors({});
    update((d) => ({ ...d, step: next, reached: Math.max(d.reached, next) }));
    requestAnimationFrame(() => heading.current?.focus());
  }

  function check(): Errors | null {
    const result = STEP_CHECKS[step]!(draft);
    const found: Errors = {
      ...(result.success ? {} : pathErrors(result.error)),
      ...STEPS[step]!.check?.(draft, today),
    };
    return Object.keys(found).length ? found : null;
  }

  function showErrors(found: Errors) {
    setErrors(found);
    requestAnimationFrame(() => {
      const invalid =
        document.querySelector<HTMLElement>("[aria-invalid=true]") ?? document.getElementById("wizard-errors");
      invalid?.focus();
    });
  }

  function next(event: React.FormEvent) {
    event.preventDefault();
    const found = check();
    if (found) return showErrors(found);
    if (step < WIZARD_STEPS.length - 1) return goTo(step + 1);
    // Once finishing, no late save may bring the finished answers back as a draft.
    autosave.stop();
    startFinishing(async () => {
      const result = await completeWizardAction(draft);
      if (result.ok) return router.push("/dashboard?welcome=1");
      autosave.resume();
      // A stale tab may hold answers an earlier step would refuse: show that step.
      const bad = firstInvalidStep(draft);
      if (bad !== null && bad !== step) update((d) => ({ ...d, step: bad }));
      showErrors({ _form: [result.error], ...result.fieldErrors });
    });
  }

  const errorList = Object.entries(errors).flatMap(([, messages]) => messages);

  return (
    <div className="space-y-6">
      <nav aria-label="Wizard progress">
        <ol className="flex flex-wrap gap-2 text-sm">
          {WIZARD_STEPS.map((name, i) => {
            const current = i === step;
            const reachable = i <= draft.reached && !current;
            const label = `${i + 1}. ${name}`;
            return (
              <li key={name}>
                {reachable ? (
                  <button
                    type="button"
                    onClick={() => goTo(i)}
                    className="min-h-11 rounded-full border border-zinc-300 px-3 py-1 hover:bg-zinc-100 md:min-h-0 dark:border-zinc-700 dark:hover:bg-zinc-800"
                  >
                    {label}
                    {i < draft.reached ? <span className="sr-only"> (visited)</span> : null}
                  </button>
                ) : (
                  <span
                    aria-current={current ? "step" : undefined}
                    className={`inline-block rounded-full border px-3 py-1 ${current ? "border-brand-600 bg-brand-600 text-white" : "border-zinc-200 text-zinc-600 dark:border-zinc-800 dark:text-zinc-400"}`}
                  >
                    {label}
                  </span>
                )}
              </li>
            );
          })}
        </ol>
        <div
          className="mt-3 h-1.5 w-full rounded-full bg-zinc-200 dark:bg-zinc-800"
          role="progressbar"
          aria-label="Wizard progress"
          aria-valuemin={1}
          aria-valuemax={WIZARD_STEPS.length}
          aria-valuenow={step + 1}
          aria-valuetext={`Step ${step + 1} of ${WIZARD_STEPS.length}`}
        >
          <div
            className="h-1.5 rounded-full bg-brand-600"
            style={{ width: `${((step + 1) / WIZARD_STEPS.length) * 100}%` }}
          />
        </div>
      </nav>

      <form onSubmit={next} noValidate className="space-y-6">
        <h2 ref={heading} tabIndex={-1} className="text-xl font-semibold outline-none">
          Step {step + 1} of {WIZARD_STEPS.length}: {WIZARD_STEPS[step]}
        </h2>

        {errorList.length ? (
          <div
            id="wizard-errors"
            tabIndex={-1}
            role="alert"
            className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
          >
            <p className="font-medium">Please check this step:</p>
            <ul className="list-disc pl-5">
              {[...new Set(errorList)].map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </div>
        ) : null}

        <View draft={draft} errors={errors} update={update} updateArea={updateArea} mentors={mentors} today={today} />

        <div className="flex flex-wrap items-center gap-3 border-t border-zinc-200 pt-4 dark:border-zinc-800">
          {step > 0 ? (
            <Button type="button" variant="secondary" onClick={() => goTo(step - 1)}>
              Back
            </Button>
          ) : null}
          <Button type="submit" disabled={finishing}>
            {step < WIZARD_STEPS.length - 1 ? "Next" : finishing ? "Building your map…" : "Finish and see my map"}
          </Button>
          <p className="ml-auto text-xs text-zinc-600 dark:text-zinc-400" role="status" aria-live="polite">
            {saveState === "saving"
              ? "Saving…"
              : saveState === "saved"
                ? "All answers saved"
                : saveState === "failed"
                  ? "Not saved yet: check your connection"
                  : "Answers are saved as you go"}
          </p>
        </div>
      </form>
    </div>
  );
}
