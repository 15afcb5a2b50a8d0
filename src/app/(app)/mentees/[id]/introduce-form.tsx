"use client";

import { useState } from "react";
import { Button } from "@/components/button";
import { Field, inputClass, TextareaField } from "@/components/field";
import { Reveal } from "@/components/reveal";
import { submitWith } from "@/components/submit-with";
import { FormError, useActionForm } from "@/components/use-action-form";
import { introduceMenteesAction } from "@/server/mentees/mentees.introductions.actions";

/** Introduces this mentee to another one: only once both agreed, by one email to both. */
export function IntroduceForm({
  menteeId,
  name,
  others,
}: {
  menteeId: string;
  name: string;
  others: { id: string; name: string }[];
}) {
  const [sent, setSent] = useState(false);
  const form = useActionForm(introduceMenteesAction, { menteeId }, () => setSent(true));
  if (!others.length) return null;
  const error = (key: string) =>
    form.errors[key] ? <p className="text-sm text-red-700 dark:text-red-400">{form.errors[key]!.join(" ")}</p> : null;
  return (
    <Reveal label={`Introduce ${name} to another mentee`}>
      <form
        onSubmit={submitWith((fd) => form.submit(fd))}
        noValidate
        className="space-y-3"
        aria-label={`Introduce ${name} to another mentee`}
      >
        <FormError errors={form.errors} />
        {sent ? (
          <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
            Introduced: one email went to both.
          </p>
        ) : null}
        <Field id="introduce-other" label="To" errors={form.errors.otherId ?? form.errors.menteeId}>
          {(p) => (
            <select {...p} name="otherId" className={inputClass}>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextareaField
          id="introduce-note"
          label="Why they should meet"
          errors={form.errors.note}
          name="note"
          rows={3}
          maxLength={2000}
        />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="consent" /> {name} agreed to be introduced
        </label>
        {error("consent")}
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="otherConsent" /> The other person agreed too
        </label>
        {error("otherConsent")}
        <Button type="submit" disabled={form.pending}>
          {form.pending ? "Sending…" : "Introduce them"}
        </Button>
      </form>
    </Reveal>
  );
}
