"use client";

import { Button } from "@/components/button";
import { CreateForm } from "@/components/create-form";
import { Field, InputField, inputClass, TextareaField } from "@/components/field";
import { Options } from "@/components/options";
import { Reveal } from "@/components/reveal";
import { submitWith } from "@/components/submit-with";
import { FormError, useActionForm } from "@/components/use-action-form";
import { CATEGORIES } from "@/domain/categories";
import { VALUE_KINDS } from "@/domain/value-kinds";
import { answerAskAction, askToMentorAction, createAskAction, thankAskAction } from "@/server/asks/asks.actions";

export function NewAskForm({ today }: { today: string }) {
  return (
    <CreateForm action={createAskAction} title="Ask one question" submit="Save the ask">
      {(errors) => (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            <InputField id="ask-name" label="Whom you asked" errors={errors.name} name="name" maxLength={200} />
            <InputField
              id="ask-organisation"
              label="Organisation (optional)"
              errors={errors.organisation}
              name="organisation"
              maxLength={200}
            />
          </div>
          <TextareaField
            id="ask-question"
            label="The question"
            hint="One short, specific question: the kind a busy person can answer in ten minutes."
            errors={errors.question}
            name="question"
            rows={2}
            maxLength={1000}
          />
          <div className="grid gap-4 sm:grid-cols-3">
            <InputField
              id="ask-email"
              label="Email (optional)"
              errors={errors.email}
              name="email"
              type="email"
              maxLength={320}
            />
            <InputField
              id="ask-askedOn"
              label="Asked on"
              errors={errors.askedOn}
              name="askedOn"
              type="date"
              defaultValue={today}
              max={today}
            />
            <InputField
              id="ask-followUpDays"
              label="Follow up once after … days"
              hint="0 for no follow-up."
              errors={errors.followUpDays}
              name="followUpDays"
              type="number"
              min={0}
              max={60}
              defaultValue={7}
              className={`${inputClass} max-w-32`}
            />
          </div>
        </>
      )}
    </CreateForm>
  );
}

export function AnswerForm({ id, name, today }: { id: string; name: string; today: string }) {
  const form = useActionForm(answerAskAction, { id });
  return (
    <Reveal label={`Record ${name}’s answer`}>
      <form
        onSubmit={submitWith((fd) => form.submit(fd))}
        noValidate
        className="space-y-3"
        aria-label={`${name}’s answer`}
      >
        <FormError errors={form.errors} />
        <TextareaField id={`answer-${id}`} label="What they said" errors={form.errors.answer} name="answer" rows={3} />
        <div className="grid gap-4 sm:grid-cols-2">
          <InputField
            id={`answeredOn-${id}`}
            label="Answered on"
            errors={form.errors.answeredOn}
            name="answeredOn"
            type="date"
            defaultValue={today}
            max={today}
          />
          <Field id={`kind-${id}`} label="Kind of help" errors={form.errors.kind}>
            {(p) => (
              <select {...p} name="kind" defaultValue="ADVICE" className={inputClass}>
                <Options items={VALUE_KINDS} />
              </select>
            )}
          </Field>
        </div>
        <Button type="submit" disabled={form.pending}>
          {form.pending ? "Saving…" : "Save the answer"}
        </Button>
      </form>
    </Reveal>
  );
}

export function ThankForm({ id, name, today }: { id: string; name: string; today: string }) {
  const form = useActionForm(thankAskAction, { id });
  return (
    <form
      onSubmit={submitWith((fd) => form.submit(fd))}
      noValidate
      className="flex flex-wrap items-end gap-2"
      aria-label={`Thank ${name}`}
    >
      <InputField
        id={`thankedOn-${id}`}
        label="Thanked on"
        errors={form.errors.thankedOn ?? form.errors._form}
        name="thankedOn"
        type="date"
        defaultValue={today}
        max={today}
      />
      <Button type="submit" variant="secondary" disabled={form.pending}>
        I thanked them
      </Button>
    </form>
  );
}

export function ToMentorForm({ id, name }: { id: string; name: string }) {
  const form = useActionForm(askToMentorAction, { id });
  return (
    <form
      onSubmit={submitWith((fd) => form.submit(fd))}
      noValidate
      className="flex flex-wrap items-end gap-2"
      aria-label={`Make ${name} a mentor`}
    >
      <Field id={`category-${id}`} label="As a" errors={form.errors.category ?? form.errors._form}>
        {(p) => (
          <select {...p} name="category" defaultValue="SPECIALIST" className={`${inputClass} w-auto`}>
            <Options items={CATEGORIES} />
          </select>
        )}
      </Field>
      <Button type="submit" variant="secondary" disabled={form.pending}>
        Make them a mentor
      </Button>
    </form>
  );
}
