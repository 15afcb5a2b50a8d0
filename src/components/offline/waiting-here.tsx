"use client";

import { useOffline } from "./offline-provider";

/** On a mentor's page: what was saved for them on this device and has not synced yet. */
export function WaitingHere({ mentorId }: { mentorId: string }) {
  const { writes } = useOffline();
  const here = writes.filter((w) => w.mentorId === mentorId);
  if (!here.length) return null;
  return (
    <section
      aria-label="Waiting to sync"
      className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950"
    >
      <ul className="space-y-1">
        {here.map((w) => (
          <li key={w.seq} data-testid="waiting-here">
            <strong>{w.label}</strong>: {w.error ? `refused: ${w.error}` : "waiting to sync"}
          </li>
        ))}
      </ul>
    </section>
  );
}
