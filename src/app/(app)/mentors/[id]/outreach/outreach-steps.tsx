"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { Button, buttonClass } from "@/components/button";
import { Field, inputClass } from "@/components/field";
import { Options } from "@/components/options";
import { submitWith } from "@/components/submit-with";
import { FormError, useActionForm } from "@/components/use-action-form";
import { useAutosave } from "@/components/use-autosave";
import { addDaysToDay, formatDayLong } from "@/domain/calendar";
import { CHANNELS } from "@/domain/channels";
import {
  assembleMessage,
  HELP_QUESTION,
  LIMITS,
  MAX_FOLLOW_UP_DAYS,
  MAX_RESEARCH_LINKS,
  MESSAGE_PARTS,
  type MessageParts,
  mailtoHref,
  messagePrompts,
  messageWarnings,
  prepQuestions,
  RHYTHMS,
  suggestedQuestions,
  THREE,
  thankYouDraft,
  wordCount,
} from "@/domain/outreach";
import type { MentorStage } from "@/generated/prisma/enums";
import {
  finishFirstConversationAction,
  markSentAction,
  recordReplyAction,
  saveMessageAction,
  savePrepAction,
  saveResearchAction,
} from "@/server/outreach/outreach.actions";
import type { OutreachPage } from "@/server/outreach/outreach.queries";

type Plan = OutreachPage["plan"];
type Mentor = OutreachPage["mentor"];

const textareaClass = `${inputClass} min-h-20`;

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
  const [links, setLinks] = useState(plan.links.length ? plan.links : [{ url: "", note: "" }]);
  const [saved, setSaved] = useState<string | null>(null);
  const complete = useRef(false);
  const lastLink = useRef<HTMLInputElement>(null);
  const added = useRef(false);
  useEffect(() => {
    if (added.current) lastLink.current?.focus();
    added.current = false;
  }, [links.length]);

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
          <div key={i} className="grid gap-2 sm:grid-cols-[1fr_1fr_auto]">
            <input
              ref={i === links.length - 1 ? lastLink : undefined}
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
              onClick={() => setLinks((l) => (l.length > 1 ? l.filter((_, j) => j !== i) : [{ url: "", note: "" }]))}
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
              added.current = true;
              setLinks((l) => [...l, { url: "", note: "" }]);
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
        <Field
          id="whatINeed"
          label="What I need from them"
          errors={errors.whatINeed}
          hint="The guidance you seek, in one or two sentences."
        >
          {(p) => (
            <textarea
              {...p}
              name="whatINeed"
              defaultValue={plan.whatINeed}
              maxLength={LIMITS.whatINeed}
              className={textareaClass}
            />
          )}
        </Field>
        <Field
          id="whatIOffer"
          label="What I offer them"
          errors={errors.whatIOffer}
          hint="What is in it for them: be concrete."
        >
          {(p) => (
            <textarea
              {...p}
              name="whatIOffer"
              defaultValue={plan.whatIOffer}
              maxLength={LIMITS.whatIOffer}
              className={textareaClass}
            />
          )}
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="secondary" disabled={pending} onClick={() => (complete.current = false)}>
          Save
        </Button>
        <Button type="submit" disabled={pending} onClick={() => (complete.current = true)}>
          {plan.researchedOn ? "Save as researched" : "Mark researched"}
        </Button>
        <span role="status" className="text-sm text-zinc-600 dark:text-zinc-400">
          {pending ? "Saving…" : !errors._form && saved ? saved : ""}
        </span>
      </div>
    </form>
  );
}

/** Step 2, the four-part message with a live preview, copy, mailto and "mark as sent". */
export function Composer({
  mentor,
  plan,
  senderName,
  today,
}: {
  mentor: Mentor;
  plan: Plan;
  senderName: string | null;
  today: string;
}) {
  const [parts, setParts] = useState<MessageParts>({
    compliment: plan.compliment,
    ask: plan.ask,
    offer: plan.offer,
    easyOut: plan.easyOut,
  });
  const [subject, setSubject] = useState(plan.subject || `A question from a fan of your work`);
  const [followUpDays, setFollowUpDays] = useState(String(plan.followUpDays));
  const [copied, setCopied] = useState(false);
  const sendForm = useActionForm(markSentAction, { mentorId: mentor.id });
  const prompts = messagePrompts(plan);
  const message = assembleMessage(parts, mentor, { name: senderName });
  const words = wordCount([parts.compliment, parts.ask, parts.offer, parts.easyOut].join(" "));
  const warnings = messageWarnings(parts);
  const sent = mentor.stage !== "PROSPECT" && mentor.stage !== "RESEARCHED";

  // Drafts are kept as you type (half a second after the last key).
  const messageDraft = useMemo(
    () => ({ mentorId: mentor.id, subject, ...parts, followUpDays }),
    [mentor.id, subject, parts, followUpDays],
  );
  const draftState = useAutosave(messageDraft, saveMessageAction, { disabled: sent }).state;

  const errors = sendForm.errors;
  return (
    <form
      onSubmit={submitWith((formData) => sendForm.submit(formData))}
      className="grid gap-6 lg:grid-cols-2"
      noValidate
      aria-label="Outreach message"
    >
      <div className="space-y-4">
        <FormError errors={errors} />
        <Field id="subject" label="Subject" errors={errors.subject}>
          {(p) => (
            <input
              {...p}
              name="subject"
              value={subject}
              onChange={(e) => setSubject(e.target.value)}
              maxLength={LIMITS.subject}
              className={inputClass}
            />
          )}
        </Field>
        {MESSAGE_PARTS.map((part) => (
          <Field
            key={part.key}
            id={`part-${part.key}`}
            label={part.label}
            errors={errors[part.key]}
            hint={
              <>
                {part.hint}
                {prompts[part.key].length ? (
                  <span className="mt-1 block">
                    From your research:{" "}
                    {prompts[part.key].slice(0, 3).map((prompt) => (
                      <span
                        key={prompt}
                        className="mr-1 inline-block rounded bg-zinc-100 px-1.5 py-0.5 dark:bg-zinc-800"
                      >
                        {prompt}
                      </span>
                    ))}
                  </span>
                ) : null}
              </>
            }
          >
            {(p) => (
              <textarea
                {...p}
                name={part.key}
                value={parts[part.key]}
                onChange={(e) => setParts((v) => ({ ...v, [part.key]: e.target.value }))}
                maxLength={LIMITS[part.key]}
                className={textareaClass}
                disabled={sent}
              />
            )}
          </Field>
        ))}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id="followUpDays"
            label="Follow up after (days)"
            errors={errors.followUpDays}
            hint={`A reminder on ${formatDayLong(addDaysToDay(today, Number(followUpDays) || 7))} if they have not replied.`}
          >
            {(p) => (
              <input
                {...p}
                name="followUpDays"
                type="number"
                min={1}
                max={MAX_FOLLOW_UP_DAYS}
                value={followUpDays}
                onChange={(e) => setFollowUpDays(e.target.value)}
                className={inputClass}
              />
            )}
          </Field>
          <Field id="sentOn" label="Sent on" errors={errors.sentOn}>
            {(p) => <input {...p} name="sentOn" type="date" defaultValue={today} max={today} className={inputClass} />}
          </Field>
        </div>
      </div>
      <div className="space-y-3">
        <h3 className="text-sm font-semibold">Preview</h3>
        <div className="rounded-md border border-zinc-200 bg-zinc-50 p-4 text-sm dark:border-zinc-700 dark:bg-zinc-950">
          <p className="mb-2 text-xs text-zinc-600 dark:text-zinc-400">
            To: {mentor.email ?? "(no email address on file)"} · Subject: {subject.replace(/[\r\n]+/g, " ")}
          </p>
          <pre className="whitespace-pre-wrap font-sans" data-testid="message-preview">
            {message}
          </pre>
        </div>
        <p className="text-sm" data-testid="word-count" aria-live="polite">
          {words} {words === 1 ? "word" : "words"}
          {draftState === "saving"
            ? " · saving draft…"
            : draftState === "saved"
              ? " · draft saved"
              : draftState === "failed"
                ? " · draft not saved yet"
                : ""}
        </p>
        {warnings.length ? (
          <ul
            className="space-y-1 rounded-md bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200"
            data-testid="message-warnings"
          >
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <Button
            type="button"
            variant="secondary"
            onClick={async () => {
              await navigator.clipboard?.writeText(message).catch(() => {});
              setCopied(true);
              setTimeout(() => setCopied(false), 3000);
            }}
          >
            {copied ? "Copied" : "Copy message"}
          </Button>
          <a className={buttonClass("secondary")} href={mailtoHref(mentor.email, subject, message)}>
            Open in email
          </a>
          {sent ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">Sent: record their reply below.</p>
          ) : (
            <Button type="submit" disabled={sendForm.pending}>
              {sendForm.pending ? "Saving…" : "Mark as sent"}
            </Button>
          )}
        </div>
      </div>
    </form>
  );
}

/** Step 3: yes, no (perhaps revisit later) or no answer. */
export function ReplyForm({
  mentor,
  plan,
  followUp,
  today,
}: {
  mentor: Mentor;
  plan: Plan;
  followUp: OutreachPage["followUp"];
  today: string;
}) {
  const { errors, pending, submit } = useActionForm(recordReplyAction, { mentorId: mentor.id });
  const [reply, setReply] = useState<string>("YES");
  if (mentor.stage !== "CONTACTED") {
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {plan.reply === "YES"
          ? `${mentor.name} said yes.`
          : plan.reply === "NO"
            ? `${mentor.name} said no for now.`
            : "Once your message is sent, record the reply here."}
      </p>
    );
  }
  return (
    <form onSubmit={submitWith((fd) => submit(fd))} className="space-y-4" noValidate aria-label="Their reply">
      {followUp ? (
        <p className="text-sm">
          {followUp.title}: <strong>{formatDayLong(followUp.dueOn)}</strong>.
        </p>
      ) : null}
      <FormError errors={errors} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">What did {mentor.name} say?</legend>
        {[
          ["YES", "Yes: let's talk"],
          ["NO", "No, or not now"],
          ["NO_ANSWER", "No answer yet: remind me to nudge once more"],
        ].map(([value, label]) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="reply"
              value={value}
              checked={reply === value}
              onChange={() => setReply(value!)}
            />{" "}
            {label}
          </label>
        ))}
      </fieldset>
      {reply === "NO" ? (
        <Field
          id="revisitAfterOn"
          label="Revisit after (optional)"
          errors={errors.revisitAfterOn}
          hint="A no is often about timing: they come back as a reminder on this date."
        >
          {(p) => (
            <input {...p} name="revisitAfterOn" type="date" min={addDaysToDay(today, 1)} className={inputClass} />
          )}
        </Field>
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Record reply"}
      </Button>
    </form>
  );
}

/** Step 4: the prep sheet, notes during, and afterwards the thank-you and the rhythm. */
export function FirstConversation({
  mentor,
  plan,
  gapAreas,
  senderName,
  today,
}: {
  mentor: Mentor;
  plan: Plan;
  gapAreas: OutreachPage["gapAreas"];
  senderName: string | null;
  today: string;
}) {
  const prep = useActionForm(savePrepAction, { mentorId: mentor.id });
  const finish = useActionForm(finishFirstConversationAction, { mentorId: mentor.id });
  const [notes, setNotes] = useState(plan.conversationNotes);
  const [takeaways, setTakeaways] = useState("");
  const [cadence, setCadence] = useState("30");
  const [thankYou, setThankYou] = useState(plan.thankYouNote);
  const [prepSaved, setPrepSaved] = useState(false);
  const own = plan.prepQuestions.filter((q) => prepQuestions([q]).length > 1);
  const suggestions = suggestedQuestions(
    gapAreas.map((g) => g.name),
    plan,
  );
  const offers = [plan.whatIOffer, ...gapAreas.map((g) => g.valueIOffer)].map((o) => o.trim()).filter(Boolean);
  const active = mentor.stage === "IN_CONVERSATION";

  return (
    <div className="space-y-6">
      <section aria-labelledby="prep-sheet" className="space-y-3">
        <h3 id="prep-sheet" className="font-semibold">
          Prep sheet
        </h3>
        <dl className="grid gap-3 text-sm sm:grid-cols-2">
          <div>
            <dt className="font-medium">The gap area it serves</dt>
            <dd>
              {gapAreas.length
                ? gapAreas.map((g) => g.name).join(", ")
                : "None linked yet: link one on the mentor page."}
            </dd>
          </div>
          <div>
            <dt className="font-medium">What I can offer</dt>
            <dd>{offers.length ? offers.join(" · ") : "Fill in the value proposition in step 1."}</dd>
          </div>
        </dl>
        <form
          onSubmit={submitWith((fd) => {
            fd.set("conversationNotes", notes);
            prep.submit(fd);
            setPrepSaved(true);
          })}
          className="space-y-3"
          noValidate
          aria-label="Prep sheet"
        >
          <FormError errors={prep.errors} />
          <p className="text-sm">
            <span className="font-medium">Always ask:</span> {HELP_QUESTION}
          </p>
          <Field
            id="prepQuestions"
            label="My questions (one per line)"
            errors={prep.errors.prepQuestions}
            hint={`Ideas: ${suggestions.join(" · ")}`}
          >
            {(p) => <textarea {...p} name="prepQuestions" defaultValue={own.join("\n")} className={textareaClass} />}
          </Field>
          <Field
            id="conversationNotes"
            label="Notes during the conversation"
            errors={prep.errors.conversationNotes ?? finish.errors.conversationNotes}
          >
            {(p) => (
              <textarea
                {...p}
                value={notes}
                onChange={(e) => setNotes(e.target.value)}
                maxLength={LIMITS.conversationNotes}
                className={`${inputClass} min-h-32`}
              />
            )}
          </Field>
          <div className="flex items-center gap-2">
            <Button type="submit" variant="secondary" disabled={prep.pending}>
              Save prep and notes
            </Button>
            <span role="status" className="text-sm text-zinc-600 dark:text-zinc-400">
              {prep.pending ? "Saving…" : prepSaved && !prep.errors._form ? "Saved." : ""}
            </span>
          </div>
        </form>
      </section>

      <section aria-labelledby="after-conversation" className="space-y-3">
        <h3 id="after-conversation" className="font-semibold">
          Afterwards
        </h3>
        {!active ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {mentor.stage === "ACTIVE" || mentor.stage === "PAUSED"
              ? `Done: ${mentor.name} is ${mentor.stage === "ACTIVE" ? "active" : "paused"}${mentor.cadenceDays ? ` with a check-in every ${mentor.cadenceDays} days` : ""}.`
              : "When they say yes, log the conversation here: it becomes the first check-in and the rhythm you propose becomes the cadence."}
          </p>
        ) : (
          <form
            onSubmit={submitWith((fd) => {
              fd.set("conversationNotes", notes);
              finish.submit(fd);
            })}
            className="space-y-4"
            noValidate
            aria-label="After the first conversation"
          >
            <FormError errors={finish.errors} />
            <div className="grid gap-4 sm:grid-cols-2">
              <Field id="occurredOn" label="When" errors={finish.errors.occurredOn}>
                {(p) => (
                  <input {...p} name="occurredOn" type="date" defaultValue={today} max={today} className={inputClass} />
                )}
              </Field>
              <Field id="channel" label="How" errors={finish.errors.channel}>
                {(p) => (
                  <select {...p} name="channel" defaultValue="VIDEO" className={inputClass}>
                    <Options items={CHANNELS} />
                  </select>
                )}
              </Field>
            </div>
            <Field id="takeaways" label="Specific takeaways (one per line)" errors={finish.errors.takeaways}>
              {(p) => (
                <textarea
                  {...p}
                  name="takeaways"
                  value={takeaways}
                  onChange={(e) => setTakeaways(e.target.value)}
                  maxLength={LIMITS.takeaways}
                  className={textareaClass}
                />
              )}
            </Field>
            <Field
              id="cadenceDays"
              label="Proposed follow-up rhythm"
              errors={finish.errors.cadenceDays}
              hint="It becomes the check-in cadence."
            >
              {(p) => (
                <select
                  {...p}
                  name="cadenceDays"
                  value={cadence}
                  onChange={(e) => setCadence(e.target.value)}
                  className={inputClass}
                >
                  {RHYTHMS.map((r) => (
                    <option key={r.days} value={r.days}>
                      {r.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id="thankYouNote" label="Thank-you note" errors={finish.errors.thankYouNote}>
              {(p) => (
                <textarea
                  {...p}
                  name="thankYouNote"
                  value={thankYou}
                  onChange={(e) => setThankYou(e.target.value)}
                  maxLength={LIMITS.thankYouNote}
                  className={`${inputClass} min-h-40`}
                />
              )}
            </Field>
            <div className="flex flex-wrap gap-2">
              <Button
                type="button"
                variant="secondary"
                onClick={() => setThankYou(thankYouDraft(mentor, takeaways, Number(cadence), { name: senderName }))}
              >
                Draft from my takeaways
              </Button>
              <a className={buttonClass("secondary")} href={mailtoHref(mentor.email, "Thank you", thankYou)}>
                Open in email
              </a>
              <Button type="submit" disabled={finish.pending}>
                {finish.pending ? "Saving…" : "Log it and make active"}
              </Button>
            </div>
          </form>
        )}
      </section>
    </div>
  );
}
