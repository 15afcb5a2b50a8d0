"use client";

import { UserRound } from "lucide-react";
import { useOnFirstUse } from "@/components/on-first-use";

// The account menu (Radix's dropdown and next-auth's sign-out, account-menu.tsx) is
// loaded when it is first used, or when the pointer or focus comes to its button:
// every page would otherwise download, run and hydrate it on load.

export const ACCOUNT_BUTTON =
  "flex h-11 min-w-11 max-w-64 items-center justify-center gap-2 rounded-md px-2 text-sm text-zinc-700 hover:bg-zinc-100 md:h-9 dark:text-zinc-300 dark:hover:bg-zinc-800";

export function AccountButtonContent({ email }: { email: string }) {
  return (
    <>
      <UserRound aria-hidden className="size-5 shrink-0" />
      <span className="hidden truncate sm:inline" data-testid="signed-in-as">
        {email}
      </span>
    </>
  );
}

type Props = { email: string; name: string | null };
const load = () => import("./account-menu");

/** The account: who is signed in, Settings, Help and Sign out. */
export function UserMenu(props: Props) {
  const { Loaded: Menu, open, preload } = useOnFirstUse(load);
  if (Menu) return <Menu {...props} />;
  return (
    <button
      type="button"
      aria-label={`Account: ${props.email}`}
      aria-haspopup="menu"
      aria-expanded={false}
      className={ACCOUNT_BUTTON}
      onPointerEnter={preload}
      onFocus={preload}
      onClick={open}
      onKeyDown={(event) => {
        if (event.key !== "ArrowDown") return;
        event.preventDefault();
        open();
      }}
    >
      <AccountButtonContent email={props.email} />
    </button>
  );
}
