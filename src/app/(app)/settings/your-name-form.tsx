"use client";

import { Button } from "@/components/button";
import { InputField } from "@/components/field";
import { HoursSelect } from "@/components/hours-select";
import { submitWith } from "@/components/submit-with";
import { useToast } from "@/components/toast";
import { FormError, useActionForm } from "@/components/use-action-form";
import { updateNameAction } from "@/server/settings/settings.actions";

/** Asked once (Settings, and the gap analysis's first step): signs outreach and names the exported map. */
export function YourNameForm({
  name,
  headline,
  workStartHour,
  workEndHour,
}: {
  name: string | null;
  headline: string | null;
  /** Settings asks for them; the gap analysis does not. */
  workStartHour?: number;
  workEndHour?: number;
}) {
  const toast = useToast();
  const { errors, pending, submit } = useActionForm(updateNameAction, {}, (saved) =>
    toast({ message: `Saved. Your messages are now signed “${saved.name}”.` }),
  );
  return (
    <form onSubmit={submitWith(submit)} className="max-w-md space-y-3" noValidate aria-label="Your name and role">
      <FormError errors={errors} />
      <InputField
        id="your-name"
        label="Your name"
        hint="Signs your outreach messages and thank-you notes, and names your exported map. Your email address never appears on them."
        name="name"
        autoComplete="name"
        maxLength={80}
        defaultValue={name ?? ""}
        errors={errors.name}
      />
      <InputField
        id="your-role"
        label="Your role (optional)"
        hint="e.g. Engineering manager at Contoso. Suggestions for a gap read a sage’s title as more senior than yours, a reverse mentor’s as less."
        name="headline"
        autoComplete="organization-title"
        maxLength={120}
        defaultValue={headline ?? ""}
        errors={errors.headline}
      />
      {workStartHour === undefined || workEndHour === undefined ? null : (
        <>
          <div className="grid grid-cols-2 gap-3">
            <HoursSelect
              id="your-work-start"
              name="workStartHour"
              label="Your working day starts"
              value={workStartHour}
              errors={errors.workStartHour}
            />
            <HoursSelect
              id="your-work-end"
              name="workEndHour"
              label="Your working day ends"
              value={workEndHour}
              errors={errors.workEndHour}
            />
          </div>
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            In your time zone, Monday to Friday: a mentor’s page shows the hours you are both at work.
          </p>
        </>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save"}
      </Button>
    </form>
  );
}
