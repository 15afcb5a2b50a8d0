"use client";

import { PanelLeftClose, PanelLeftOpen } from "lucide-react";
import { usePathname } from "next/navigation";
import { useState } from "react";
import Link from "@/components/link";
import { currentItem, NAV_GROUPS, SIDEBAR_COOKIE } from "./nav-items";

/**
 * The desktop navigation: the pages in groups, the current one marked, collapsible
 * to icons (remembered in a cookie, so the server draws it the same way next time).
 */
export function Sidebar({ collapsed: initial }: { collapsed: boolean }) {
  const pathname = usePathname();
  const [collapsed, setCollapsed] = useState(initial);
  const current = currentItem(pathname);
  function toggle() {
    const next = !collapsed;
    setCollapsed(next);
    // biome-ignore lint/suspicious/noDocumentCookie: a one-flag preference, read by the server layout
    document.cookie = `${SIDEBAR_COOKIE}=${next ? "collapsed" : "open"}; path=/; max-age=31536000; samesite=lax`;
  }
  return (
    <aside
      className={`sticky top-0 hidden h-screen shrink-0 flex-col border-r border-zinc-200 bg-white md:flex dark:border-zinc-800 dark:bg-zinc-900 ${collapsed ? "w-16" : "w-56"}`}
    >
      <div className="flex h-14 items-center gap-2 px-4">
        <Link href="/dashboard" className="truncate font-semibold tracking-tight" aria-label="Mentor Map: your map">
          {collapsed ? "MM" : "Mentor Map"}
        </Link>
      </div>
      <nav aria-label="Main" className="flex-1 space-y-4 overflow-y-auto px-2 py-2 text-sm">
        {NAV_GROUPS.map((group) => (
          <div key={group.label ?? "main"} className="space-y-1">
            {group.label && !collapsed ? (
              <p className="px-3 pt-2 text-xs font-medium uppercase tracking-wide text-zinc-500 dark:text-zinc-400">
                {group.label}
              </p>
            ) : null}
            <ul className="space-y-0.5">
              {group.items.map((item) => {
                const here = item === current;
                return (
                  <li key={item.href}>
                    <Link
                      href={item.href}
                      aria-current={here ? "page" : undefined}
                      title={collapsed ? item.label : undefined}
                      className={`flex items-center gap-3 rounded-md px-3 py-2 ${here ? "bg-brand-50 font-medium text-brand-700 dark:bg-zinc-800 dark:text-brand-100" : "text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"}`}
                    >
                      <item.icon aria-hidden className="size-4 shrink-0" />
                      <span className={collapsed ? "sr-only" : "truncate"}>{item.label}</span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </nav>
      <button
        type="button"
        onClick={toggle}
        aria-expanded={!collapsed}
        className="m-2 flex items-center gap-3 rounded-md px-3 py-2 text-sm text-zinc-600 hover:bg-zinc-100 dark:text-zinc-400 dark:hover:bg-zinc-800"
      >
        {collapsed ? (
          <PanelLeftOpen aria-hidden className="size-4" />
        ) : (
          <PanelLeftClose aria-hidden className="size-4" />
        )}
        <span className={collapsed ? "sr-only" : ""}>{collapsed ? "Expand the sidebar" : "Collapse the sidebar"}</span>
      </button>
    </aside>
  );
}
