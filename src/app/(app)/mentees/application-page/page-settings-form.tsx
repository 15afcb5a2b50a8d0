"use client";

import { Button } from "@/components/button";
import { InputField, inputClass, TextareaField } from "@/components/field";
import { panelClass } from "@/components/panel";
import { submitWith } from "@/components/submit-with";
import { FormError, useActionForm } from "@/components/use-action-form";
import { MAX_QUESTIONS } from "@/domain/applications";
import { saveApplicationPageAction } from "@/server/applications/applications.actions";

type Settings = {
  slug: string;
  open: boolean;
  introduction: string;
  helpWith: string;
  placesPerQuarter: number;
  questions: string[];
};

export function PageSettingsForm({ settings, origin }: { settings: Settings; origin: string }) {
  const form = useActionForm(saveApplicationPageAction);
  return (
    <form
      onSubmit={submitWith((fd) => form.submit(fd))}
      noValidate
      className={`${panelClass} max-w-2xl space-y-4`}
      aria-label="Your application page"
    >
      <FormError errors={form.errors} />
      <InputField
        id="page-slug"
        label="Its address"
        hint={`${origin}/apply/your-address: lowercase letters, digits and hyphens.`}
        errors={form.errors.slug}
        name="slug"
        required
        maxLength={40}
        defaultValue={settings.slug}
        placeholder="ada-lovelace"
        autoComplete="off"
      />
      <TextareaField
        id="page-introduction"
        label="A short introduction"
        errors={form.errors.introduction}
        name="introduction"
        rows={3}
        maxLength={2000}
        defaultValue={settings.introduction}
      />
      <TextareaField
        id="page-helpWith"
        label="What you can help with"
        errors={form.errors.helpWith}
        name="helpWith"
        rows={3}
        maxLength={2000}
        defaultValue={settings.helpWith}
      />
      <InputField
        id="page-places"
        label="Places each quarter"
        hint="Accepting an application fills one; a full page says so and takes no more."
        errors={form.errors.placesPerQuarter}
        name="placesPerQuarter"
        type="number"
        min={0}
        max={50}
        defaultValue={settings.placesPerQuarter}
        className={`${inputClass} max-w-32`}
      />
      <TextareaField
        id="page-questions"
        label={`Your questions (up to ${MAX_QUESTIONS}, one per line)`}
        hint="They filter for serious learners: “What have you tried already?”"
        errors={form.errors.questions}
        name="questions"
        rows={5}
        defaultValue={settings.questions.join("\n")}
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="open" defaultChecked={settings.open} /> Open: take applications
      </label>
      <Button type="submit" disabled={form.pending}>
        {form.pending ? "Saving…" : "Save"}
      </Button>
    </form>
  );
}
