import type { ComponentProps } from "react";

/** The looks of each (src/app/globals.css: `.btn` and its variants). */
const variants = { primary: "btn-primary", secondary: "btn-secondary", ghost: "btn-ghost" };

export const buttonClass = (variant: keyof typeof variants = "primary") => `btn ${variants[variant]}`;

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ComponentProps<"button"> & { variant?: keyof typeof variants }) {
  return <button className={`${buttonClass(variant)} ${className}`} {...props} />;
}

/** The Save and Cancel pair under an edit form. */
export function SaveCancel({
  pending,
  onCancel,
  label = "Save",
  pendingLabel = "Saving…",
}: {
  pending: boolean;
  onCancel: () => void;
  label?: string;
  pendingLabel?: string;
}) {
  return (
    <div className="flex gap-2">
      <Button type="submit" disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
      <Button type="button" variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}
