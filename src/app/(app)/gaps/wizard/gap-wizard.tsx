"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { Button } from "@/components/button";
import { inputClass } from "@/components/field";
import { useAutosave } from "@/components/use-autosave";
import { type Day, formatDayLong, isDay } from "@/domain/calendar";
import { CATEGORIES } from "@/domain/categories";
import { areaCountAdvice, areaNameKey, MAX_GAP_AREAS, SUGGESTED_GAP_AREAS } from "@/domain/gap-areas";
import { sprintLastDay, sprintStartProblem } from "@/domain/sprint";
import type { MentorCategory } from "@/generated/prisma/enums";
import { completeWizardAction, saveWizardDraftAction } from "@/server/gaps/gaps.actions";
import type { LinkableMentor } from "@/server/gaps/gaps.queries";
import {
  firstInvalidStep,
  pathErrors,
  STEP_CHECKS,
  WIZARD_STEPS,
  type WizardArea,
  type WizardDraft,
} from "@/server/gaps/gaps.schema";

type Errors = Record<string, string[]>;

const CORE: MentorCategory[] = ["SAGE", "PEER", "REVERSE"];
const OPTIONAL: MentorCategory[] = ["SPECIALIST", "ACCOUNTABILITY"];

const newArea = (name: string, key = name): WizardArea => ({
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

  // Save as the user goes: the latest draft, half a second after the last change.
  const autosave = useAutosave(draft, saveWizardDraftAction);
  const saveState = autosave.state;

  const update = (change: (d: WizardDraft) => WizardDraft) => setDraft((d) => change(d));
  const updateArea = (key: string, patch: Partial<WizardArea>) =>
    update((d) => ({ ...d, areas: d.areas.map((a) => (a.key === key ? { ...a, ...patch } : a)) }));

  function goTo(next: number) {
    setErrors({});
    update((d) => ({ ...d, step: next, reached: Math.max(d.reached, next) }));
    requestAnimationFrame(() => heading.current?.focus());
  }

  function check(): Errors | null {
    const result = STEP_CHECKS[step]!(draft);
    const found: Errors = result.success ? {} : pathErrors(result.error);
    if (step === 5 && isDay(draft.sprintStartOn)) {
      const problem = sprintStartProblem(draft.sprintStartOn, today);
      if (problem) found.sprintStartOn = [problem];
    }
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
                    className="rounded-full border border-zinc-300 px-3 py-1 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
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

        {step === 0 ? <AreasStep draft={draft} update={update} errors={errors} /> : null}
        {step === 1 ? <LevelsStep draft={draft} updateArea={updateArea} errors={errors} /> : null}
        {step === 2 ? <PriorityStep draft={draft} update={update} /> : null}
        {step === 3 ? <NeedsStep draft={draft} updateArea={updateArea} errors={errors} /> : null}
        {step === 4 ? <DreamTeamStep draft={draft} updateArea={updateArea} mentors={mentors} errors={errors} /> : null}
        {step === 5 ? <SprintStep draft={draft} update={update} errors={errors} today={today} /> : null}

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

type StepProps = { draft: WizardDraft; errors: Errors };
type UpdateArea = (key: string, patch: Partial<WizardArea>) => void;

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? (
    <p id={id} className="text-sm text-red-700 dark:text-red-400">
      {errors.join(" ")}
    </p>
  ) : null;
}

const invalidProps = (id: string, errors?: string[]) =>
  errors?.length ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {};

function AreasStep({ draft, update, errors }: StepProps & { update: (c: (d: WizardDraft) => WizardDraft) => void }) {
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
        <label htmlFor="custom-area" className="block text-sm font-medium">
          Add your own area
        </label>
        <div className="flex max-w-md gap-2">
          <input
            id="custom-area"
            className={inputClass}
            value={custom}
            maxLength={120}
            onChange={(e) => setCustom(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                addCustom();
              }
            }}
            {...invalidProps("custom-area", customError ? [customError] : undefined)}
          />
          <Button type="button" variant="secondary" onClick={addCustom}>
            Add
          </Button>
        </div>
        <FieldError id="custom-area-error" errors={customError ? [customError] : undefined} />
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

function LevelInput({
  area,
  index,
  field,
  label,
  errors,
  onChange,
}: {
  area: WizardArea;
  index: number;
  field: "currentLevel" | "targetLevel";
  label: string;
  errors: Errors;
  onChange: UpdateArea;
}) {
  const key = `areas.${index}.${field}`;
  const id = `${field}-${area.key}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        max={10}
        className={`${inputClass} w-24`}
        value={area[field] ?? ""}
        onChange={(e) => onChange(area.key, { [field]: e.target.value === "" ? null : Number(e.target.value) })}
        {...invalidProps(id, errors[key])}
      />
      <FieldError id={`${id}-error`} errors={errors[key]} />
    </div>
  );
}

function LevelsStep({ draft, updateArea, errors }: StepProps & { updateArea: UpdateArea }) {
  return (
    <div className="space-y-4">
      <p className="max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
        Rate where you are now and where you want to be, from 1 (beginner) to 10 (among the best).
      </p>
      {draft.areas.map((area, i) => (
        <fieldset key={area.key} className="space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
          <legend className="px-1 font-medium">{area.name}</legend>
          <div className="flex flex-wrap gap-6">
            <LevelInput
              area={area}
              index={i}
              field="currentLevel"
              label="Where you are now (1–10)"
              errors={errors}
              onChange={updateArea}
            />
            <LevelInput
              area={area}
              index={i}
              field="targetLevel"
              label="Where you want to be (1–10)"
              errors={errors}
              onChange={updateArea}
            />
          </div>
          <TextArea
            id={`why-${area.key}`}
            label="Why it matters (optional)"
            value={area.whyItMatters}
            errors={errors[`areas.${i}.whyItMatters`]}
            onChange={(v) => updateArea(area.key, { whyItMatters: v })}
          />
        </fieldset>
      ))}
    </div>
  );
}

function TextArea({
  id,
  label,
  value,
  errors,
  onChange,
  hint,
  rows = 2,
}: {
  id: string;
  label: string;
  value: string;
  errors?: string[];
  onChange: (v: string) => void;
  hint?: string;
  rows?: number;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        rows={rows}
        className={inputClass}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...invalidProps(id, errors)}
        aria-describedby={hint ? `${id}-hint` : errors?.length ? `${id}-error` : undefined}
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

function PriorityStep({ draft, update }: { draft: WizardDraft; update: (c: (d: WizardDraft) => WizardDraft) => void }) {
  const [announcement, setAnnouncement] = useState("");
  function move(from: number, to: number, focus: "up" | "down") {
    if (to < 0 || to >= draft.areas.length) return;
    const name = draft.areas[from]!.name;
    update((d) => {
      const areas = [...d.areas];
      [areas[from], areas[to]] = [areas[to]!, areas[from]!];
      return { ...d, areas };
    });
    setAnnouncement(`${name} is now number ${to + 1}.`);
    // Keep focus on the moved area's button so it can be moved again.
    requestAnimationFrame(() => {
      const target =
        document.querySelector<HTMLButtonElement>(`[data-move="${to}-${focus}"]`) ??
        document.querySelector<HTMLButtonElement>(`[data-move="${to}-${focus === "up" ? "down" : "up"}"]`);
      target?.focus();
    });
  }
  return (
    <div className="space-y-3">
      <p className="max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
        Put the area that matters most first: the map lists areas in this order and the top gaps come from the top
        areas.
      </p>
      <ol className="max-w-xl space-y-2">
        {draft.areas.map((area, i) => (
          <li
            key={area.key}
            className="flex items-center gap-3 rounded-md border border-zinc-200 bg-white px-3 py-2 dark:border-zinc-800 dark:bg-zinc-900"
          >
            <span className="w-6 text-right text-sm tabular-nums text-zinc-600 dark:text-zinc-400">{i + 1}.</span>
            <span className="flex-1 font-medium">{area.name}</span>
            <Button
              type="button"
              variant="ghost"
              className="px-2 py-1"
              data-move={`${i}-up`}
              disabled={i === 0}
              onClick={() => move(i, i - 1, "up")}
              aria-label={`Move ${area.name} up`}
            >
              ↑
            </Button>
            <Button
              type="button"
              variant="ghost"
              className="px-2 py-1"
              data-move={`${i}-down`}
              disabled={i === draft.areas.length - 1}
              onClick={() => move(i, i + 1, "down")}
              aria-label={`Move ${area.name} down`}
            >
              ↓
            </Button>
          </li>
        ))}
      </ol>
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

function NeedsStep({ draft, updateArea, errors }: StepProps & { updateArea: UpdateArea }) {
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
          <TextArea
            id={`need-${area.key}`}
            label="What I need"
            hint="The guidance you are looking for."
            value={area.guidanceSought}
            errors={errors[`areas.${i}.guidanceSought`]}
            onChange={(v) => updateArea(area.key, { guidanceSought: v })}
          />
          <TextArea
            id={`offer-${area.key}`}
            label="What I can offer"
            hint="Skills, perspective or help you can give."
            value={area.valueIOffer}
            errors={errors[`areas.${i}.valueIOffer`]}
            onChange={(v) => updateArea(area.key, { valueIOffer: v })}
          />
        </fieldset>
      ))}
    </div>
  );
}

function DreamTeamStep({
  draft,
  updateArea,
  mentors,
  errors,
}: StepProps & { updateArea: UpdateArea; mentors: LinkableMentor[] }) {
  const slot = (area: WizardArea, i: number, category: MentorCategory) => {
    const info = CATEGORIES.find((c) => c.value === category)!;
    const candidates = mentors.filter((m) => m.category === category);
    const linked = new Set(area.mentorIds[category] ?? []);
    const id = `profile-${area.key}-${category}`;
    return (
      <div key={category} className="space-y-2">
        <TextArea
          id={id}
          label={`${info.label}${CORE.includes(category) ? "" : " (optional)"}`}
          hint={info.meaning}
          value={area.profiles[category] ?? ""}
          errors={errors[`areas.${i}.profiles.${category}`]}
          onChange={(v) => updateArea(area.key, { profiles: { ...area.profiles, [category]: v } })}
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

function SprintStep({
  draft,
  update,
  errors,
  today,
}: StepProps & { update: (c: (d: WizardDraft) => WizardDraft) => void; today: Day }) {
  const start = isDay(draft.sprintStartOn) ? draft.sprintStartOn : null;
  return (
    <div className="space-y-5">
      <p className="max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
        A 90-day sprint turns the map into action: 30 days of foundation (research and outreach), 30 of activation
        (first conversations) and 30 of optimisation (rhythms, introductions, wins).
      </p>
      <div className="space-y-1">
        <label htmlFor="sprintStartOn" className="block text-sm font-medium">
          Sprint starts on
        </label>
        <input
          id="sprintStartOn"
          type="date"
          className={`${inputClass} w-48`}
          value={draft.sprintStartOn}
          onChange={(e) => update((d) => ({ ...d, sprintStartOn: e.target.value }))}
          aria-describedby={errors.sprintStartOn?.length ? "sprintStartOn-error" : "sprintStartOn-hint"}
          {...(errors.sprintStartOn?.length ? { "aria-invalid": true } : {})}
        />
        <p id="sprintStartOn-hint" className="text-xs text-zinc-600 dark:text-zinc-400">
          {start ? `Day 90 is ${formatDayLong(sprintLastDay(start))}.` : `Today is ${formatDayLong(today)}.`}
        </p>
        <FieldError id="sprintStartOn-error" errors={errors.sprintStartOn} />
      </div>
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
