"use client";

import { Button } from "@/components/button";
import { CreateForm } from "@/components/create-form";
import { Field, InputField, inputClass, TextareaField } from "@/components/field";
import { Panel } from "@/components/panel";
import { textLinkClass } from "@/components/text-link";
import { useDeleteWithUndo } from "@/components/use-delete-with-undo";
import { createResourceAction, deleteResourceAction } from "@/server/resources/resources.actions";
import type { ResourceRow } from "@/server/resources/resources.queries";

const KINDS = [
  { value: "VIDEO", label: "Video" },
  { value: "VOICE_NOTE", label: "Voice note" },
  { value: "DOCUMENT", label: "Document" },
  { value: "OTHER", label: "Other" },
];
const kindLabel = (kind: string) => KINDS.find((k) => k.value === kind)?.label ?? kind;

export function NewResourceForm() {
  return (
    <CreateForm action={createResourceAction} title="Add an answer" submit="Add to the shelf">
      {(errors) => (
        <>
          <div className="grid gap-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
            <InputField
              id="res-title"
              label="Title"
              errors={errors.title}
              name="title"
              maxLength={200}
              placeholder="How I prepare for a 1:1"
            />
            <Field id="res-kind" label="What it is" errors={errors.kind}>
              {(p) => (
                <select {...p} name="kind" defaultValue="VIDEO" className={inputClass}>
                  {KINDS.map((k) => (
                    <option key={k.value} value={k.value}>
                      {k.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <InputField
            id="res-url"
            label="Link"
            errors={errors.url}
            name="url"
            type="url"
            maxLength={2000}
            placeholder="https://"
          />
          <TextareaField
            id="res-questions"
            label="The questions it answers (one per line)"
            errors={errors.questions}
            name="questions"
            rows={3}
            maxLength={2000}
          />
        </>
      )}
    </CreateForm>
  );
}

function ResourceItem({ r }: { r: ResourceRow }) {
  const deletion = useDeleteWithUndo(() => deleteResourceAction({ id: r.id }), createResourceAction, "Answer deleted.");
  return (
    <Panel as="li" padding="snug" className="space-y-1 text-sm" aria-label={r.title}>
      <div className="flex items-start justify-between gap-3">
        <p>
          <a href={r.url} target="_blank" rel="noopener noreferrer nofollow" className={textLinkClass}>
            {r.title}
          </a>{" "}
          <span className="text-xs text-zinc-600 dark:text-zinc-400">{kindLabel(r.kind)}</span>
        </p>
        <Button
          type="button"
          variant="ghost"
          disabled={deletion.pending}
          aria-label={`Delete ${r.title}`}
          onClick={deletion.run}
        >
          Delete
        </Button>
      </div>
      {r.questions ? <p className="whitespace-pre-line text-zinc-700 dark:text-zinc-300">{r.questions}</p> : null}
    </Panel>
  );
}

export function ResourceList({ resources }: { resources: ResourceRow[] }) {
  return resources.length ? (
    <ul className="space-y-3">
      {resources.map((r) => (
        <ResourceItem key={r.id} r={r} />
      ))}
    </ul>
  ) : (
    <p className="text-sm text-zinc-600 dark:text-zinc-400">
      The shelf is empty. Record a short video or voice note for a question people keep asking, and send it with a
      sentence of your own instead of writing the answer again.
    </p>
  );
}
