"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/button";
import { inputClass } from "@/components/field";
import { useToast } from "@/components/toast";
import { rotateCalendarTokenAction } from "@/server/settings/settings.actions";

/** The secret calendar feed: made (or replaced) here, shown once to copy. */
export function CalendarFeed({ exists }: { exists: boolean }) {
  const toast = useToast();
  const [url, setUrl] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const rotate = () =>
    startTransition(async () => {
      const result = await rotateCalendarTokenAction({});
      if (!result.ok) return toast({ message: result.error });
      setUrl(result.data.url);
    });
  return (
    <div className="space-y-3 text-sm">
      <p className="text-zinc-600 dark:text-zinc-400">
        Add your check-in reminders to any calendar (Google, Apple, Outlook) by subscribing to a private link. Anyone
        with the link can see your reminders, so keep it to yourself; a new link stops the old one at once.
      </p>
      {url ? (
        <div className="flex gap-2">
          <label htmlFor="calendar-url" className="sr-only">
            Calendar link
          </label>
          <input
            id="calendar-url"
            readOnly
            value={url}
            className={`${inputClass} font-mono text-xs`}
            onFocus={(e) => e.currentTarget.select()}
          />
          <Button
            type="button"
            variant="secondary"
            onClick={async () => {
              await navigator.clipboard.writeText(url).catch(() => {});
              toast({ message: "Calendar link copied." });
            }}
          >
            Copy
          </Button>
        </div>
      ) : exists ? (
        <p>You have a calendar link. For safety it is shown only when made; get a new one to copy it again.</p>
      ) : null}
      <Button type="button" variant={url || exists ? "secondary" : "primary"} disabled={pending} onClick={rotate}>
        {pending ? "Making…" : url || exists ? "Get a new link (the old one stops working)" : "Make a calendar link"}
      </Button>
    </div>
  );
}
