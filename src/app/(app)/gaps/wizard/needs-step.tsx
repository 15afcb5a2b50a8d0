"use client";

import { inputClass, TextareaField } from "@/components/field";
import type { StepProps } from "./wizard-step";

const NEEDS = [
  { field: "guidanceSought", id: "need", label: "What I need", hint: "The guidance you are looking for." },
  { field: "valueIOffer", id: "offer", label: "What I can offer", hint: "Skills, perspective or help you can give." },
] as const;

/** Step 4: both ways, per area: the guidance sought and the value offered. */
export function NeedsStep({ draft, updateArea, errors }: StepProps) {
  return (
    <div className="space-y-4">
      <p className="max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
        Mentorship runs both ways. For each area, say what guidance you are looking for and what you can offer others in
        it.
      </p>
      {draft.areas.map((area, i) => (
        <fieldset
          key={area.key}
          className="grid gap-3 rounded-lg border border-zinc-200 p-4 md:grid-cols-2 dark:border-zinc-800"
        >
          <legend className="px-1 font-medium">{area.name}</legend>
          {NEEDS.map(({ field, id, label, hint }) => (
            <TextareaField
              key={field}
              id={`${id}-${area.key}`}
              label={label}
              hint={hint}
              errors={errors[`areas.${i}.${field}`]}
              rows={2}
              className={inputClass}
              value={area[field]}
              onChange={(e) => updateArea(area.key, { [field]: e.target.value })}
            />
          ))}
        </fieldset>
      ))}
    </div>
  );
}
