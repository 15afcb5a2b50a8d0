"use client";

import { useState } from "react";
import { sendResourceAction } from "@/server/resources/resources.actions";
import { Button } from "./button";
import { Field, InputField, inputClass } from "./field";
import { Reveal } from "./reveal";
import { submitWith } from "./submit-with";
import { FormError, useActionForm } from "./use-action-form";

/** Sends one of the user's resources, with a sentence of their own, to a mentee or an applicant. */
export function SendResourceForm({
  to,
  name,
  resources,
}: {
  to: { menteeId: string } | { applicationId: string };
  name: string;
  resources: { id: string; title: string }[];
}) {
  const [sent, setSent] = useState(false);
  const form = useActionForm(sendResourceAction, to as Record<string, string>, () => setSent(true));
  if (!resources.length) return null;
  return (
    <Reveal label={`Send ${name} an answer`}>
      <form
        onSubmit={submitWith((fd) => form.submit(fd))}
        noValidate
        className="space-y-3"
        aria-label={`Send ${name} an answer`}
      >
        <FormError errors={form.errors} />
        {sent ? (
          <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
            Sent.
          </p>
        ) : null}
        <Field id={`resource-${name}`} label="Which answer" errors={form.errors.resourceId}>
          {(p) => (
            <select {...p} name="resourceId" className={inputClass}>
              {resources.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <InputField
          id={`resource-sentence-${name}`}
          label="A sentence of your own"
          errors={form.errors.sentence}
          name="sentence"
          maxLength={1000}
          placeholder="This is how I think about your question:"
        />
        <Button type="submit" disabled={form.pending}>
          {form.pending ? "Sending…" : "Send"}
        </Button>
      </form>
    </Reveal>
  );
}
