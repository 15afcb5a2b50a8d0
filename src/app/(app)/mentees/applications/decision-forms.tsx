"use client";

import { useState } from "react";
import { Button } from "@/components/button";
import { TextareaField } from "@/components/field";
import { submitWith } from "@/components/submit-with";
import { FormError, useActionForm } from "@/components/use-action-form";
import {
  acceptApplicationAction,
  declineApplicationAction,
  waitlistApplicationAction,
} from "@/server/applications/applications.actions";

/** Accept, waitlist, or decline with a kind reply drafted for editing. */
export function DecisionForms({
  id,
  name,
  draft,
  waitlisted,
}: {
  id: string;
  name: string;
  draft: string;
  waitlisted: boolean;
}) {
  const accept = useActionForm(acceptApplicationAction, { id });
  const waitlist = useActionForm(waitlistApplicationAction, { id });
  const decline = useActionForm(declineApplicationAction, { id });
  const [declining, setDeclining] = useState(false);
  const errors = { ...accept.errors, ...waitlist.errors };
  return (
    <div className="space-y-3">
      <FormError errors={errors} />
      <div className="flex flex-wrap gap-2">
        <form onSubmit={submitWith((fd) => accept.submit(fd))}>
          <Button type="submit" disabled={accept.pending} aria-label={`Accept ${name}`}>
            Accept
          </Button>
        </form>
        {waitlisted ? null : (
          <form onSubmit={submitWith((fd) => waitlist.submit(fd))}>
            <Button type="submit" variant="secondary" disabled={waitlist.pending} aria-label={`Waitlist ${name}`}>
              Waitlist
            </Button>
          </form>
        )}
        <Button
          type="button"
          variant="secondary"
          aria-expanded={declining}
          aria-label={`Decline ${name}`}
          onClick={() => setDeclining((d) => !d)}
        >
          Decline…
        </Button>
      </div>
      {declining ? (
        <form
          onSubmit={submitWith((fd) => decline.submit(fd))}
          noValidate
          className="space-y-3"
          aria-label={`Decline ${name}`}
        >
          <FormError errors={decline.errors} />
          <TextareaField
            id={`reply-${id}`}
            label="Your reply"
            hint="Drafted for you: make it yours. It goes by email as plain text."
            errors={decline.errors.reply}
            name="reply"
            rows={9}
            maxLength={5000}
            defaultValue={draft}
          />
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="send" defaultChecked /> Send this reply
          </label>
          <Button type="submit" disabled={decline.pending}>
            {decline.pending ? "Declining…" : "Decline"}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
