"use client";

import { InputField, inputClass } from "@/components/field";
import { useFormatDay } from "@/components/locale";
import { type Day, isDay } from "@/domain/calendar";
import { sprintLastDay, sprintStartProblem } from "@/domain/sprint";
import type { WizardDraft } from "@/server/gaps/gaps.schema";
import { CORE, type Errors, type StepProps } from "./wizard-step";

/** The one check the schema cannot make: the start is within a year of the user's today. */
export function checkSprintStart(draft: WizardDraft, today: Day): Errors {
  const problem = isDay(draft.sprintStartOn) ? sprintStartProblem(draft.sprintStartOn, today) : null;
  return problem ? { sprintStartOn: [problem] } : {};
}

/** Step 6: when the 90-day sprint starts, and the answers to review. */
export function SprintStep({ draft, update, errors, today }: StepProps) {
  const formatDayLong = useFormatDay();
  const start = isDay(draft.sprintStartOn) ? draft.sprintStartOn : null;
  return (
    <div className="space-y-5">
      <p className="max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
        A 90-day sprint turns the map into action: 30 days of foundation (research and outreach), 30 of activation
        (first conversations) and 30 of optimisation (rhythms, introductions, wins).
      </p>
      <InputField
        id="sprintStartOn"
        label="Sprint starts on"
        errors={errors.sprintStartOn}
        hint={start ? `Day 90 is ${formatDayLong(sprintLastDay(start))}.` : `Today is ${formatDayLong(today)}.`}
        type="date"
        className={`${inputClass} w-48`}
        value={draft.sprintStartOn}
        onChange={(e) => update((d) => ({ ...d, sprintStartOn: e.target.value }))}
      />
      <section aria-labelledby="review" className="rounded-lg border border-zinc-200 p-4 text-sm dark:border-zinc-800">
        <h3 id="review" className="font-medium">
          Your areas, most important first
        </h3>
        <ol className="mt-2 list-decimal space-y-1 pl-5">
          {draft.areas.map((a) => (
            <li key={a.key}>
              {a.name}: {a.currentLevel ?? "?"} → {a.targetLevel ?? "?"}
              {CORE.filter((c) => a.profiles[c]?.trim()).length
                ? ` · ${CORE.filter((c) => a.profiles[c]?.trim()).length} of 3 core profiles described`
                : ""}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
