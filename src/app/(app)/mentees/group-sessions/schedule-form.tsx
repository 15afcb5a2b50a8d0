"use client";

import { CreateForm } from "@/components/create-form";
import { InputField, inputClass, TextareaField } from "@/components/field";
import { scheduleGroupSessionAction } from "@/server/group-sessions/group-sessions.actions";

/** Schedule a group session and invite mentees (each with an email gets a calendar invitation). */
export function ScheduleForm({
  options,
  today,
  day,
  time,
  zone,
}: {
  options: { id: string; name: string; email: string | null }[];
  today: string;
  /** The suggested day: today while the suggested time is still ahead, else tomorrow. */
  day: string;
  time: string;
  zone: string;
}) {
  return (
    <CreateForm action={scheduleGroupSessionAction} title="Schedule a group session" submit="Schedule and invite">
      {(errors) => (
        <>
          <InputField
            id="gs-title"
            label="Title"
            errors={errors.title}
            name="title"
            maxLength={200}
            placeholder="Quarterly circle"
          />
          <div className="grid gap-4 sm:grid-cols-3">
            <InputField
              id="gs-day"
              label="Day"
              errors={errors.day}
              name="day"
              type="date"
              min={today}
              defaultValue={day}
            />
            <InputField
              id="gs-time"
              label={`Time (${zone})`}
              errors={errors.time}
              name="time"
              type="time"
              defaultValue={time}
            />
            <InputField
              id="gs-length"
              label="Length (minutes)"
              errors={errors.durationMinutes}
              name="durationMinutes"
              type="number"
              min={15}
              max={480}
              step={15}
              defaultValue={60}
              className={`${inputClass} max-w-32`}
            />
          </div>
          <TextareaField
            id="gs-agenda"
            label="Agenda (optional)"
            errors={errors.notes}
            name="notes"
            rows={2}
            maxLength={2000}
          />
          <fieldset className="space-y-2" aria-describedby={errors.menteeIds ? "gs-mentees-error" : undefined}>
            <legend className="text-sm font-medium">Invite</legend>
            {options.length ? (
              <ul className="grid gap-1 sm:grid-cols-2">
                {options.map((m) => (
                  <li key={m.id}>
                    <label className="flex items-center gap-2 text-sm">
                      <input type="checkbox" name="menteeIds" value={m.id} /> {m.name}
                      {m.email ? null : (
                        <span className="text-xs text-zinc-600 dark:text-zinc-400">(no email: no invitation)</span>
                      )}
                    </label>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                Nobody to invite yet: accepted and active mentees are listed here.
              </p>
            )}
            {errors.menteeIds ? (
              <p id="gs-mentees-error" className="text-sm text-red-700 dark:text-red-400">
                {errors.menteeIds.join(" ")}
              </p>
            ) : null}
          </fieldset>
        </>
      )}
    </CreateForm>
  );
}
