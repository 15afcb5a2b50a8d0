import type { ComponentProps } from "react";
import Link from "@/components/link";

/** For an <a> that must stay one (mailto:, another site, a download). */
export const textLinkClass = "text-brand-700 underline dark:text-brand-100";

/** A link in running text: the brand colour, underlined. */
export function TextLink({ className, ...props }: ComponentProps<typeof Link>) {
  return <Link className={className ? `${textLinkClass} ${className}` : textLinkClass} {...props} />;
}
