"use client";

import { CalendarCheck, LayoutGrid, MoreHorizontal, PenLine, Users } from "lucide-react";
import { usePathname } from "next/navigation";
import Link from "@/components/link";
import { useOnFirstUse } from "@/components/on-first-use";
import { openQuickCheckIn } from "../quick-check-in";
import { currentItem, HELP, NAV_GROUPS } from "./nav-items";

const BAR = ["/dashboard", "/mentors", "/sprint"];
/** The pages under More. */
export const REST = [...NAV_GROUPS.flatMap((g) => g.items).filter((i) => !BAR.includes(i.href)), HELP];
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
      <MoreMenu label={inMore ? `More: ${current.label}` : "More"} className={`${cell} ${inMore ? here : ""}`} />
    </nav>
  );
}

type MoreProps = { label: string; className: string };
const load = () => import("./more-menu");

/** More: a plain button until first used, then the menu (components/menu.tsx, more-menu.tsx), loaded then. */
function MoreMenu(props: MoreProps) {
  const { Loaded: Menu, open, preload } = useOnFirstUse(load);
  if (Menu) return <Menu {...props} />;
  return (
    <button
      type="button"
      aria-label={props.label}
      aria-haspopup="menu"
      aria-expanded={false}
      className={props.className}
      onPointerEnter={preload}
      onFocus={preload}
      onClick={open}
    >
      <MoreHorizontal aria-hidden className="size-5" />
      More
    </button>
  );
}
