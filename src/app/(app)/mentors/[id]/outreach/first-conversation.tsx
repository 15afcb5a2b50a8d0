"use client";

import { useState } from "react";
import { Button, buttonClass } from "@/components/button";
import { Field, InputField, inputClass, TextareaField } from "@/components/field";
import { Options } from "@/components/options";
import { submitWith } from "@/components/submit-with";
import { FormError, useActionForm } from "@/components/use-action-form";
import { CHANNELS } from "@/domain/channels";
import {
  HELP_QUESTION,
  LIMITS,
  mailtoHref,
  prepQuestions,
  RHYTHMS,
  suggestedQuestions,
  thankYouDraft,
} from "@/domain/outreach";
import { finishFirstConversationAction, savePrepAction } from "@/server/outreach/outreach.actions";
import type { OutreachPage } from "@/server/outreach/outreach.queries";

type Plan = OutreachPage["plan"];
type Mentor = OutreachPage["mentor"];

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
          <TextareaField
            id="prepQuestions"
            label="My questions (one per line)"
            errors={prep.errors.prepQuestions}
            hint={`Ideas: ${suggestions.join(" · ")}`}
            name="prepQuestions"
            defaultValue={own.join("\n")}
          />
          <TextareaField
            id="conversationNotes"
            label="Notes during the conversation"
            errors={prep.errors.conversationNotes ?? finish.errors.conversationNotes}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
            maxLength={LIMITS.conversationNotes}
            className={`${inputClass} min-h-32`}
          />
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
              <InputField
                id="occurredOn"
                label="When"
                errors={finish.errors.occurredOn}
                name="occurredOn"
                type="date"
                defaultValue={today}
                max={today}
              />
              <Field id="channel" label="How" errors={finish.errors.channel}>
                {(p) => (
                  <select {...p} name="channel" defaultValue="VIDEO" className={inputClass}>
                    <Options items={CHANNELS} />
                  </select>
                )}
              </Field>
            </div>
            <TextareaField
              id="takeaways"
              label="Specific takeaways (one per line)"
              errors={finish.errors.takeaways}
              name="takeaways"
              value={takeaways}
              onChange={(e) => setTakeaways(e.target.value)}
              maxLength={LIMITS.takeaways}
            />
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
            <TextareaField
              id="thankYouNote"
              label="Thank-you note"
              errors={finish.errors.thankYouNote}
              name="thankYouNote"
              value={thankYou}
              onChange={(e) => setThankYou(e.target.value)}
              maxLength={LIMITS.thankYouNote}
              className={`${inputClass} min-h-40`}
            />
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
