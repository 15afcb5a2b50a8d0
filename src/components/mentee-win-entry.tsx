"use client";

import type { TimelineEntry } from "@/domain/timeline";
import { deleteMenteeWinAction, logMenteeWinAction } from "@/server/mentees/mentees.actions";
import { Button } from "./button";
import { useFormatDay } from "./locale";
import { useDeleteWithUndo } from "./use-delete-with-undo";

/** A mentee's win on their timeline, with Delete (and Undo). */
export function MenteeWinEntry({ entry }: { entry: Extract<TimelineEntry, { kind: "mentee-win" }> }) {
  const formatDayLong = useFormatDay();
  const deletion = useDeleteWithUndo(() => deleteMenteeWinAction({ id: entry.id }), logMenteeWinAction, "Win deleted.");
  return (
    <div className="flex items-start justify-between gap-3">
      <div>
        <span className="text-xs text-zinc-600 dark:text-zinc-400">{formatDayLong(entry.day)}</span>
        <p>
          <strong>Their win</strong>: {entry.title}{" "}
          {entry.story ? (
            <span className="text-xs text-zinc-600 dark:text-zinc-400">(a story they agreed to share)</span>
          ) : null}
        </p>
        {entry.description ? <p className="text-zinc-700 dark:text-zinc-300">{entry.description}</p> : null}
      </div>
      <Button
        type="button"
        variant="ghost"
        disabled={deletion.pending}
        aria-label={`Delete the win “${entry.title}”`}
        onClick={deletion.run}
      >
        Delete
      </Button>
    </div>
  );
}
