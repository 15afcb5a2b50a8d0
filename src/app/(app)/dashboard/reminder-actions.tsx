"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/button";
import { inputClass } from "@/components/field";
import { useFormatDay } from "@/components/locale";
import { useToast } from "@/components/toast";
import { addDaysToDay } from "@/domain/calendar";
import type { ActionResult } from "@/server/action";
import { completeReminderAction, skipReminderAction, snoozeReminderAction } from "@/server/reminders/reminders.actions";
import { LogCheckInButton } from "../quick-check-in";

type Reminder = { id: string; kind: string; title: string; mentor: { id: string; name: string } | null };

/** What can be done with a due reminder, beside it: log or done, snooze, skip. */
export function ReminderActions({ reminder, today }: { reminder: Reminder; today: string }) {
  const formatDayLong = useFormatDay();
  const router = useRouter();
  const toast = useToast();
  const [pending, startTransition] = useTransition();
  const [until, setUntil] = useState(addDaysToDay(today, 3));
  const [error, setError] = useState<string | null>(null);
  // The snooze choices are drawn when opened: a dashboard lists up to 20 reminders.
  const [snoozing, setSnoozing] = useState(false);

  const run = (action: () => Promise<ActionResult<unknown>>, done: string) =>
    startTransition(async () => {
      const result = await action();
      if (!result.ok) return setError(result.fieldErrors?.until?.join(" ") ?? result.error);
      setError(null);
      toast({ message: done });
      router.refresh();
    });
  const snooze = (choice: "day" | "week" | "custom") =>
    run(
      () => snoozeReminderAction({ id: reminder.id, choice, until: choice === "custom" ? until : undefined }),
      `Snoozed until ${formatDayLong(choice === "day" ? addDaysToDay(today, 1) : choice === "week" ? addDaysToDay(today, 7) : until)}: ${reminder.title}.`,
    );

  return (
    <div className="flex flex-wrap items-center gap-2">
      {reminder.kind === "CHECK_IN" && reminder.mentor ? (
        <LogCheckInButton mentor={{ id: reminder.mentor.id, name: reminder.mentor.name, organisation: null }} />
      ) : (
        <Button
          type="button"
          variant="secondary"
          className="px-3 py-1"
          disabled={pending}
          onClick={() => run(() => completeReminderAction({ id: reminder.id }), `Done: ${reminder.title}.`)}
        >
          Done<span className="sr-only">: {reminder.title}</span>
        </Button>
      )}
      <details className="relative" onToggle={(event) => setSnoozing(event.currentTarget.open)}>
        <summary className="cursor-pointer list-none rounded-md px-3 py-1 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800">
          Snooze<span className="sr-only">: {reminder.title}</span>
        </summary>
        {snoozing ? (
          <div className="absolute right-0 z-20 mt-1 w-64 space-y-2 rounded-md border border-zinc-200 bg-white p-3 shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
            <div className="flex gap-2">
              <Button
                type="button"
                variant="secondary"
                className="flex-1 px-2 py-1"
                disabled={pending}
                onClick={() => snooze("day")}
              >
                1 day
              </Button>
              <Button
                type="button"
                variant="secondary"
                className="flex-1 px-2 py-1"
                disabled={pending}
                onClick={() => snooze("week")}
              >
                1 week
              </Button>
            </div>
            <label className="block text-xs font-medium" htmlFor={`until-${reminder.id}`}>
              Until
            </label>
            <div className="flex gap-2">
              <input
                id={`until-${reminder.id}`}
                type="date"
                className={inputClass}
                value={until}
                min={addDaysToDay(today, 1)}
                onChange={(e) => setUntil(e.target.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `until-${reminder.id}-error` : undefined}
              />
              <Button
                type="button"
                variant="secondary"
                className="px-2 py-1"
                disabled={pending}
                onClick={() => snooze("custom")}
              >
                Snooze
              </Button>
            </div>
            {error ? (
              <p id={`until-${reminder.id}-error`} role="alert" className="text-xs text-red-700 dark:text-red-400">
                {error}
              </p>
            ) : null}
          </div>
        ) : null}
      </details>
      <Button
        type="button"
        variant="ghost"
        className="px-3 py-1"
        disabled={pending}
        onClick={() => run(() => skipReminderAction({ id: reminder.id }), `Skipped: ${reminder.title}.`)}
      >
        Skip<span className="sr-only">: {reminder.title}</span>
      </Button>
    </div>
  );
}
