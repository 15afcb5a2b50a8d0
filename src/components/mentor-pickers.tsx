"use client";

import { useId, useState } from "react";
import { categoryInfo } from "@/domain/categories";
import type { MentorCategory } from "@/generated/prisma/enums";
import { inputClass } from "./field";

type Option = { id: string; name: string; category: MentorCategory };

/** One person from the map. */
export function MentorSelect({
  name,
  options,
  defaultValue,
  ...props
}: {
  name: string;
  options: Option[];
  defaultValue?: string;
  id?: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}) {
  return (
    <select name={name} defaultValue={defaultValue ?? ""} className={inputClass} {...props}>
      <option value="">Choose…</option>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name} ({categoryInfo(o.category).label})
        </option>
      ))}
    </select>
  );
}

/** Several people from the map: ticked boxes, with a filter for long lists. */
export function MentorChecklist({
  name,
  legend,
  options,
  defaultValue = [],
  errors,
  hint,
}: {
  name: string;
  legend: string;
  options: Option[];
  defaultValue?: string[];
  errors?: string[];
  hint?: string;
}) {
  const [filter, setFilter] = useState("");
  const [chosen, setChosen] = useState(new Set(defaultValue));
  const id = useId();
  const shown = filter
    ? options.filter((o) => chosen.has(o.id) || o.name.toLowerCase().includes(filter.toLowerCase()))
    : options;
  return (
    <fieldset className="space-y-2" aria-describedby={errors?.length ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium">
        {legend} <span className="font-normal text-zinc-600 dark:text-zinc-400">({chosen.size} chosen)</span>
      </legend>
      {hint ? <p className="text-xs text-zinc-600 dark:text-zinc-400">{hint}</p> : null}
      {options.length > 8 ? (
        <input
          type="search"
          aria-label={`Filter: ${legend}`}
          placeholder="Filter by name"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          className={inputClass}
        />
      ) : null}
      {options.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Nobody on your map yet.</p>
      ) : (
        <ul className="max-h-48 space-y-1 overflow-y-auto rounded-md border border-zinc-200 p-2 dark:border-zinc-700">
          {shown.map((o) => (
            <li key={o.id}>
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name={name}
                  value={o.id}
                  checked={chosen.has(o.id)}
                  onChange={(e) =>
                    setChosen((s) => {
                      const next = new Set(s);
                      if (e.target.checked) next.add(o.id);
                      else next.delete(o.id);
                      return next;
                    })
                  }
                />
                {o.name}{" "}
                <span className="text-xs text-zinc-600 dark:text-zinc-400">{categoryInfo(o.category).label}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {/* Ticked people hidden by the filter are still sent. */}
      {[...chosen]
        .filter((c) => !shown.some((o) => o.id === c))
        .map((c) => (
          <input key={c} type="hidden" name={name} value={c} />
        ))}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
