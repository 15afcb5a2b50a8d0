"use client";

import { useState } from "react";
import { Button } from "@/components/button";
import { Field, InputField, inputClass, TextareaField } from "@/components/field";
import { Options } from "@/components/options";
import { submitWith } from "@/components/submit-with";
import { FormError, useActionForm } from "@/components/use-action-form";
import { MENTEE_STAGES, type MenteeStage } from "@/domain/mentee-stages";
import { VALUE_KINDS } from "@/domain/value-kinds";
import { changeMenteeStageAction, logMenteeWinAction } from "@/server/mentees/mentees.actions";
import { logValueExchangeAction } from "@/server/value-exchanges/value-exchanges.actions";

/** Moves the mentee to another stage: a select and a button, so it works by keyboard and before scripts run. */
export function StageForm({ id, stage }: { id: string; stage: MenteeStage }) {
  const form = useActionForm(changeMenteeStageAction, { id });
  return (
    <form onSubmit={submitWith((fd) => form.submit(fd))} noValidate className="flex flex-wrap items-end gap-2">
      <Field id="mentee-stage" label="Stage" errors={form.errors.stage ?? form.errors._form}>
        {(p) => (
          <select {...p} name="stage" defaultValue={stage} className={`${inputClass} w-auto`}>
            {MENTEE_STAGES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Button type="submit" variant="secondary" disabled={form.pending}>
        {form.pending ? "Moving…" : "Move"}
      </Button>
    </form>
  );
}

/** What they taught you back, or what you gave them beyond the sessions: the same ledger as a mentor's. */
export function MenteeValueForm({ menteeId, today }: { menteeId: string; today: string }) {
  const [key, setKey] = useState(0);
  const form = useActionForm(logValueExchangeAction, { menteeId }, () => setKey((k) => k + 1));
  return (
    <form
      key={key}
      onSubmit={submitWith((fd) => form.submit(fd))}
      noValidate
      className="space-y-3"
      aria-label="Log value exchanged"
    >
      <FormError errors={form.errors} />
      <fieldset className="flex flex-wrap gap-4 text-sm">
        <legend className="sr-only">Direction</legend>
        <label className="flex items-center gap-1">
          <input type="radio" name="direction" value="RECEIVED" defaultChecked /> They taught me
        </label>
        <label className="flex items-center gap-1">
          <input type="radio" name="direction" value="GAVE" /> I gave
        </label>
      </fieldset>
      <Field id="mentee-value-kind" label="Kind" errors={form.errors.kind}>
        {(p) => (
          <select {...p} name="kind" defaultValue="SKILL_TEACHING" className={inputClass}>
            <Options items={VALUE_KINDS} />
          </select>
        )}
      </Field>
      <InputField
        id="mentee-value-description"
        label="What"
        errors={form.errors.description}
        name="description"
        maxLength={2000}
        placeholder="Showed me how their team uses AI for code review"
      />
      <InputField
        id="mentee-value-date"
        label="When"
        errors={form.errors.occurredOn}
        name="occurredOn"
        type="date"
        defaultValue={today}
        max={today}
      />
      <Button type="submit" disabled={form.pending}>
        {form.pending ? "Saving…" : "Log value"}
      </Button>
    </form>
  );
}

/** A win of theirs, credited to your mentoring. */
export function MenteeWinForm({ menteeId, today }: { menteeId: string; today: string }) {
  const [key, setKey] = useState(0);
  const form = useActionForm(logMenteeWinAction, { menteeId }, () => setKey((k) => k + 1));
  return (
    <form
      key={key}
      onSubmit={submitWith((fd) => form.submit(fd))}
      noValidate
      className="space-y-3"
      aria-label="Log a win of theirs"
    >
      <FormError errors={form.errors} />
      <InputField
        id="mentee-win-title"
        label="What they achieved"
        errors={form.errors.title}
        name="title"
        maxLength={200}
        placeholder="Promoted to team lead"
      />
      <TextareaField
        id="mentee-win-description"
        label="The story (optional)"
        errors={form.errors.description}
        name="description"
        maxLength={2000}
        rows={2}
      />
      <InputField
        id="mentee-win-date"
        label="When"
        errors={form.errors.occurredOn}
        name="occurredOn"
        type="date"
        defaultValue={today}
        max={today}
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="story" /> They agreed to have this story shared
      </label>
      <Button type="submit" disabled={form.pending}>
        {form.pending ? "Saving…" : "Log win"}
      </Button>
    </form>
  );
}
