"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import { Button } from "@/components/button";
import { Field, InputField, inputClass } from "@/components/field";
import { useOffline } from "@/components/offline/offline-provider";
import { submitOrQueue } from "@/components/offline/offline-writes";
import { QueuedNotice } from "@/components/offline/queued-notice";
import { Options } from "@/components/options";
import { submitWith } from "@/components/submit-with";
import { FormError } from "@/components/use-action-form";
import { SUGGESTED_CADENCE_DAYS } from "@/domain/cadence";
import { CATEGORIES } from "@/domain/categories";
import { formDataToObject } from "@/domain/form-data";
import type { SharedProspect } from "@/domain/shared-link";
import { STAGES } from "@/domain/stages";
import type { MentorCategory } from "@/generated/prisma/enums";
import type { ActionResult } from "@/server/action";

type State = ActionResult<{ id: string }> | null;

export function MentorForm({
  gapAreas,
  defaultCategory = "SAGE",
  defaultGapAreaIds = [],
  shared = {},
}: {
  gapAreas: { id: string; name: string }[];
  defaultCategory?: string;
  defaultGapAreaIds?: string[];
  /** From the phone's share sheet (src/domain/shared-link.ts). */
  shared?: SharedProspect;
}) {
  const router = useRouter();
  const { userId } = useOffline();
  const [state, setState] = useState<State>(null);
  const [pending, startTransition] = useTransition();
  const [queued, setQueued] = useState<string>();
  const [formKey, setFormKey] = useState(0);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  // One object per answer: FormError moves focus each time it gets a new one.
  const refused = useMemo(() => (state && !state.ok ? { ...state.fieldErrors, _form: [state.error] } : {}), [state]);
  // A live relationship is asked for its rhythm, with the category's typical one filled in.
  const [category, setCategory] = useState(defaultCategory);
  const [stage, setStage] = useState("PROSPECT");
  const live = stage === "ACTIVE" || stage === "IN_CONVERSATION";
  const suggested = SUGGESTED_CADENCE_DAYS[category as MentorCategory] ?? 30;

  function save(formData: FormData) {
    startTransition(async () => {
      const input = formDataToObject(formData);
      const name = String(input.name ?? "").trim();
      const result = await submitOrQueue<{ id: string }>("prospect", input, {
        userId,
        mentorId: null,
        label: `New ${String(input.stage ?? "PROSPECT") === "PROSPECT" ? "prospect" : "mentor"}: ${name}`,
      });
      if (result.ok === "queued") {
        setState(null);
        setQueued(
          `No connection: ${name || "this person"} is saved on this device and will be added when you are back online.`,
        );
        setFormKey((k) => k + 1);
        return;
      }
      setState(result);
      if (result.ok) router.push(`/mentors/${result.data.id}`);
    });
  }

  return (
    <form key={formKey} onSubmit={submitWith(save)} className="space-y-5" noValidate>
      <FormError errors={refused} />
      {queued ? <QueuedNotice>{queued}</QueuedNotice> : null}
      <InputField
        id="name"
        label="Name"
        errors={errors.name}
        name="name"
        required
        maxLength={200}
        autoComplete="off"
        defaultValue={shared.name}
      />
      <InputField
        id="email"
        label="Email (optional)"
        errors={errors.email}
        name="email"
        type="email"
        autoComplete="off"
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <InputField
          id="headline"
          label="Role (optional)"
          errors={errors.headline}
          name="headline"
          maxLength={200}
          placeholder="VP Engineering"
          defaultValue={shared.headline}
        />
        <InputField
          id="organisation"
          label="Organisation (optional)"
          errors={errors.organisation}
          name="organisation"
          maxLength={200}
        />
        <InputField
          id="linkedinUrl"
          label="LinkedIn (optional)"
          errors={errors.linkedinUrl}
          name="linkedinUrl"
          type="url"
          maxLength={500}
          defaultValue={shared.linkedinUrl}
        />
        <InputField
          id="websiteUrl"
          label="Website (optional)"
          errors={errors.websiteUrl}
          name="websiteUrl"
          type="url"
          maxLength={500}
          defaultValue={shared.websiteUrl}
        />
      </div>
      <fieldset className="space-y-2" aria-describedby={errors.category ? "category-error" : undefined}>
        <legend className="text-sm font-medium">Category</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {CATEGORIES.map((c) => (
            <label
              key={c.value}
              className="flex cursor-pointer gap-3 rounded-md border border-zinc-200 p-3 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 dark:border-zinc-700 dark:has-[:checked]:bg-zinc-800"
            >
              <input
                type="radio"
                name="category"
                value={c.value}
                defaultChecked={c.value === defaultCategory}
                onChange={() => setCategory(c.value)}
                className="mt-1"
              />
              <span>
                <span className="block text-sm font-medium">{c.label}</span>
                <span className="block text-xs text-zinc-600 dark:text-zinc-400">{c.meaning}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.category ? (
          <p id="category-error" className="text-sm text-red-700 dark:text-red-400">
            {errors.category.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <Field id="stage" label="Stage" errors={errors.stage} hint="Where the relationship is today.">
        {(p) => (
          <select
            {...p}
            name="stage"
            defaultValue="PROSPECT"
            onChange={(e) => setStage(e.target.value)}
            className={inputClass}
          >
            <Options items={STAGES} />
          </select>
        )}
      </Field>
      {live ? (
        <InputField
          id="cadenceDays"
          label="Check in every … days"
          errors={errors.cadenceDays}
          hint={`Every ${suggested} days is typical for this kind of relationship.`}
          key={category}
          name="cadenceDays"
          type="number"
          min={1}
          max={3650}
          defaultValue={suggested}
          className={`${inputClass} max-w-32`}
        />
      ) : null}
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Gap areas this relationship serves</legend>
        {gapAreas.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            You have no gap areas yet. They are the 5–7 areas you want to grow in; you can link this mentor to them
            later.
          </p>
        ) : (
          <div className="flex flex-wrap gap-2">
            {gapAreas.map((g) => (
              <label
                key={g.id}
                className="flex items-center gap-2 rounded-full border border-zinc-300 px-3 py-1 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 dark:border-zinc-700 dark:has-[:checked]:bg-zinc-800"
              >
                <input
                  type="checkbox"
                  name="gapAreaIds"
                  value={g.id}
                  defaultChecked={defaultGapAreaIds.includes(g.id)}
                />
                {g.name}
              </label>
            ))}
          </div>
        )}
        {errors.gapAreaIds ? (
          <p className="text-sm text-red-700 dark:text-red-400">{errors.gapAreaIds.join(" ")}</p>
        ) : null}
      </fieldset>
      <div className="flex gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Add mentor"}
        </Button>
        <Button type="button" variant="ghost" onClick={() => router.back()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
