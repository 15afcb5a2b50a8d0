"use client";

import { inputClass, TextareaField } from "@/components/field";
import { CATEGORIES } from "@/domain/categories";
import type { MentorCategory } from "@/generated/prisma/enums";
import type { WizardArea } from "@/server/gaps/gaps.schema";
import { CORE, OPTIONAL, type StepProps } from "./wizard-step";

/** Step 5: the ideal person for each kind of relationship in each area, and who on the map comes close. */
export function DreamTeamStep({ draft, updateArea, mentors, errors }: StepProps) {
  const slot = (area: WizardArea, i: number, category: MentorCategory) => {
    const info = CATEGORIES.find((c) => c.value === category)!;
    const candidates = mentors.filter((m) => m.category === category);
    const linked = new Set(area.mentorIds[category] ?? []);
    const id = `profile-${area.key}-${category}`;
    return (
      <div key={category} className="space-y-2">
        <TextareaField
          id={id}
          label={`${info.label}${CORE.includes(category) ? "" : " (optional)"}`}
          hint={info.meaning}
          errors={errors[`areas.${i}.profiles.${category}`]}
          rows={2}
          className={inputClass}
          value={area.profiles[category] ?? ""}
          onChange={(e) => updateArea(area.key, { profiles: { ...area.profiles, [category]: e.target.value } })}
        />
        {candidates.length ? (
          <fieldset className="text-sm">
            <legend className="text-xs text-zinc-600 dark:text-zinc-400">Who on your map comes close?</legend>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {candidates.map((m) => (
                <label key={m.id} className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    className="size-4"
                    checked={linked.has(m.id)}
                    onChange={(e) =>
                      updateArea(area.key, {
                        mentorIds: {
                          ...area.mentorIds,
                          [category]: e.target.checked ? [...linked, m.id] : [...linked].filter((x) => x !== m.id),
                        },
                      })
                    }
                  />
                  {m.name}
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}
      </div>
    );
  };
  return (
    <div className="space-y-4">
      <p className="max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
        Describe the ideal person for each kind of relationship in each area, e.g. “a VP who scaled a team from 5 to
        50”. Sage, peer and reverse are the core of a map; an empty one shows as a gap.
      </p>
      {draft.areas.map((area, i) => (
        <fieldset key={area.key} className="space-y-4 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
          <legend className="px-1 font-medium">{area.name}</legend>
          <div className="grid gap-4 md:grid-cols-3">{CORE.map((c) => slot(area, i, c))}</div>
          <details className="rounded-md bg-zinc-50 p-3 dark:bg-zinc-950">
            <summary className="cursor-pointer text-sm font-medium">
              Specialist and accountability partner (optional)
            </summary>
            <div className="mt-3 grid gap-4 md:grid-cols-2">{OPTIONAL.map((c) => slot(area, i, c))}</div>
          </details>
        </fieldset>
      ))}
    </div>
  );
}
