"use client";

import { BookOpen, LogOut, Settings, UserRound } from "lucide-react";
import { Menu, MenuCommand, MenuContent, MenuLink, MenuSeparator, MenuTrigger } from "@/components/menu";
import { clearDeviceData } from "@/components/offline/device-data";
import { useOffline } from "@/components/offline/offline-provider";

/**
 * The account: who is signed in, Settings, Help and Sign out. A popover menu
 * (components/menu.tsx): it opens before the page hydrates, and next-auth's client
 * loads only when someone signs out.
 */
export function UserMenu({ email, name }: { email: string; name: string | null }) {
  const { writes } = useOffline();
  /** Nothing of the user's stays in this browser: the pages kept offline and the queue go too. */
  async function signOutHere() {
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
  return (
    <Menu>
      <MenuTrigger
        aria-label={`Account: ${email}`}
        className="flex h-11 min-w-11 max-w-64 items-center justify-center gap-2 rounded-md px-2 text-sm text-zinc-700 hover:bg-zinc-100 md:h-9 dark:text-zinc-300 dark:hover:bg-zinc-800"
      >
        <UserRound aria-hidden className="size-5 shrink-0" />
        <span className="hidden truncate sm:inline" data-testid="signed-in-as">
          {email}
        </span>
      </MenuTrigger>
      <MenuContent label="Account">
        <p role="none" className="truncate px-3 py-2 text-xs text-zinc-600 dark:text-zinc-400">
          {name ? `${name} · ` : ""}
          {email}
        </p>
        <MenuLink href="/settings">
          <Settings aria-hidden className="size-4" /> Settings
        </MenuLink>
        <MenuLink href="/help">
          <BookOpen aria-hidden className="size-4" /> Help
        </MenuLink>
        <MenuSeparator />
        <MenuCommand onSelect={() => void signOutHere()}>
          <LogOut aria-hidden className="size-4" /> Sign out
        </MenuCommand>
      </MenuContent>
    </Menu>
  );
}
