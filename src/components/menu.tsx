"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import Link from "next/link";
import { type ReactNode, useState } from "react";

// A menu of links and commands on Radix's dropdown menu: focus, arrow keys, Escape
// and the ARIA roles come from it.

export const Menu = DropdownMenu.Root;
export const MenuTrigger = DropdownMenu.Trigger;

const moreClass = (className: string) =>
  `inline-flex size-11 items-center justify-center rounded-md border border-zinc-300 bg-white text-zinc-700 hover:bg-zinc-50 md:size-9 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 ${className}`;

/** The ⋯ button that opens a menu of less frequent actions; `label` says what they are about. */
export function MoreTrigger({ label, className = "" }: { label: string; className?: string }) {
  return (
    <DropdownMenu.Trigger aria-label={label} className={moreClass(className)}>
      <span aria-hidden className="icon-more" />
    </DropdownMenu.Trigger>
  );
}

/**
 * A ⋯ menu for lists of many items (the pipeline's cards): a plain button until it is
 * first used, so a page of 70 cards does not render and hydrate 70 menus. Clicking it,
 * Enter, Space or the down arrow opens the real menu.
 */
export function LazyMoreMenu({
  label,
  menuLabel,
  className = "",
  children,
}: {
  label: string;
  menuLabel: string;
  className?: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState<boolean | null>(null);
  if (open === null)
    return (
      <button
        type="button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={false}
        className={moreClass(className)}
        onClick={() => setOpen(true)}
        onKeyDown={(event) => {
          if (event.key !== "ArrowDown") return;
          event.preventDefault();
          setOpen(true);
        }}
      >
        <span aria-hidden className="icon-more" />
      </button>
    );
  return (
    <Menu open={open} onOpenChange={setOpen}>
      <MoreTrigger label={label} className={className} />
      <MenuContent label={menuLabel}>{children}</MenuContent>
    </Menu>
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
