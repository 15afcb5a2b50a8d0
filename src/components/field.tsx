import type { ComponentProps, ReactNode } from "react";

/** A labelled form control with its hint and its field-level errors, wired for screen readers. */
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
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children({
        id,
        ...(errors?.length ? { "aria-invalid": true } : {}),
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
      })}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} errors={errors} />
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

export const inputClass =
  "block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-zinc-400 aria-[invalid]:border-red-600 dark:border-zinc-700 dark:bg-zinc-900";

export const textareaClass = `${inputClass} min-h-20`;

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
