"use client";

import { BookOpen, LogOut, Settings } from "lucide-react";
import { signOut } from "next-auth/react";
import { Menu, MenuCommand, MenuContent, MenuLink, MenuSeparator, MenuTrigger } from "@/components/menu";
import { ACCOUNT_BUTTON, AccountButtonContent } from "./user-menu";

/** The account menu, loaded and opened on first use (src/app/(app)/shell/user-menu.tsx). */
export default function AccountMenu({ email, name }: { email: string; name: string | null }) {
  return (
    <Menu defaultOpen>
      <MenuTrigger aria-label={`Account: ${email}`} className={ACCOUNT_BUTTON}>
        <AccountButtonContent email={email} />
      </MenuTrigger>
      <MenuContent label="Account">
        <p className="truncate px-3 py-2 text-xs text-zinc-600 dark:text-zinc-400">
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
        <MenuCommand onSelect={() => signOut({ callbackUrl: "/signin" })}>
          <LogOut aria-hidden className="size-4" /> Sign out
        </MenuCommand>
      </MenuContent>
    </Menu>
  );
}
