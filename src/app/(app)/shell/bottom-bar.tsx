"use client";

import { CalendarCheck, LayoutGrid, MoreHorizontal, PenLine, Users } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { Menu, MenuContent, MenuLink, MenuTrigger } from "@/components/menu";
import { openQuickCheckIn } from "../quick-check-in";
import { currentItem, HELP, NAV_GROUPS } from "./nav-items";

const BAR = ["/dashboard", "/mentors", "/sprint"];
const REST = [...NAV_GROUPS.flatMap((g) => g.items).filter((i) => !BAR.includes(i.href)), HELP];
const cell =
  "flex min-h-14 min-w-11 flex-1 flex-col items-center justify-center gap-0.5 text-[11px] text-zinc-600 dark:text-zinc-400";
const here = "text-brand-700 dark:text-brand-100 font-medium";

/** On phones, the navigation at the thumb: Map, Mentors, Log check-in, Sprint, and More for the rest. */
export function BottomBar() {
  const pathname = usePathname();
  const current = currentItem(pathname, [...NAV_GROUPS.flatMap((g) => g.items), HELP]);
  const link = (href: string, label: string, Icon: typeof LayoutGrid) => (
    <Link
      href={href}
      aria-current={current?.href === href ? "page" : undefined}
      className={`${cell} ${current?.href === href ? here : ""}`}
    >
      <Icon aria-hidden className="size-5" />
      {label}
    </Link>
  );
  const inMore = current && !BAR.includes(current.href);
  return (
    <nav
      aria-label="Main"
      className="fixed inset-x-0 bottom-0 z-40 flex border-t border-zinc-200 bg-white pb-[env(safe-area-inset-bottom)] md:hidden dark:border-zinc-800 dark:bg-zinc-900"
    >
      {link("/dashboard", "Map", LayoutGrid)}
      {link("/mentors", "Mentors", Users)}
      <button type="button" onClick={() => openQuickCheckIn()} className={`${cell} text-brand-700 dark:text-brand-100`}>
        <PenLine aria-hidden className="size-5" />
        Log check-in
      </button>
      {link("/sprint", "Sprint", CalendarCheck)}
      <Menu>
        <MenuTrigger
          className={`${cell} ${inMore ? here : ""}`}
          aria-label={inMore ? `More: ${current.label}` : "More"}
        >
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
    </nav>
  );
}
