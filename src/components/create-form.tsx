"use client";

import { type ReactNode, useState } from "react";
import type { ActionResult } from "@/server/action";
import { Button } from "./button";
import { panelClass } from "./panel";
import { submitWith } from "./submit-with";
import { FormError, useActionForm } from "./use-action-form";

/**
 * A card that adds a record: a heading, the form-level error, the fields (given the
 * field errors) and the button. It starts empty again after each save.
 */
export function CreateForm({
  action,
  title,
  label = title,
  submit,
  children,
}: {
  action: (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>>;
  title: string;
  /** The form's accessible name, when it should say more than the heading. */
  label?: string;
  submit: string;
  children: (errors: Record<string, string[]>) => ReactNode;
}) {
  const [key, setKey] = useState(0);
  const form = useActionForm(action, {}, () => setKey((k) => k + 1));
  return (
    <form
      key={key}
      onSubmit={submitWith((fd) => form.submit(fd))}
      noValidate
      className={`${panelClass} space-y-4`}
      aria-label={label}
    >
      <h2 className="text-lg font-semibold">{title}</h2>
      <FormError errors={form.errors} />
      {children(form.errors)}
      <Button type="submit" disabled={form.pending}>
        {form.pending ? "Saving…" : submit}
      </Button>
    </form>
  );
}
