"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/button";
import { InputField, TextareaField } from "@/components/field";
import { FormError } from "@/components/use-action-form";
import { FIELD_LIMITS } from "@/domain/applications";

/** The application: name, email and the owner's questions; a honeypot field people never see. */
export function ApplyForm({ slug, questions, stamp }: { slug: string; questions: string[]; stamp: string }) {
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [done, setDone] = useState(false);
  const [pending, startTransition] = useTransition();

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = {
      name: form.get("name"),
      email: form.get("email"),
      answers: questions.map((_, i) => form.get(`answer-${i}`) ?? ""),
      website: form.get("website"),
      stamp,
    };
    startTransition(async () => {
      const res = await fetch(`/api/apply/${encodeURIComponent(slug)}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      }).catch(() => null);
      const answer = (await res?.json().catch(() => null)) as {
        ok?: true;
        error?: string;
        fieldErrors?: Record<string, string[]>;
      } | null;
      if (res?.ok && answer?.ok) return setDone(true);
      const fieldErrors = answer?.fieldErrors ?? {};
      setErrors({ ...fieldErrors, _form: [answer?.error ?? "No connection: check it and send again."] });
    });
  }

  if (done)
    return (
      <div role="status" className="space-y-1 rounded-md bg-emerald-50 p-4 text-sm dark:bg-emerald-950">
        <p className="font-semibold">Check your email</p>
        <p>We sent you a link: your application is sent once you confirm your address there, within a day.</p>
      </div>
    );
  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label="Your application">
      <FormError errors={errors} />
      <InputField
        id="apply-name"
        label="Your name"
        name="name"
        required
        maxLength={FIELD_LIMITS.name}
        autoComplete="name"
        errors={errors.name}
      />
      <InputField
        id="apply-email"
        label="Your email"
        hint="Only for the confirmation link and the mentor's answer."
        name="email"
        type="email"
        required
        maxLength={FIELD_LIMITS.email}
        autoComplete="email"
        errors={errors.email}
      />
      {questions.map((question, i) => (
        <TextareaField
          // biome-ignore lint/suspicious/noArrayIndexKey: the questions are fixed for the page's life
          key={i}
          id={`apply-answer-${i}`}
          label={question}
          name={`answer-${i}`}
          required
          rows={3}
          maxLength={FIELD_LIMITS.answer}
          errors={errors[`answers.${i}`]}
        />
      ))}
      {/* People never see or reach this field; a script filling every field does. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="apply-website">Website</label>
        <input id="apply-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Sending…" : "Apply"}
      </Button>
    </form>
  );
}
