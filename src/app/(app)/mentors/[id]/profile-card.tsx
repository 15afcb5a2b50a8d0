"use client";

import { Button, SaveCancel } from "@/components/button";
import { Field, InputField, inputClass, TextareaField } from "@/components/field";
import { HoursSelect } from "@/components/hours-select";
import { Panel } from "@/components/panel";
import { submitWith } from "@/components/submit-with";
import { textLinkClass } from "@/components/text-link";
import { FormError, useEditForm } from "@/components/use-action-form";
import { safeWebUrl } from "@/domain/safe-url";
import { updateMentorProfileAction } from "@/server/mentors/mentors.actions";
import type { MentorPageData } from "@/server/mentors/mentors.detail.queries";

type Mentor = MentorPageData["mentor"];

const FIELDS: { key: keyof Mentor & string; label: string; type?: string; long?: boolean }[] = [
  { key: "name", label: "Name" },
  { key: "email", label: "Email", type: "email" },
  { key: "headline", label: "Role" },
  { key: "organisation", label: "Organisation" },
  { key: "linkedinUrl", label: "LinkedIn", type: "url" },
  { key: "websiteUrl", label: "Website", type: "url" },
  { key: "location", label: "Location" },
  { key: "timeZone", label: "Their time zone (e.g. Europe/Stockholm)" },
  { key: "howWeMet", label: "How we met", long: true },
];

/** The profile, edited in place. */
export function ProfileCard({ mentor, notes }: { mentor: Mentor; notes: React.ReactNode }) {
  const { editing, setEditing, errors, pending, save } = useEditForm(updateMentorProfileAction, mentor.id);

  if (editing) {
    return (
      <Panel aria-labelledby="profile">
        <h2 id="profile" className="mb-4 text-lg font-semibold">
          Edit profile
        </h2>
        <form onSubmit={submitWith(save)} className="space-y-4" noValidate>
          <FormError errors={errors} />
          <div className="grid gap-4 sm:grid-cols-2">
            {FIELDS.map((f) => (
              <Field key={f.key} id={`profile-${f.key}`} label={f.label} errors={errors[f.key]}>
                {(p) =>
                  f.long ? (
                    <textarea
                      {...p}
                      name={f.key}
                      defaultValue={(mentor[f.key] as string | null) ?? ""}
                      rows={2}
                      className={inputClass}
                    />
                  ) : (
                    <input
                      {...p}
                      name={f.key}
                      type={f.type ?? "text"}
                      defaultValue={(mentor[f.key] as string | null) ?? ""}
                      className={inputClass}
                    />
                  )
                }
              </Field>
            ))}
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <HoursSelect
              id="profile-work-start"
              name="workStartHour"
              label="Their working day starts"
              value={mentor.workStartHour}
              empty="09:00 (usual)"
              errors={errors.workStartHour}
            />
            <HoursSelect
              id="profile-work-end"
              name="workEndHour"
              label="Their working day ends"
              value={mentor.workEndHour}
              empty="18:00 (usual)"
              errors={errors.workEndHour}
            />
          </div>
          <InputField
            id="profile-tags"
            label="Tags"
            hint="Separated by commas."
            errors={errors.tags}
            name="tags"
            defaultValue={mentor.tags.join(", ")}
          />
          <TextareaField
            id="profile-notes"
            label="Notes"
            hint="Markdown: **bold**, *italic*, lists and links."
            errors={errors.notes}
            name="notes"
            defaultValue={mentor.notes}
            rows={6}
            className={`${inputClass} font-mono`}
          />
          <SaveCancel pending={pending} onCancel={() => setEditing(false)} label="Save profile" />
        </form>
      </Panel>
    );
  }

  const facts = FIELDS.filter((f) => f.key !== "name" && mentor[f.key]);
  return (
    <section aria-labelledby="profile" className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 id="profile" className="text-2xl font-semibold">
            {mentor.name}
          </h1>
          {mentor.headline || mentor.organisation ? (
            <p className="text-zinc-600 dark:text-zinc-400">
              {[mentor.headline, mentor.organisation].filter(Boolean).join(", ")}
            </p>
          ) : null}
          {mentor.tags.length ? (
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{mentor.tags.map((t) => `#${t}`).join(" ")}</p>
          ) : null}
        </div>
        <Button type="button" variant="secondary" onClick={() => setEditing(true)}>
          Edit profile
        </Button>
      </div>
      {facts.length ? (
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
          {facts.map((f) => {
            const value = mentor[f.key] as string;
            const href = f.type === "url" ? safeWebUrl(value) : null;
            return (
              <div key={f.key}>
                <dt className="text-zinc-600 dark:text-zinc-400">{f.label}</dt>
                <dd className="break-words">
                  {f.type === "email" ? (
                    <a className={textLinkClass} href={`mailto:${value}`}>
                      {value}
                    </a>
                  ) : href ? (
                    <a className={textLinkClass} href={href} rel="noopener noreferrer nofollow" target="_blank">
                      {value}
                    </a>
                  ) : (
                    value
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
      ) : null}
      <div>
        <h2 className="text-sm font-medium text-zinc-600 dark:text-zinc-400">Notes</h2>
        {notes ?? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            No notes yet. What matters to them? What did they ask you about?
          </p>
        )}
      </div>
    </section>
  );
}
