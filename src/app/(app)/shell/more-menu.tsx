"use client";

import { MoreHorizontal } from "lucide-react";
import { usePathname } from "next/navigation";
import { Menu, MenuContent, MenuLink, MenuTrigger } from "@/components/menu";
import { REST } from "./bottom-bar";
import { currentItem, HELP, NAV_GROUPS } from "./nav-items";

/** The bottom bar's More menu, loaded and opened on first use (bottom-bar.tsx). */
export default function MoreMenu({ label, className }: { label: string; className: string }) {
  const pathname = usePathname();
  const current = currentItem(pathname, [...NAV_GROUPS.flatMap((g) => g.items), HELP]);
  return (
    <Menu defaultOpen>
      <MenuTrigger className={className} aria-label={label}>
        <MoreHorizontal aria-hidden className="size-5" />
        More
      </MenuTrigger>
      <MenuContent label="More pages">
        {REST.map((item) => (
          <MenuLink key={item.href} href={item.href} current={item === current}>
            <item.icon aria-hidden className="size-4" /> {item.label}
          </MenuLink>
        ))}
      </MenuContent>
    </Menu>
  );
}
