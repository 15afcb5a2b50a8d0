"use client";

import { Button } from "@/components/button";
import { InputField } from "@/components/field";
import { submitWith } from "@/components/submit-with";
import { useToast } from "@/components/toast";
import { FormError, useActionForm } from "@/components/use-action-form";
import { updateNameAction } from "@/server/settings/settings.actions";

/** Asked once (Settings, and the gap analysis's first step): signs outreach and names the exported map. */
export function YourNameForm({ name }: { name: string | null }) {
  const toast = useToast();
  const { errors, pending, submit } = useActionForm(updateNameAction, {}, (saved) =>
    toast({ message: `Saved. Your messages are now signed “${saved.name}”.` }),
  );
  return (
    <form onSubmit={submitWith(submit)} className="max-w-md space-y-3" noValidate aria-label="Your name">
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
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save name"}
      </Button>
    </form>
  );
}
