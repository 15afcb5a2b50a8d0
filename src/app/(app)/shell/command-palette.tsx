"use client";

import { Search } from "lucide-react";
import dynamic from "next/dynamic";
import { useEffect, useState } from "react";

// The palette's dialog (cmdk on Radix's dialog, src/app/(app)/shell/palette-dialog.tsx)
// is loaded the first time it is asked for, or when the pointer or focus comes to its
// button: every page would otherwise download, run and hydrate it on load.

export const OPEN_PALETTE_EVENT = "mentor-map:open-palette";
const IS_MAC = () => typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);
const loadDialog = () => import("./palette-dialog");
const PaletteDialog = dynamic(loadDialog, { ssr: false });

/** The top bar's button: opens the palette (as ⌘K / Ctrl+K do). */
export function PaletteButton() {
  const [shortcut, setShortcut] = useState("Ctrl K");
  useEffect(() => setShortcut(IS_MAC() ? "⌘K" : "Ctrl K"), []);
  return (
    <button
      type="button"
      onClick={() => window.dispatchEvent(new Event(OPEN_PALETTE_EVENT))}
      onPointerEnter={loadDialog}
      onFocus={loadDialog}
      aria-keyshortcuts="Control+K Meta+K"
      className="flex h-11 min-w-11 items-center justify-center gap-2 rounded-md border border-zinc-300 px-2 text-sm text-zinc-600 hover:bg-zinc-50 md:h-9 md:w-56 md:justify-start md:px-3 dark:border-zinc-700 dark:text-zinc-400 dark:hover:bg-zinc-800"
    >
      <Search aria-hidden className="size-4 shrink-0" />
      {/* Its name is what it shows, read on phones too where only the icon is seen. */}
      <span className="sr-only md:not-sr-only">Search…</span>
      <kbd className="ml-auto hidden rounded border border-zinc-300 px-1 text-xs md:inline dark:border-zinc-600">
        {shortcut}
      </kbd>
    </button>
  );
}

/** ⌘K / Ctrl+K from anywhere: until the first time, only this listens; then the dialog does. */
export function CommandPalette() {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (wanted) return;
    const want = () => setWanted(true);
    function onKey(e: KeyboardEvent) {
      if (e.key.toLowerCase() !== "k" || !(e.metaKey || e.ctrlKey) || e.altKey || e.shiftKey) return;
      e.preventDefault();
      want();
    }
    window.addEventListener("keydown", onKey);
    window.addEventListener(OPEN_PALETTE_EVENT, want);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener(OPEN_PALETTE_EVENT, want);
    };
  }, [wanted]);
  return wanted ? <PaletteDialog /> : null;
}
