"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/server/action";

type FormAction<T> = (previous: unknown, formData: FormData) => Promise<ActionResult<T>>;

/**
 * A form that sends its FormData (plus fixed `fields`, such as the record's id) to a
 * server action, keeps the field errors next to what was typed, and refreshes the
 * page when the action succeeds. `submit` goes straight to `onSubmit={submitWith(…)}`.
 */
export function useActionForm<T>(
  action: FormAction<T>,
  fields: Record<string, string> = {},
  onDone?: (data: T) => void,
) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [pending, startTransition] = useTransition();

  function submit(formData: FormData, extra: Record<string, string> = {}) {
    startTransition(async () => {
      for (const [key, value] of Object.entries({ ...fields, ...extra })) formData.set(key, value);
      const result = await action(null, formData);
      if (!result.ok)
        return setErrors(
          result.fieldErrors ? { ...result.fieldErrors, _form: [result.error] } : { _form: [result.error] },
        );
      setErrors({});
      onDone?.(result.data);
      router.refresh();
    });
  }

  return { errors, pending, submit, setErrors };
}

/**
 * The form-level error, announced; and each time a submission is refused, focus goes
 * to the first field marked invalid in the same form (or to this message when none is).
 */
export function FormError({ errors }: { errors: Record<string, string[]> }) {
  const alert = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!errors._form) return;
    const form = alert.current?.closest("form");
    (form?.querySelector<HTMLElement>("[aria-invalid=true]") ?? alert.current)?.focus();
  }, [errors]);
  return errors._form ? (
    <p
      ref={alert}
      role="alert"
      tabIndex={-1}
      className="rounded-md bg-red-50 p-2 text-sm text-red-800 outline-none dark:bg-red-950 dark:text-red-200"
    >
      {errors._form.join(" ")}
    </p>
  ) : null;
}

/** An in-place edit form: useActionForm with the record's id, open or closed; a successful save closes it. */
export function useEditForm<T>(action: FormAction<T>, id: string) {
  const [editing, setEditing] = useState(false);
  const { errors, pending, submit } = useActionForm(action, { id }, () => setEditing(false));
  return { editing, setEditing, errors, pending, save: (formData: FormData) => submit(formData) };
}
