"use client";

import { Button } from "@/components/button";
import { InputField } from "@/components/field";
import { submitWith } from "@/components/submit-with";
import { useToast } from "@/components/toast";
import { FormError, useActionForm } from "@/components/use-action-form";
import { updateNameAction } from "@/server/settings/settings.actions";

/** Asked once (Settings, and the gap analysis's first step): signs outreach and names the exported map. */
export function YourNameForm({ name, headline }: { name: string | null; headline: string | null }) {
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
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save"}
      </Button>
    </form>
  );
}
