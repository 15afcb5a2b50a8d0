"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button, SaveCancel } from "@/components/button";
import { InputField, inputClass, TextareaField } from "@/components/field";
import { panelClass } from "@/components/panel";
import { submitWith } from "@/components/submit-with";
import { useToast } from "@/components/toast";
import { FormError } from "@/components/use-action-form";
import { createGapAreaAction } from "@/server/gaps/gaps.actions";
import type { GapAreasPage } from "@/server/gaps/gaps.queries";

type Area = GapAreasPage["areas"][number];

/** The fields of a gap area, for adding one and for editing it. */
export function AreaFields({
  area,
  errors,
  idPrefix,
}: {
  area?: Area;
  errors: Record<string, string[]>;
  idPrefix: string;
}) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <InputField
        id={`${idPrefix}-name`}
        label="Name"
        errors={errors.name}
        name="name"
        defaultValue={area?.name}
        maxLength={120}
        required
      />
      <div className="flex gap-4">
        <InputField
          id={`${idPrefix}-current`}
          label="Now (1–10)"
          errors={errors.currentLevel}
          name="currentLevel"
          type="number"
          min={1}
          max={10}
          defaultValue={area?.currentLevel ?? ""}
          className={`${inputClass} w-24`}
        />
        <InputField
          id={`${idPrefix}-target`}
          label="Target (1–10)"
          errors={errors.targetLevel}
          name="targetLevel"
          type="number"
          min={1}
          max={10}
          defaultValue={area?.targetLevel ?? ""}
          className={`${inputClass} w-24`}
        />
      </div>
      <TextareaField
        id={`${idPrefix}-why`}
        label="Why it matters"
        errors={errors.whyItMatters}
        name="whyItMatters"
        rows={2}
        defaultValue={area?.whyItMatters}
        className={inputClass}
      />
      <TextareaField
        id={`${idPrefix}-need`}
        label="What I need"
        errors={errors.guidanceSought}
        name="guidanceSought"
        rows={2}
        defaultValue={area?.guidanceSought}
        className={inputClass}
      />
      <TextareaField
        id={`${idPrefix}-offer`}
        label="What I can offer"
        errors={errors.valueIOffer}
        name="valueIOffer"
        rows={2}
        defaultValue={area?.valueIOffer}
        className={inputClass}
      />
    </div>
  );
}

export function AddGapArea() {
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [pending, startTransition] = useTransition();
  if (!open)
    return (
      <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
        Add an area
      </Button>
    );
  return (
    <form
      noValidate
      aria-label="Add an area"
      className={`${panelClass} space-y-4`}
      onSubmit={submitWith((formData) =>
        startTransition(async () => {
          const result = await createGapAreaAction(null, formData);
          if (!result.ok) return setErrors(result.fieldErrors ?? { _form: [result.error] });
          setErrors({});
          setOpen(false);
          toast({ message: `Added ${String(formData.get("name"))}.` });
          router.refresh();
        }),
      )}
    >
      <h2 className="text-lg font-semibold">Add an area</h2>
      <FormError errors={errors} />
      <AreaFields errors={errors} idPrefix="new-area" />
      <SaveCancel pending={pending} onCancel={() => setOpen(false)} label="Add area" pendingLabel="Adding…" />
    </form>
  );
}
