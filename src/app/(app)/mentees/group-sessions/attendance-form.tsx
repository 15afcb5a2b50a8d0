"use client";

import { Button } from "@/components/button";
import { TextareaField } from "@/components/field";
import { submitWith } from "@/components/submit-with";
import { FormError, useActionForm } from "@/components/use-action-form";
import { recordAttendanceAction } from "@/server/group-sessions/group-sessions.actions";

/** Who came, and the notes shared with everyone: each one present gets the session on their timeline. */
export function AttendanceForm({
  id,
  title,
  notes,
  invites,
}: {
  id: string;
  title: string;
  notes: string;
  invites: { menteeId: string; name: string; attended: boolean }[];
}) {
  const form = useActionForm(recordAttendanceAction, { id });
  return (
    <form
      onSubmit={submitWith((fd) => form.submit(fd))}
      noValidate
      className="space-y-3"
      aria-label={`Attendance at ${title}`}
    >
      <FormError errors={form.errors} />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">Who came</legend>
        {invites.map((i) => (
          <label key={i.menteeId} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="attendedIds" value={i.menteeId} defaultChecked={i.attended} /> {i.name}
          </label>
        ))}
      </fieldset>
      <TextareaField
        id={`gs-notes-${id}`}
        label="Shared notes"
        errors={form.errors.notes}
        name="notes"
        rows={3}
        maxLength={5000}
        defaultValue={notes}
      />
      <Button type="submit" variant="secondary" disabled={form.pending}>
        {form.pending ? "Saving…" : "Save attendance"}
      </Button>
    </form>
  );
}
