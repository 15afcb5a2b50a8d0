"use client";

import { BookOpen, LogOut, Settings, UserRound } from "lucide-react";
import Link from "next/link";
import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { clearDeviceData } from "@/components/offline/device-data";
import { useOffline } from "@/components/offline/offline-provider";

// The account menu is the browser's own popover (the `popover` attribute), not a menu
// library: it opens, closes on Escape or a click outside and gives focus back without
// any script, so it works before the page has hydrated and costs no JavaScript on load
// (Radix's dropdown here was about 35 KB on every page). The script below adds what
// the menu-button pattern asks for on top: the arrow keys, Home and End, and Tab closing it.

const MENU_ID = "account-menu";
const itemClass =
  "flex min-h-11 w-full cursor-pointer items-center gap-3 rounded px-3 py-2 text-left outline-none hover:bg-zinc-100 focus-visible:bg-zinc-100 md:min-h-0 dark:hover:bg-zinc-800 dark:focus-visible:bg-zinc-800";

const itemsOf = (menu: HTMLElement) => [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];

/** The account: who is signed in, Settings, Help and Sign out. */
export function UserMenu({ email, name }: { email: string; name: string | null }) {
  const { writes } = useOffline();
  const menu = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const el = menu.current;
    if (!el) return;
    const onToggle = (event: Event) => {
      const opened = (event as ToggleEvent).newState === "open";
      setOpen(opened);
      if (opened && !el.contains(document.activeElement)) itemsOf(el)[0]?.focus();
    };
    el.addEventListener("toggle", onToggle);
    return () => el.removeEventListener("toggle", onToggle);
  }, []);

  const close = () => menu.current?.hidePopover();

  /** Nothing of the user's stays in this browser: the pages kept offline and the queue go too. */
  async function signOutHere() {
    close();
    if (
      writes.length &&
      !window.confirm(
        `${writes.length} change${writes.length === 1 ? "" : "s"} made offline ${writes.length === 1 ? "has" : "have"} not synced. Signing out deletes ${writes.length === 1 ? "it" : "them"} from this device. Sign out anyway?`,
      )
    )
      return;
    await clearDeviceData();
    const { signOut } = await import("next-auth/react");
    await signOut({ callbackUrl: "/signin" });
  }

  /** The button: the down and up arrows open the menu on its first or last item. */
  function onButtonKey(event: KeyboardEvent<HTMLButtonElement>) {
    const el = menu.current;
    if (!el || (event.key !== "ArrowDown" && event.key !== "ArrowUp")) return;
    event.preventDefault();
    if (!el.matches(":popover-open")) el.showPopover();
    const items = itemsOf(el);
    (event.key === "ArrowDown" ? items[0] : items.at(-1))?.focus();
  }

  /** Inside the menu: arrows move round the items, Home and End jump, Tab closes it and goes on. */
  function onMenuKey(event: KeyboardEvent<HTMLDivElement>) {
    const el = menu.current;
    if (!el) return;
    if (event.key === "Tab") return close();
    const items = itemsOf(el);
    const at = items.indexOf(document.activeElement as HTMLElement);
    const next =
      event.key === "ArrowDown"
        ? (at + 1) % items.length
        : event.key === "ArrowUp"
          ? (at - 1 + items.length) % items.length
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? items.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    items[next]?.focus();
  }

  return (
    <>
      <button
        type="button"
        popoverTarget={MENU_ID}
        aria-label={`Account: ${email}`}
        aria-haspopup="menu"
        aria-controls={MENU_ID}
        aria-expanded={open}
        onKeyDown={onButtonKey}
        className="flex h-11 min-w-11 max-w-64 items-center justify-center gap-2 rounded-md px-2 text-sm text-zinc-700 hover:bg-zinc-100 md:h-9 dark:text-zinc-300 dark:hover:bg-zinc-800"
      >
        <UserRound aria-hidden className="size-5 shrink-0" />
        <span className="hidden truncate sm:inline" data-testid="signed-in-as">
          {email}
        </span>
      </button>
      <div
        ref={menu}
        id={MENU_ID}
        popover="auto"
        role="menu"
        aria-label="Account"
        onKeyDown={onMenuKey}
        className="inset-auto top-15 right-2 m-0 min-w-48 rounded-md border border-zinc-200 bg-white p-1 text-sm text-zinc-900 shadow-lg dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
      >
        <p role="none" className="truncate px-3 py-2 text-xs text-zinc-600 dark:text-zinc-400">
          {name ? `${name} · ` : ""}
          {email}
        </p>
        <Link href="/settings" role="menuitem" tabIndex={-1} className={itemClass} onClick={close}>
          <Settings aria-hidden className="size-4" /> Settings
        </Link>
        <Link href="/help" role="menuitem" tabIndex={-1} className={itemClass} onClick={close}>
          <BookOpen aria-hidden className="size-4" /> Help
        </Link>
        <hr className="my-1 h-px border-0 bg-zinc-200 dark:bg-zinc-700" />
        <button type="button" role="menuitem" tabIndex={-1} className={itemClass} onClick={() => void signOutHere()}>
          <LogOut aria-hidden className="size-4" /> Sign out
        </button>
      </div>
    </>
  );
}
