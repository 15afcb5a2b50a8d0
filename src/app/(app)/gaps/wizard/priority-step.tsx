"use client";

import { useState } from "react";
import { Button } from "@/components/button";
import type { StepProps } from "./wizard-step";

/** Step 3: the areas in order of importance, moved by buttons (and so by keyboard). */
export function PriorityStep({ draft, update }: StepProps) {
  const [announcement, setAnnouncement] = useState("");
  function move(from: number, to: number, focus: "up" | "down") {
    if (to < 0 || to >= draft.areas.length) return;
    const name = draft.areas[from]!.name;
    update((d) => {
      const areas = [...d.areas];
      [areas[from], areas[to]] = [areas[to]!, areas[from]!];
      return { ...d, areas };
    });
    setAnnouncement(`${name} is now number ${to + 1}.`);
    // Keep focus on the moved area's button so it can be moved again.
    requestAnimationFrame(() => {
      // A disabled button (up at the top, down at the bottom) cannot take focus: then its other one does.
      const target =
        document.querySelector<HTMLButtonElement>(`[data-move="${to}-${focus}"]:not(:disabled)`) ??
        document.querySelector<HTMLButtonElement>(`[data-move="${to}-${focus === "up" ? "down" : "up"}"]`);
      target?.focus();
    });
  }
  return (
    <div className="space-y-3">
      <p className="max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
        Put the area that matters most first: the map lists areas in this order and the top gaps come from the top
        areas.
      </p>
      <ol className="max-w-xl space-y-2">
        {draft.areas.map((area, i) => (
          <li
            key={area.key}
            className="flex items-center gap-3 rounded-md border border-zinc-200 bg-white px-3 py-2 dark:border-zinc-800 dark:bg-zinc-900"
          >
            <span className="w-6 text-right text-sm tabular-nums text-zinc-600 dark:text-zinc-400">{i + 1}.</span>
            <span className="flex-1 font-medium">{area.name}</span>
            <Button
              type="button"
              variant="ghost"
              className="px-2 py-1"
              data-move={`${i}-up`}
              disabled={i === 0}
              onClick={() => move(i, i - 1, "up")}
              aria-label={`Move ${area.name} up`}
            >
              ↑
            </Button>
            <Button
              type="button"
              variant="ghost"
              className="px-2 py-1"
              data-move={`${i}-down`}
              disabled={i === draft.areas.length - 1}
              onClick={() => move(i, i + 1, "down")}
              aria-label={`Move ${area.name} down`}
            >
              ↓
            </Button>
          </li>
        ))}
      </ol>
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
