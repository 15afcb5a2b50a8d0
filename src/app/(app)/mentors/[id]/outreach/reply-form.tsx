"use client";

import { useState } from "react";
import { Button } from "@/components/button";
import { InputField } from "@/components/field";
import { useFormatDay } from "@/components/locale";
import { submitWith } from "@/components/submit-with";
import { FormError, useActionForm } from "@/components/use-action-form";
import { addDaysToDay } from "@/domain/calendar";
import { recordReplyAction } from "@/server/outreach/outreach.actions";
import type { OutreachPage } from "@/server/outreach/outreach.queries";

type Plan = OutreachPage["plan"];
type Mentor = OutreachPage["mentor"];

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
  const formatDayLong = useFormatDay();
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
        <InputField
          id="revisitAfterOn"
          label="Revisit after (optional)"
          errors={errors.revisitAfterOn}
          hint="A no is often about timing: they come back as a reminder on this date."
          name="revisitAfterOn"
          type="date"
          min={addDaysToDay(today, 1)}
        />
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Record reply"}
      </Button>
    </form>
  );
}
