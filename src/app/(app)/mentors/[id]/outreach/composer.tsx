"use client";

import { useMemo, useRef, useState } from "react";
import { Button, buttonClass } from "@/components/button";
import { InputField, TextareaField } from "@/components/field";
import { useFormatDay } from "@/components/locale";
import { submitWith } from "@/components/submit-with";
import { FormError, useActionForm } from "@/components/use-action-form";
import { useAutosave } from "@/components/use-autosave";
import { addDaysToDay } from "@/domain/calendar";
import {
  assembleMessage,
  insertAt,
  LIMITS,
  MAX_FOLLOW_UP_DAYS,
  MESSAGE_PARTS,
  type MessageParts,
  mailtoHref,
  messagePrompts,
  messageWarnings,
  promptText,
  wordCount,
} from "@/domain/outreach";
import { markSentAction, saveMessageAction } from "@/server/outreach/outreach.actions";
import type { OutreachPage } from "@/server/outreach/outreach.queries";
import { useCopy } from "./use-copy";

type Plan = OutreachPage["plan"];
type Mentor = OutreachPage["mentor"];

const oneLine = (text: string) => text.replace(/[\r\n]+/g, " ");

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
  const formatDayLong = useFormatDay();
  const [parts, setParts] = useState<MessageParts>({
    compliment: plan.compliment,
    ask: plan.ask,
    offer: plan.offer,
    easyOut: plan.easyOut,
  });
  const [subject, setSubject] = useState(plan.subject || `A question from a fan of your work`);
  const [followUpDays, setFollowUpDays] = useState(String(plan.followUpDays));
  const clipboard = useCopy();
  const preview = useRef<HTMLPreElement>(null);
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

  /** A research prompt's text into its part, at the caret (or over the selection); the caret goes after it. */
  function insertPrompt(key: keyof MessageParts, prompt: string) {
    const field = document.getElementById(`part-${key}`) as HTMLTextAreaElement | null;
    const value = parts[key];
    const start = field?.selectionStart ?? value.length;
    const next = insertAt(value, start, field?.selectionEnd ?? start, promptText(prompt), LIMITS[key]);
    setParts((v) => ({ ...v, [key]: next.value }));
    requestAnimationFrame(() => {
      field?.focus();
      field?.setSelectionRange(next.caret, next.caret);
    });
  }

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
        <InputField
          id="subject"
          label="Subject"
          errors={errors.subject}
          name="subject"
          value={subject}
          onChange={(e) => setSubject(e.target.value)}
          maxLength={LIMITS.subject}
        />
        {MESSAGE_PARTS.map((part) => (
          <TextareaField
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
                      <button
                        type="button"
                        key={prompt}
                        disabled={sent}
                        onClick={() => insertPrompt(part.key, prompt)}
                        aria-label={`Insert “${promptText(prompt)}”`}
                        className="mr-1 mb-1 inline-block min-h-11 rounded bg-zinc-100 px-1.5 py-0.5 text-left md:min-h-0 hover:bg-zinc-200 disabled:cursor-not-allowed dark:bg-zinc-800 dark:hover:bg-zinc-700"
                      >
                        + {prompt}
                      </button>
                    ))}
                  </span>
                ) : null}
              </>
            }
            name={part.key}
            value={parts[part.key]}
            onChange={(e) => setParts((v) => ({ ...v, [part.key]: e.target.value }))}
            maxLength={LIMITS[part.key]}
            disabled={sent}
          />
        ))}
        <div className="grid gap-4 sm:grid-cols-2">
          <InputField
            id="followUpDays"
            label="Follow up after (days)"
            errors={errors.followUpDays}
            hint={`A reminder on ${formatDayLong(addDaysToDay(today, Number(followUpDays) || 7))} if they have not replied.`}
            name="followUpDays"
            type="number"
            min={1}
            max={MAX_FOLLOW_UP_DAYS}
            value={followUpDays}
            onChange={(e) => setFollowUpDays(e.target.value)}
          />
          <InputField
            id="sentOn"
            label="Sent on"
            errors={errors.sentOn}
            name="sentOn"
            type="date"
            defaultValue={today}
            max={today}
          />
        </div>
      </div>
      <div className="space-y-3">
        <h3 className="text-sm font-semibold">Preview</h3>
        <div className="rounded-md border border-zinc-200 bg-zinc-50 p-4 text-sm dark:border-zinc-700 dark:bg-zinc-950">
          <p className="mb-2 text-xs text-zinc-600 dark:text-zinc-400">
            To: {mentor.email ?? "(no email address on file)"} · Subject: {oneLine(subject)}
          </p>
          <pre ref={preview} className="whitespace-pre-wrap font-sans" data-testid="message-preview">
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
              if (await clipboard.copy(`Subject: ${oneLine(subject)}\n\n${message}`)) return;
              // Copying by hand is one keystroke away: the message is selected.
              if (preview.current) window.getSelection()?.selectAllChildren(preview.current);
            }}
          >
            {clipboard.state === "copied" ? "Copied" : "Copy message"}
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
        <p role="status" className="text-sm text-amber-900 dark:text-amber-200">
          {clipboard.state === "failed"
            ? "This browser would not copy here (it copies only on https and on localhost). The message is selected: press Ctrl+C (⌘C on a Mac) to copy it."
            : ""}
        </p>
      </div>
    </form>
  );
}
