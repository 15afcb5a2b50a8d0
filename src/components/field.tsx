"use client";

import { type ComponentProps, type ReactNode, useState } from "react";
import { inputClass, textareaClass } from "./field-styles";

export { inputClass, textareaClass };

/**
 * A labelled form control with its hint and its field-level errors, wired for screen
 * readers. An error goes as soon as its field is changed; the next refusal brings it back.
 */
export function Field({
  id,
  label,
  hint,
  errors,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  children: (props: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode;
}) {
  // The errors the user has since changed the field for (by identity: each refusal is a new array).
  const [answered, setAnswered] = useState<string[]>();
  const shown = errors?.length && errors !== answered ? errors : undefined;
  const answer = () => {
    if (shown) setAnswered(errors);
  };
  const describedBy = [hint ? `${id}-hint` : null, shown ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    // Input and change events bubble here from the control, whatever it is.
    <div className="space-y-1" onInput={answer} onChange={answer}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children({
        id,
        ...(shown ? { "aria-invalid": true } : {}),
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
      })}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} errors={shown} />
    </div>
  );
}

/** A field's errors, as one line; its id is what the control's aria-describedby points at. */
export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? (
    <p id={id} className="text-sm text-red-700 dark:text-red-400">
      {errors.join(" ")}
    </p>
  ) : null;
}

type FieldOwn = { id: string; label: string; hint?: ReactNode; errors?: string[] };

/** Field around an <input> in the house style: the props beyond Field's go to the input. */
export function InputField({
  id,
  label,
  hint,
  errors,
  className = inputClass,
  ...input
}: FieldOwn & ComponentProps<"input">) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors}>
      {(p) => <input {...p} {...input} className={className} />}
    </Field>
  );
}

/** Field around a <textarea> in the house style: the props beyond Field's go to the textarea. */
export function TextareaField({
  id,
  label,
  hint,
  errors,
  className = textareaClass,
  ...textarea
}: FieldOwn & ComponentProps<"textarea">) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors}>
      {(p) => <textarea {...p} {...textarea} className={className} />}
    </Field>
  );
}
