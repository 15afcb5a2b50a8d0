"use client";

import { useState } from "react";
import { Button, SaveCancel } from "@/components/button";
import { CreateForm } from "@/components/create-form";
import { Field, InputField, inputClass, TextareaField } from "@/components/field";
import Link from "@/components/link";
import { useFormatDay } from "@/components/locale";
import { MentorSelect } from "@/components/mentor-pickers";
import { Panel, panelClass } from "@/components/panel";
import { submitWith } from "@/components/submit-with";
import { FormError, useActionForm } from "@/components/use-action-form";
import { useDeleteWithUndo } from "@/components/use-delete-with-undo";
import type { MentorCategory } from "@/generated/prisma/enums";
import {
  createIntroductionAction,
  deleteIntroductionAction,
  restoreIntroductionAction,
  updateIntroductionAction,
} from "@/server/introductions/introductions.actions";
import type { IntroductionRow } from "@/server/introductions/introductions.queries";

type Option = { id: string; name: string; category: MentorCategory };

function IntroductionFields({
  options,
  errors,
  today,
  value,
}: {
  options: Option[];
  errors: Record<string, string[]>;
  today: string;
  value?: IntroductionRow;
}) {
  const p = value ? `edit-${value.id}-` : "new-";
  return (
    <div className="grid gap-4 md:grid-cols-3">
      <Field id={`${p}from`} label="I introduced" errors={errors.fromMentorId}>
        {(props) => <MentorSelect {...props} name="fromMentorId" options={options} defaultValue={value?.from.id} />}
      </Field>
      <Field id={`${p}to`} label="to" errors={errors.toMentorId}>
        {(props) => <MentorSelect {...props} name="toMentorId" options={options} defaultValue={value?.to.id} />}
      </Field>
      <InputField
        id={`${p}on`}
        label="On"
        errors={errors.introducedOn}
        type="date"
        name="introducedOn"
        defaultValue={value?.introducedOn ?? today}
        max={today}
      />
      <div className="md:col-span-3">
        <InputField
          id={`${p}why`}
          label="Why"
          errors={errors.why}
          hint="What each could get from the other."
          name="why"
          defaultValue={value?.why}
          maxLength={1000}
        />
      </div>
    </div>
  );
}

export function IntroductionForm({ options, today }: { options: Option[]; today: string }) {
  if (options.length < 2) {
    return (
      <p className={`${panelClass} text-sm`}>
        An introduction needs two people on your map.{" "}
        <Link href="/mentors/new" className="underline">
          Add someone
        </Link>
        .
      </p>
    );
  }
  return (
    <CreateForm action={createIntroductionAction} title="Record an introduction" submit="Record introduction">
      {(errors) => <IntroductionFields options={options} errors={errors} today={today} />}
    </CreateForm>
  );
}

export function IntroductionList({
  introductions,
  options,
  today,
}: {
  introductions: IntroductionRow[];
  options: Option[];
  today: string;
}) {
  if (!introductions.length)
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400">No introductions yet. Who on your map should meet?</p>
    );
  return (
    <section aria-labelledby="all-introductions" className="space-y-3">
      <h2 id="all-introductions" className="text-lg font-semibold">
        {introductions.length === 1 ? "1 introduction" : `${introductions.length} introductions`}
      </h2>
      <ul className="space-y-3">
        {introductions.map((i) => (
          <Panel key={i.id} as="li" data-testid="introduction">
            <IntroductionItem intro={i} options={options} today={today} />
          </Panel>
        ))}
      </ul>
    </section>
  );
}

function IntroductionItem({ intro, options, today }: { intro: IntroductionRow; options: Option[]; today: string }) {
  const formatDayLong = useFormatDay();
  const [editing, setEditing] = useState(false);
  const { errors, pending, submit } = useActionForm(updateIntroductionAction, { id: intro.id }, () =>
    setEditing(false),
  );
  const deletion = useDeleteWithUndo(
    () => deleteIntroductionAction({ id: intro.id }),
    restoreIntroductionAction,
    "Introduction deleted.",
  );
  if (editing) {
    return (
      <form onSubmit={submitWith((fd) => submit(fd))} noValidate className="space-y-4" aria-label="Edit introduction">
        <FormError errors={errors} />
        <IntroductionFields options={options} errors={errors} today={today} value={intro} />
        <div className="grid gap-4 md:grid-cols-3">
          <div className="md:col-span-2">
            <TextareaField
              id={`outcome-${intro.id}`}
              label="How it turned out"
              errors={errors.outcome}
              name="outcome"
              defaultValue={intro.outcome}
              maxLength={2000}
              className={inputClass}
            />
          </div>
          <InputField
            id={`outcome-on-${intro.id}`}
            label="Outcome date"
            errors={errors.outcomeOn}
            type="date"
            name="outcomeOn"
            defaultValue={intro.outcomeOn ?? ""}
            max={today}
          />
        </div>
        <SaveCancel pending={pending} onCancel={() => setEditing(false)} />
      </form>
    );
  }
  return (
    <div className="flex flex-wrap items-start justify-between gap-3 text-sm">
      <div className="space-y-1">
        <p>
          <Link href={`/mentors/${intro.from.id}`} className="font-medium underline">
            {intro.from.name}
          </Link>{" "}
          →{" "}
          <Link href={`/mentors/${intro.to.id}`} className="font-medium underline">
            {intro.to.name}
          </Link>{" "}
          <span className="text-zinc-600 dark:text-zinc-400">· {formatDayLong(intro.introducedOn)}</span>
        </p>
        {intro.why ? <p>Why: {intro.why}</p> : null}
        {intro.outcome ? (
          <p>
            Outcome{intro.outcomeOn ? ` (${formatDayLong(intro.outcomeOn)})` : ""}: {intro.outcome}
          </p>
        ) : (
          <p className="text-zinc-600 dark:text-zinc-400">No outcome recorded yet.</p>
        )}
      </div>
      <div className="flex gap-2">
        <Button type="button" variant="secondary" onClick={() => setEditing(true)}>
          {intro.outcome ? "Edit" : "Record outcome"}
        </Button>
        <Button type="button" variant="ghost" disabled={deletion.pending} onClick={deletion.run}>
          Delete
          <span className="sr-only">
            {" "}
            the introduction of {intro.from.name} to {intro.to.name}
          </span>
        </Button>
      </div>
    </div>
  );
}
