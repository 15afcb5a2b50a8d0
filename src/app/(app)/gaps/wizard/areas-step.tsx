"use client";

import { useState } from "react";
import { Button } from "@/components/button";
import { Field, FieldError, inputClass } from "@/components/field";
import { areaCountAdvice, areaNameKey, MAX_GAP_AREAS, SUGGESTED_GAP_AREAS } from "@/domain/gap-areas";
import { newArea, type StepProps } from "./wizard-step";

/** Step 1: which areas to grow in, from the suggestions or the user's own. */
export function AreasStep({ draft, update, errors }: StepProps) {
  const [custom, setCustom] = useState("");
  const [customError, setCustomError] = useState<string | null>(null);
  const chosen = new Set(draft.areas.map((a) => areaNameKey(a.name)));
  const full = draft.areas.length >= MAX_GAP_AREAS;
  const advice = areaCountAdvice(draft.areas.length);

  function toggle(name: string, on: boolean) {
    update((d) => ({
      ...d,
      areas: on ? [...d.areas, newArea(name)] : d.areas.filter((a) => areaNameKey(a.name) !== areaNameKey(name)),
    }));
  }

  function addCustom() {
    const name = custom.trim();
    if (!name) return setCustomError("Type the area's name first.");
    if (name.length > 80) return setCustomError("An area's name must be at most 80 characters.");
    if (chosen.has(areaNameKey(name))) return setCustomError(`"${name}" is already chosen.`);
    if (full) return setCustomError(`You can choose at most ${MAX_GAP_AREAS} areas.`);
    update((d) => ({ ...d, areas: [...d.areas, newArea(name, `custom-${Date.now()}`)] }));
    setCustom("");
    setCustomError(null);
  }

  const customs = draft.areas.filter(
    (a) => !SUGGESTED_GAP_AREAS.some((s) => areaNameKey(s.name) === areaNameKey(a.name)),
  );
  return (
    <div className="space-y-5">
      <p className="max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
        Where would mentorship speed up your growth? Pick the areas that matter now; 5–7 is recommended. You can change
        them at any time.
      </p>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Suggested areas</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {SUGGESTED_GAP_AREAS.map((s) => {
            const id = `area-${areaNameKey(s.name).replace(/\W+/g, "-")}`;
            const checked = chosen.has(areaNameKey(s.name));
            return (
              <div key={s.name} className="flex gap-3 rounded-md border border-zinc-200 p-3 dark:border-zinc-800">
                <input
                  id={id}
                  type="checkbox"
                  className="mt-1 size-4"
                  checked={checked}
                  disabled={!checked && full}
                  onChange={(e) => toggle(s.name, e.target.checked)}
                  aria-describedby={`${id}-hint`}
                />
                <label htmlFor={id} className="text-sm">
                  <span className="font-medium">{s.name}</span>
                  <span id={`${id}-hint`} className="block text-xs text-zinc-600 dark:text-zinc-400">
                    {s.hint}
                  </span>
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
      <div className="space-y-2">
        <Field id="custom-area" label="Add your own area" errors={customError ? [customError] : undefined}>
          {(p) => (
            <div className="flex max-w-md gap-2">
              <input
                {...p}
                className={inputClass}
                value={custom}
                maxLength={120}
                onChange={(e) => {
                  setCustom(e.target.value);
                  setCustomError(null);
                }}
                onKeyDown={(e) => {
                  if (e.key === "Enter") {
                    e.preventDefault();
                    addCustom();
                  }
                }}
              />
              <Button type="button" variant="secondary" onClick={addCustom}>
                Add
              </Button>
            </div>
          )}
        </Field>
        {customs.length ? (
          <ul className="flex flex-wrap gap-2" aria-label="Your own areas">
            {customs.map((a) => (
              <li
                key={a.key}
                className="flex items-center gap-1 rounded-full border border-zinc-300 py-0.5 pl-3 pr-1 text-sm dark:border-zinc-700"
              >
                {a.name}
                <button
                  type="button"
                  className="rounded-full px-2 hover:bg-zinc-100 dark:hover:bg-zinc-800"
                  onClick={() => toggle(a.name, false)}
                  aria-label={`Remove ${a.name}`}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <p
        role="status"
        className={`text-sm ${advice ? "text-amber-800 dark:text-amber-300" : "text-emerald-800 dark:text-emerald-300"}`}
      >
        {advice ?? `${draft.areas.length} areas chosen.`}
        {full ? ` That is the most a map can hold (${MAX_GAP_AREAS}).` : ""}
      </p>
      <FieldError id="areas-error" errors={errors.areas} />
    </div>
  );
}
