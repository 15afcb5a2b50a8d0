"use client";

import { useRef, useState, useTransition } from "react";
import { Button } from "@/components/button";
import { Field, InputField, inputClass, TextareaField } from "@/components/field";
import { QueuedNotice } from "@/components/offline/queued-notice";
import { Options } from "@/components/options";
import { addDaysToDay } from "@/domain/calendar";
import { CHANNELS } from "@/domain/channels";
import { useOffline } from "./offline/offline-provider";
import { submitOrQueue } from "./offline/offline-writes";

/** Log a check-in: used on the mentor page and in the quick-add dialog; on a mentee's page, a session with them. */
export function CheckInForm({
  mentorId: forMentor,
  menteeId,
  mentorName,
  today,
  onLogged,
  autoFocus,
}: ({ mentorId: string; menteeId?: never } | { menteeId: string; mentorId?: never }) & {
  mentorName: string;
  today: string;
  /** `queued`: saved on this device without a connection, to sync later. */
  onLogged?: (result: { nextCheckInOn: string | null; queued: boolean }) => void;
  autoFocus?: boolean;
}) {
  const { userId } = useOffline();
  // The person's id: the form's field ids, and the page a queued write is shown waiting on.
  const mentorId = (forMentor ?? menteeId)!;
  const session = menteeId !== undefined;
  const [occurredOn, setOccurredOn] = useState(today);
  const [channel, setChannel] = useState("CALL");
  const [notes, setNotes] = useState("");
  const [takeaways, setTakeaways] = useState("");
  const [links, setLinks] = useState("");
  const [minutes, setMinutes] = useState("");
  // An async check-in or a document carries what was sent: a video or voice note, a shared document.
  const withLinks = channel === "ASYNC" || channel === "DOCUMENT";
  // Each row keeps its own key, so removing one keeps focus and typing in the rows after it.
  const [followUps, setFollowUps] = useState<{ key: number; title: string; dueOn: string }[]>([]);
  const nextKey = useRef(0);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [pending, startTransition] = useTransition();

  function submit(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await submitOrQueue<{ nextCheckInOn: string | null }>(
        "checkIn",
        {
          ...(session ? { menteeId } : { mentorId }),
          occurredOn,
          channel,
          notes,
          takeaways,
          links: withLinks ? links.split(/\s+/).filter(Boolean) : [],
          ...(session && minutes ? { durationMinutes: minutes } : {}),
          followUps: followUps.map(({ title, dueOn }) => ({ title, dueOn })),
        },
        { userId, mentorId, label: `${session ? "Session" : "Check-in"} with ${mentorName}` },
      );
      if (result.ok === false) {
        setNotice(undefined);
        setErrors(result.fieldErrors ?? {});
        setMessage(result.error);
        return;
      }
      setErrors({});
      setNotes("");
      setTakeaways("");
      setLinks("");
      setMinutes("");
      setFollowUps([]);
      const queued = result.ok === "queued";
      // Said here too: the mentor page has no dialog to close and no toast to show.
      setMessage(undefined);
      setNotice(queued ? "No connection: saved on this device, waiting to sync." : undefined);
      onLogged?.({ nextCheckInOn: queued ? null : result.data.nextCheckInOn, queued });
    });
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate aria-label={session ? "Log a session" : "Log a check-in"}>
      {message ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {message}
        </p>
      ) : null}
      {notice ? <QueuedNotice>{notice}</QueuedNotice> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField
          id={`${mentorId}-occurredOn`}
          label="Date"
          errors={errors.occurredOn}
          type="date"
          value={occurredOn}
          max={addDaysToDay(today, 1)}
          onChange={(e) => setOccurredOn(e.target.value)}
          // Only the quick check-in dialog asks for it, right after the user chose a mentor.
          autoFocus={autoFocus}
        />
        <Field id={`${mentorId}-channel`} label="How" errors={errors.channel}>
          {(p) => (
            <select {...p} value={channel} onChange={(e) => setChannel(e.target.value)} className={inputClass}>
              <Options items={CHANNELS} />
            </select>
          )}
        </Field>
      </div>
      {session ? (
        <InputField
          id={`${mentorId}-minutes`}
          label="Length in minutes (optional)"
          hint="Counted in your mentoring's hours given."
          errors={errors.durationMinutes}
          type="number"
          min={5}
          max={600}
          step={5}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          className={`${inputClass} max-w-32`}
        />
      ) : null}
      {withLinks ? (
        <TextareaField
          id={`${mentorId}-links`}
          label="Links"
          hint="The video or voice note, or the shared document: up to 5 web addresses, one per line."
          errors={errors.links}
          rows={2}
          value={links}
          onChange={(e) => setLinks(e.target.value)}
          className={inputClass}
        />
      ) : null}
      <TextareaField
        id={`${mentorId}-notes`}
        label="Notes"
        errors={errors.notes}
        rows={3}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        className={inputClass}
      />
      <TextareaField
        id={`${mentorId}-takeaways`}
        label="Takeaways"
        hint="What you learned; the sprint counts these as documented learnings."
        errors={errors.takeaways}
        rows={2}
        value={takeaways}
        onChange={(e) => setTakeaways(e.target.value)}
        className={inputClass}
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Follow-ups</legend>
        {followUps.map((f, i) => (
          <div key={f.key} className="flex flex-wrap items-end gap-2">
            <input
              aria-label={`Follow-up ${i + 1}`}
              className={`${inputClass} flex-1`}
              value={f.title}
              maxLength={200}
              onChange={(e) =>
                setFollowUps((list) => list.map((x, j) => (j === i ? { ...x, title: e.target.value } : x)))
              }
            />
            <input
              aria-label={`Follow-up ${i + 1} due`}
              type="date"
              className={`${inputClass} w-auto`}
              value={f.dueOn}
              onChange={(e) =>
                setFollowUps((list) => list.map((x, j) => (j === i ? { ...x, dueOn: e.target.value } : x)))
              }
            />
            <Button
              type="button"
              variant="ghost"
              onClick={() => setFollowUps((list) => list.filter((_, j) => j !== i))}
            >
              Remove
            </Button>
          </div>
        ))}
        {errors.followUps ? (
          <p className="text-sm text-red-700 dark:text-red-400">{errors.followUps.join(" ")}</p>
        ) : null}
        {followUps.length < 10 ? (
          <Button
            type="button"
            variant="secondary"
            onClick={() =>
              setFollowUps((list) => [...list, { key: nextKey.current++, title: "", dueOn: addDaysToDay(today, 7) }])
            }
          >
            Add a follow-up
          </Button>
        ) : null}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? "Logging…" : session ? "Log session" : "Log check-in"}
      </Button>
    </form>
  );
}
