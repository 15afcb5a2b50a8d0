"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { Ellipsis } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";

// A menu of links and commands on Radix's dropdown menu: focus, arrow keys, Escape
// and the ARIA roles come from it.

export const Menu = DropdownMenu.Root;
export const MenuTrigger = DropdownMenu.Trigger;

/** The ⋯ button that opens a menu of less frequent actions; `label` says what they are about. */
export function MoreTrigger({ label, className = "" }: { label: string; className?: string }) {
  return (
    <DropdownMenu.Trigger
      aria-label={label}
      className={`inline-flex size-11 items-center justify-center rounded-md border border-zinc-300 bg-white text-zinc-700 hover:bg-zinc-50 md:size-9 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 ${className}`}
    >
      <Ellipsis aria-hidden className="size-5" />
    </DropdownMenu.Trigger>
  );
}

export function MenuContent({ children, label }: { children: ReactNode; label: string }) {
  return (
    <DropdownMenu.Portal>
      <DropdownMenu.Content
        aria-label={label}
        align="end"
        sideOffset={6}
        collisionPadding={8}
        className="z-50 min-w-48 rounded-md border border-zinc-200 bg-white p-1 text-sm shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
      >
        {children}
      </DropdownMenu.Content>
    </DropdownMenu.Portal>
  );
}

const itemClass =
  "flex min-h-11 cursor-pointer items-center gap-3 rounded px-3 py-2 outline-none data-[highlighted]:bg-zinc-100 dark:data-[highlighted]:bg-zinc-800 md:min-h-0";

export function MenuLink({
  href,
  children,
  current,
  download,
}: {
  href: string;
  children: ReactNode;
  current?: boolean;
  /** A file to download: a plain link, not a page to route to. */
  download?: boolean;
}) {
  return (
    <DropdownMenu.Item asChild className={itemClass}>
      {download ? (
        <a href={href} download>
          {children}
        </a>
      ) : (
        <Link href={href} aria-current={current ? "page" : undefined}>
          {children}
        </Link>
      )}
    </DropdownMenu.Item>
  );
}

export function MenuCommand({ onSelect, children }: { onSelect: () => void; children: ReactNode }) {
  return (
    <DropdownMenu.Item onSelect={onSelect} className={itemClass}>
      {children}
    </DropdownMenu.Item>
  );
}

export const MenuSeparator = () => <DropdownMenu.Separator className="my-1 h-px bg-zinc-200 dark:bg-zinc-700" />;
