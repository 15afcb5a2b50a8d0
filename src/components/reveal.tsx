"use client";

import { ChevronDown } from "lucide-react";
import { type ReactNode, useId, useState } from "react";
import { Button } from "./button";

/**
 * A form kept out of the way until asked for: a button that opens it (and says
 * so to a screen reader with aria-expanded), and focus on the first field when it opens.
 */
export function Reveal({
  label,
  children,
  defaultOpen = false,
  variant = "secondary",
}: {
  label: string;
  children: ReactNode;
  defaultOpen?: boolean;
  variant?: "primary" | "secondary";
}) {
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  return (
    <div className="space-y-3">
      <Button
        type="button"
        variant={variant}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          setOpen(!open);
          if (!open)
            requestAnimationFrame(() =>
              document
                .getElementById(id)
                ?.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea")
                ?.focus(),
            );
        }}
      >
        {label}
        <ChevronDown aria-hidden className={`size-4 transition-transform ${open ? "rotate-180" : ""}`} />
      </Button>
      <div id={id} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
