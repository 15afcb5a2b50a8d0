import type { HTMLAttributes } from "react";

const PADDING = { normal: "p-5", snug: "p-4", none: "" } as const;
const CARD = "rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900";

/** The same card for an element Panel does not render (a form, a paragraph). */
export const panelClass = `${CARD} ${PADDING.normal}`;

/**
 * A card on the page: white on the light theme, zinc on the dark one, with a border.
 * A section by default (give it aria-labelledby); `as` for another element.
 */
export function Panel({
  as: Tag = "section",
  padding = "normal",
  className,
  ...props
}: HTMLAttributes<HTMLElement> & {
  as?: "section" | "div" | "article" | "li" | "aside";
  padding?: keyof typeof PADDING;
}) {
  const base = `${CARD} ${PADDING[padding]}`.trim();
  return <Tag className={className ? `${base} ${className}` : base} {...props} />;
}
