"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { Button } from "@/components/button";
import { InputField } from "@/components/field";
import Link from "@/components/link";
import { submitWith } from "@/components/submit-with";
import { FormError, useActionForm } from "@/components/use-action-form";
import {
  readCalendarNowAction,
  removeCalendarAction,
  saveCalendarAddressAction,
  setCalendarOptionsAction,
} from "@/server/calendar/calendar.actions";
import type { CalendarSourceView } from "@/server/calendar/calendar.queries";
import type { CalendarReading } from "@/server/calendar/calendar-proposals";

/** A failure, announced. */
const Problem = ({ children }: { children: React.ReactNode }) => (
  <p role="alert" className="rounded-md bg-red-50 p-2 text-red-800 dark:bg-red-950 dark:text-red-200">
    {children}
  </p>
);

const at = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** What a read found, in a sentence. */
function readingLine(r: CalendarReading) {
  const found = `Read ${r.meetings} ${r.meetings === 1 ? "meeting" : "meetings"} from the last 60 days`;
  if (!r.proposed && !r.logged) return `${found}; none new with your mentors.`;
  const parts = [
    r.proposed ? `${r.proposed} ${r.proposed === 1 ? "meeting" : "meetings"} with your mentors to log on your map` : "",
    r.logged ? `${r.logged} logged as check-ins` : "",
  ].filter(Boolean);
  return `${found}: ${parts.join("; ")}.`;
}

/** Settings → "Check-ins from your calendar": a private ICS address or an .ics file, read for meetings with mentors. */
export function CalendarSource({ source }: { source: CalendarSourceView | null }) {
  const [replacing, setReplacing] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  return (
    <div className="space-y-4 text-sm">
      <p className="text-zinc-600 dark:text-zinc-400">
        Meetings with your mentors in your own calendar become check-ins in one click: “You met Tom on 20 Nov — log
        it?”. Only meetings in the last 60 days with someone on your map are offered, and each only once.
      </p>
      {result ? (
        <p role="status" className="rounded-md bg-brand-50 p-2 dark:bg-zinc-800">
          {result} <Link href="/dashboard#calendar-inbox">See them on your map</Link>
        </p>
      ) : null}
      {source && !replacing ? (
        <Connected source={source} onRead={setResult} onReplace={() => setReplacing(true)} />
      ) : (
        <Connect
          autoLog={source?.autoLogExactEmail ?? false}
          onRead={(line) => {
            setResult(line);
            setReplacing(false);
          }}
        />
      )}
    </div>
  );
}

function Connected({
  source,
  onRead,
  onReplace,
}: {
  source: CalendarSourceView;
  onRead: (line: string) => void;
  onReplace: () => void;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (fn: () => Promise<{ ok: boolean; error?: string; data?: unknown }>, done?: (data: never) => void) =>
    startTransition(async () => {
      const answer = await fn();
      setError(answer.ok ? null : (answer.error ?? "Something went wrong."));
      if (answer.ok) done?.(answer.data as never);
      router.refresh();
    });
  return (
    <div className="space-y-3">
      <p data-testid="calendar-source">
        {source.address ? (
          <>
            Reading <code>{source.address}</code>
            {source.lastReadAt ? `, last read ${at(source.lastReadAt)}` : ""}
            {source.nextFetchAt ? `; next read after ${at(source.nextFetchAt)}.` : "."}
          </>
        ) : (
          <>
            Read from the file <code>{source.fileName}</code>
            {source.lastReadAt ? ` on ${at(source.lastReadAt)}` : ""}. Upload a newer export to read it again.
          </>
        )}
      </p>
      {source.lastError ? <Problem>The last read failed: {source.lastError}</Problem> : null}
      {error ? <Problem>{error}</Problem> : null}
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          className="mt-1"
          defaultChecked={source.autoLogExactEmail}
          disabled={pending}
          onChange={(e) => {
            const autoLogExactEmail = e.currentTarget.checked;
            run(() => setCalendarOptionsAction({ autoLogExactEmail }));
          }}
        />
        <span>
          Log a meeting at once when an attendee’s email address is exactly a mentor’s (name-only matches still ask)
        </span>
      </label>
      <div className="flex flex-wrap gap-2">
        {source.address ? (
          <Button
            type="button"
            variant="secondary"
            disabled={pending}
            onClick={() =>
              run(
                () => readCalendarNowAction({}),
                (r: CalendarReading) => onRead(readingLine(r)),
              )
            }
          >
            {pending ? "Reading…" : "Read it now"}
          </Button>
        ) : null}
        <Button type="button" variant="secondary" disabled={pending} onClick={onReplace}>
          Use another calendar
        </Button>
        <Button
          type="button"
          variant="secondary"
          disabled={pending}
          onClick={() => run(() => removeCalendarAction({}))}
        >
          Disconnect
        </Button>
      </div>
    </div>
  );
}

function Connect({ autoLog, onRead }: { autoLog: boolean; onRead: (line: string) => void }) {
  const { errors, pending, submit } = useActionForm(saveCalendarAddressAction, {}, (r) => onRead(readingLine(r)));
  return (
    <div className="space-y-4">
      <form onSubmit={submitWith(submit)} className="space-y-3" noValidate aria-label="Calendar address">
        <FormError errors={errors} />
        <InputField
          id="calendar-address"
          label="Your calendar’s private address (ICS)"
          hint={
            <>
              Google Calendar: Settings → your calendar → “Secret address in iCal format”. Outlook: Settings → Calendar
              → Shared calendars → Publish a calendar → ICS. iCloud: share the calendar as a public calendar. It is read
              on our server every few hours and never shown again in full.
            </>
          }
          name="url"
          type="url"
          inputMode="url"
          placeholder="https://calendar.google.com/calendar/ical/…/basic.ics"
          maxLength={2000}
          errors={errors.url}
        />
        <AutoLogBox id="calendar-auto-log" defaultChecked={autoLog} />
        <Button type="submit" disabled={pending}>
          {pending ? "Reading your calendar…" : "Connect calendar"}
        </Button>
      </form>
      <UploadCalendar autoLog={autoLog} onRead={onRead} />
    </div>
  );
}

function AutoLogBox({ id, defaultChecked }: { id: string; defaultChecked: boolean }) {
  return (
    <label htmlFor={id} className="flex items-start gap-2">
      <input id={id} type="checkbox" name="autoLogExactEmail" className="mt-1" defaultChecked={defaultChecked} />
      <span>Log a meeting at once when an attendee’s email address is exactly a mentor’s</span>
    </label>
  );
}

type UploadAnswer = CalendarReading & { error?: string };

/** Or an exported .ics file, read once. */
function UploadCalendar({ autoLog, onRead }: { autoLog: boolean; onRead: (line: string) => void }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const send = (form: FormData) =>
    startTransition(async () => {
      const file = form.get("file");
      if (!(file instanceof File) || !file.size) return setError("Choose an .ics file to read.");
      const res = await fetch("/api/calendar-upload", { method: "POST", body: form }).catch(() => null);
      const answer = (await res?.json().catch(() => null)) as UploadAnswer | null;
      if (!res?.ok || !answer)
        return setError(answer?.error ?? "The upload failed; check your connection and try again.");
      setError(null);
      if (input.current) input.current.value = "";
      onRead(readingLine(answer));
      router.refresh();
    });
  return (
    <form
      onSubmit={submitWith(send)}
      className="space-y-3 border-t border-zinc-200 pt-4 dark:border-zinc-800"
      aria-label="Calendar file"
    >
      <label htmlFor="calendar-file" className="block font-medium">
        Or upload an exported calendar (.ics, up to 5 MB)
      </label>
      <input ref={input} id="calendar-file" name="file" type="file" accept=".ics,text/calendar" />
      <AutoLogBox id="calendar-file-auto-log" defaultChecked={autoLog} />
      {error ? <Problem>{error}</Problem> : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Reading the file…" : "Read the file"}
      </Button>
    </form>
  );
}
