"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/button";
import { Field, inputClass } from "@/components/field";
import { panelClass } from "@/components/panel";
import { submitWith } from "@/components/submit-with";
import { FormError, useActionForm } from "@/components/use-action-form";
import { MENTEE_STAGES } from "@/domain/mentee-stages";
import { createMenteeAction } from "@/server/mentees/mentees.actions";
import { MenteeFields } from "../mentee-fields";

export function NewMenteeForm() {
  const router = useRouter();
  const form = useActionForm(createMenteeAction, {}, ({ id }) => router.push(`/mentees/${id}`));
  return (
    <form
      onSubmit={submitWith((fd) => form.submit(fd))}
      noValidate
      className={`${panelClass} max-w-2xl space-y-4`}
      aria-label="Add someone you mentor"
    >
      <FormError errors={form.errors} />
      <MenteeFields prefix="new-mentee-" errors={form.errors} value={{ cadenceDays: 30 }} />
      <Field id="new-mentee-stage" label="Stage" errors={form.errors.stage}>
        {(p) => (
          <select {...p} name="stage" defaultValue="ACTIVE" className={`${inputClass} max-w-48`}>
            {MENTEE_STAGES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Button type="submit" disabled={form.pending}>
        {form.pending ? "Adding…" : "Add"}
      </Button>
    </form>
  );
}
