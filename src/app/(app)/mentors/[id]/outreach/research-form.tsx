"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/button";
import { inputClass, TextareaField } from "@/components/field";
import { submitWith } from "@/components/submit-with";
import { FormError, useActionForm } from "@/components/use-action-form";
import { LIMITS, MAX_RESEARCH_LINKS, THREE } from "@/domain/outreach";
import type { MentorStage } from "@/generated/prisma/enums";
import { saveResearchAction } from "@/server/outreach/outreach.actions";
import type { OutreachPage } from "@/server/outreach/outreach.queries";

type Plan = OutreachPage["plan"];

/** Three numbered inputs for a short list ("three challenges they face"). */
function ThreeInputs({
  name,
  label,
  values,
  max,
  errors,
  placeholder,
}: {
  name: string;
  label: string;
  values: string[];
  max: number;
  errors?: string[];
  placeholder: string;
}) {
  return (
    <fieldset className="space-y-2" aria-describedby={errors?.length ? `${name}-error` : undefined}>
      <legend className="text-sm font-medium">{label}</legend>
      {Array.from({ length: THREE }, (_, i) => (
        <input
          // biome-ignore lint/suspicious/noArrayIndexKey: three fixed slots that never move
          key={i}
          name={name}
          aria-label={`${label} ${i + 1}`}
          defaultValue={values[i] ?? ""}
          maxLength={max}
          placeholder={i === 0 ? placeholder : undefined}
          className={inputClass}
          aria-invalid={errors?.length ? true : undefined}
        />
      ))}
      {errors?.length ? (
        <p id={`${name}-error`} className="text-sm text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Step 1, the value creation challenge: their recent work, their challenges, how I could help, and the value proposition. */
export function ResearchForm({ mentorId, plan, stage }: { mentorId: string; plan: Plan; stage: MentorStage }) {
  const { errors, pending, submit } = useActionForm(saveResearchAction, { mentorId });
  // The inputs are uncontrolled: each row keeps its own key, so removing one never shows another's text.
  const nextKey = useRef(0);
  const row = (link = { url: "", note: "" }) => ({ ...link, key: nextKey.current++ });
  const [links, setLinks] = useState(() => (plan.links.length ? plan.links : [undefined]).map(row));
  const [saved, setSaved] = useState<string | null>(null);
  const complete = useRef(false);
  // A row added by "Add a link" takes focus once it is on the page.
  const focusKey = useRef<number | null>(null);
  const focusIfAdded = (key: number) => (input: HTMLInputElement | null) => {
    if (input && focusKey.current === key) {
      focusKey.current = null;
      input.focus();
    }
  };

  return (
    <form
      onSubmit={submitWith((formData) => {
        submit(formData, { complete: complete.current ? "1" : "0" });
        setSaved(complete.current ? "Marked researched." : "Saved.");
      })}
      className="space-y-5"
      noValidate
      aria-label="Research and value proposition"
    >
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Value first: before asking for anything, learn what they are working on and where you could be useful.{" "}
        {stage === "PROSPECT" ? "Marking it researched moves them to Researched." : null}
      </p>
      <FormError errors={errors} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Their recent work</legend>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          Talks, posts, projects: a link and one line on what struck you. Up to {MAX_RESEARCH_LINKS}.
        </p>
        {links.map((link, i) => (
          <div key={link.key} className="grid gap-2 sm:grid-cols-[1fr_1fr_auto]">
            <input
              ref={focusIfAdded(link.key)}
              name="linkUrl"
              type="url"
              aria-label={`Link ${i + 1}`}
              placeholder="https://…"
              defaultValue={link.url}
              maxLength={500}
              className={inputClass}
              aria-invalid={errors.links ? true : undefined}
            />
            <input
              name="linkNote"
              aria-label={`What struck you about link ${i + 1}`}
              placeholder="What struck you"
              defaultValue={link.note}
              maxLength={LIMITS.linkNote}
              className={inputClass}
            />
            <Button
              type="button"
              variant="ghost"
              aria-label={`Remove link ${i + 1}`}
              onClick={() => setLinks((l) => (l.length > 1 ? l.filter((x) => x.key !== link.key) : [row()]))}
            >
              Remove
            </Button>
          </div>
        ))}
        {errors.links ? <p className="text-sm text-red-700 dark:text-red-400">{errors.links.join(" ")}</p> : null}
        {links.length < MAX_RESEARCH_LINKS ? (
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              const added = row();
              focusKey.current = added.key;
              setLinks((l) => [...l, added]);
            }}
          >
            Add a link
          </Button>
        ) : null}
      </fieldset>
      <div className="grid gap-5 md:grid-cols-2">
        <ThreeInputs
          name="challenges"
          label="Three challenges they face"
          values={plan.challenges}
          max={LIMITS.challenge}
          errors={errors.challenges}
          placeholder="Hiring senior engineers"
        />
        <ThreeInputs
          name="waysToHelp"
          label="Three ways I could help"
          values={plan.waysToHelp}
          max={LIMITS.wayToHelp}
          errors={errors.waysToHelp}
          placeholder="Introduce them to…"
        />
      </div>
      <div className="grid gap-5 md:grid-cols-2">
        <TextareaField
          id="whatINeed"
          label="What I need from them"
          errors={errors.whatINeed}
          hint="The guidance you seek, in one or two sentences."
          name="whatINeed"
          defaultValue={plan.whatINeed}
          maxLength={LIMITS.whatINeed}
        />
        <TextareaField
          id="whatIOffer"
          label="What I offer them"
          errors={errors.whatIOffer}
          hint="What is in it for them: be concrete."
          name="whatIOffer"
          defaultValue={plan.whatIOffer}
          maxLength={LIMITS.whatIOffer}
        />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Button
          type="submit"
          variant="secondary"
          disabled={pending}
          onClick={() => {
            complete.current = false;
          }}
        >
          Save
        </Button>
        <Button
          type="submit"
          disabled={pending}
          onClick={() => {
            complete.current = true;
          }}
        >
          {plan.researchedOn ? "Save as researched" : "Mark researched"}
        </Button>
        <span role="status" className="text-sm text-zinc-600 dark:text-zinc-400">
          {pending ? "Saving…" : !errors._form && saved ? saved : ""}
        </span>
      </div>
    </form>
  );
}
