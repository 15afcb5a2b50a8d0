"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/button";
import { InputField, TextareaField } from "@/components/field";
import { HoursSelect } from "@/components/hours-select";
import { submitWith } from "@/components/submit-with";
import { useToast } from "@/components/toast";
import { FormError, useActionForm } from "@/components/use-action-form";
import { deleteMenteeAction, updateMenteeAction } from "@/server/mentees/mentees.actions";
import { MenteeFields } from "../mentee-fields";

type Mentee = {
  id: string;
  name: string;
  email: string | null;
  headline: string | null;
  organisation: string | null;
  timeZone: string | null;
  workStartHour: number | null;
  workEndHour: number | null;
  goals: string;
  notes: string;
  cadenceDays: number | null;
  nextSessionOn: string | null;
};

/** Everything about the mentee that the user edits, in one form; and deleting them. */
export function MenteeDetails({ mentee }: { mentee: Mentee }) {
  const form = useActionForm(updateMenteeAction, { id: mentee.id });
  const router = useRouter();
  const toast = useToast();
  const [deleting, startDelete] = useTransition();
  const remove = () => {
    if (!window.confirm(`Delete ${mentee.name}, with their sessions, what they taught you and their wins?`)) return;
    startDelete(async () => {
      const result = await deleteMenteeAction({ id: mentee.id });
      if (!result.ok) return toast({ message: result.error });
      toast({ message: `${mentee.name} deleted.` });
      router.push("/mentees");
    });
  };
  return (
    <form
      onSubmit={submitWith((fd) => form.submit(fd))}
      noValidate
      className="space-y-4"
      aria-label={`Details of ${mentee.name}`}
    >
      <FormError errors={form.errors} />
      <MenteeFields prefix="mentee-" errors={form.errors} value={mentee} />
      <InputField
        id="mentee-nextSessionOn"
        label="Next session"
        hint="Moves with each session logged; set a date to override."
        errors={form.errors.nextSessionOn}
        name="nextSessionOn"
        type="date"
        defaultValue={mentee.nextSessionOn ?? ""}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <InputField
          id="mentee-timeZone"
          label="Their time zone"
          hint="Such as Asia/Singapore"
          errors={form.errors.timeZone}
          name="timeZone"
          maxLength={64}
          defaultValue={mentee.timeZone ?? ""}
        />
        <HoursSelect
          id="mentee-workStartHour"
          name="workStartHour"
          label="Their day starts"
          empty="Usually (09:00)"
          value={mentee.workStartHour}
          errors={form.errors.workStartHour}
        />
        <HoursSelect
          id="mentee-workEndHour"
          name="workEndHour"
          label="Their day ends"
          empty="Usually (18:00)"
          value={mentee.workEndHour}
          errors={form.errors.workEndHour}
        />
      </div>
      <TextareaField
        id="mentee-notes"
        label="Notes"
        errors={form.errors.notes}
        name="notes"
        maxLength={20000}
        rows={4}
        defaultValue={mentee.notes}
      />
      <div className="flex flex-wrap justify-between gap-3">
        <Button type="submit" disabled={form.pending}>
          {form.pending ? "Saving…" : "Save"}
        </Button>
        <Button type="button" variant="ghost" disabled={deleting} onClick={remove}>
          Delete {mentee.name}
        </Button>
      </div>
    </form>
  );
}
