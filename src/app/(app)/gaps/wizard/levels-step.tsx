"use client";

import { InputField, inputClass, TextareaField } from "@/components/field";
import type { WizardArea } from "@/server/gaps/gaps.schema";
import type { StepProps } from "./wizard-step";

const LEVELS = [
  { field: "currentLevel", label: "Where you are now (1–10)" },
  { field: "targetLevel", label: "Where you want to be (1–10)" },
] as const;

/** Step 2: where the user is in each area, where they want to be, and why it matters. */
export function LevelsStep({ draft, updateArea, errors }: StepProps) {
  return (
    <div className="space-y-4">
      <p className="max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
        Rate where you are now and where you want to be, from 1 (beginner) to 10 (among the best).
      </p>
      {draft.areas.map((area: WizardArea, i) => (
        <fieldset key={area.key} className="space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
          <legend className="px-1 font-medium">{area.name}</legend>
          <div className="flex flex-wrap gap-6">
            {LEVELS.map(({ field, label }) => (
              <InputField
                key={field}
                id={`${field}-${area.key}`}
                label={label}
                errors={errors[`areas.${i}.${field}`]}
                type="number"
                inputMode="numeric"
                min={1}
                max={10}
                className={`${inputClass} w-24`}
                value={area[field] ?? ""}
                onChange={(e) =>
                  updateArea(area.key, { [field]: e.target.value === "" ? null : Number(e.target.value) })
                }
              />
            ))}
          </div>
          <TextareaField
            id={`why-${area.key}`}
            label="Why it matters (optional)"
            errors={errors[`areas.${i}.whyItMatters`]}
            rows={2}
            className={inputClass}
            value={area.whyItMatters}
            onChange={(e) => updateArea(area.key, { whyItMatters: e.target.value })}
          />
        </fieldset>
      ))}
    </div>
  );
}
