"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/server/action";

type FormAction = (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>>;

/**
 * An in-place edit form: toggles editing, sends the form (with the record's id) to
 * its server action, keeps the field errors, and refreshes the page when saved.
 */
export function useEditForm(action: FormAction, id: string) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [pending, startTransition] = useTransition();

  function save(formData: FormData) {
    startTransition(async () => {
      formData.set("id", id);
      const result = await action(null, formData);
      if (!result.ok) return setErrors(result.fieldErrors ?? { _form: [result.error] });
      setErrors({});
      setEditing(false);
      router.refresh();
    });
  }

  return { editing, setEditing, errors, pending, save };
}
