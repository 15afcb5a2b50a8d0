"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button, SaveCancel } from "@/components/button";
import { CreateForm } from "@/components/create-form";
import { InputField, TextareaField } from "@/components/field";
import Link from "@/components/link";
import { useFormatDay } from "@/components/locale";
import { MentorChecklist } from "@/components/mentor-pickers";
import { Panel } from "@/components/panel";
import { submitWith } from "@/components/submit-with";
import { useToast } from "@/components/toast";
import { FormError, useActionForm } from "@/components/use-action-form";
import { useDeleteWithUndo } from "@/components/use-delete-with-undo";
import type { MentorCategory } from "@/generated/prisma/enums";
import type { ActionResult } from "@/server/action";
import {
  createWinAction,
  deleteWinAction,
  restoreWinAction,
  shareWinPubliclyAction,
  shareWinWithMentorAction,
  updateWinAction,
} from "@/server/wins/wins.actions";
import type { WinRow } from "@/server/wins/wins.queries";

type Option = { id: string; name: string; category: MentorCategory };

function WinFields({
  options,
  errors,
  today,
  value,
}: {
  options: Option[];
  errors: Record<string, string[]>;
  today: string;
  value?: WinRow;
}) {
  const p = value ? `win-${value.id}-` : "new-win-";
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <div className="space-y-4">
        <InputField
          id={`${p}title`}
          label="What went well"
          errors={errors.title}
          name="title"
          defaultValue={value?.title}
          maxLength={200}
          placeholder="Promoted to staff engineer"
        />
        <TextareaField
          id={`${p}description`}
          label="The story (optional)"
          errors={errors.description}
          name="description"
          defaultValue={value?.description}
          maxLength={5000}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <InputField
            id={`${p}on`}
            label="When"
            errors={errors.occurredOn}
            type="date"
            name="occurredOn"
            defaultValue={value?.occurredOn ?? today}
            max={today}
          />
          <InputField
            id={`${p}public`}
            label="Shared publicly on (optional)"
            errors={errors.sharedPubliclyOn}
            type="date"
            name="sharedPubliclyOn"
            defaultValue={value?.sharedPubliclyOn ?? ""}
            max={today}
          />
        </div>
      </div>
      <MentorChecklist
        name="mentorIds"
        legend="Whose advice helped"
        options={options}
        defaultValue={value?.credits.map((c) => c.mentorId)}
        errors={errors.mentorIds}
        hint="They will show on each person's page, and until you tell them, in your digest."
      />
    </div>
  );
}

export function WinForm({ options, today }: { options: Option[]; today: string }) {
  return (
    <CreateForm action={createWinAction} title="Log a win" submit="Log win">
      {(errors) => <WinFields options={options} errors={errors} today={today} />}
    </CreateForm>
  );
}

export function WinList({ wins, options, today }: { wins: WinRow[]; options: Option[]; today: string }) {
  if (!wins.length)
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">No wins logged yet. Small ones count too.</p>;
  return (
    <section aria-labelledby="all-wins" className="space-y-3">
      <h2 id="all-wins" className="text-lg font-semibold">
        {wins.length === 1 ? "1 win" : `${wins.length} wins`}
      </h2>
      <ul className="space-y-3">
        {wins.map((w) => (
          <Panel
            key={w.id}
            id={`win-${w.id}`}
            as="li"
            className="scroll-mt-4 target:ring-2 target:ring-brand-600"
            data-testid="win"
          >
            <WinItem win={w} options={options} today={today} />
          </Panel>
        ))}
      </ul>
    </section>
  );
}

/** A checkbox that saves at once (optimistically), with the date it was ticked. */
function ShareToggle({
  label,
  checked,
  run,
}: {
  label: React.ReactNode;
  checked: boolean;
  run: (shared: boolean) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const toast = useToast();
  const [value, setValue] = useState(checked);
  const [pending, startTransition] = useTransition();
  return (
    <label className="inline-flex items-center gap-2">
      <input
        type="checkbox"
        checked={value}
        disabled={pending}
        onChange={(e) => {
          const next = e.target.checked;
          setValue(next);
          startTransition(async () => {
            const result = await run(next);
            if (!result.ok) {
              setValue(!next);
              toast({ message: result.error });
            }
            router.refresh();
          });
        }}
      />
      {label}
    </label>
  );
}

function WinItem({ win, options, today }: { win: WinRow; options: Option[]; today: string }) {
  const formatDayLong = useFormatDay();
  const [editing, setEditing] = useState(false);
  const { errors, pending, submit } = useActionForm(updateWinAction, { id: win.id }, () => setEditing(false));
  const deletion = useDeleteWithUndo(() => deleteWinAction({ id: win.id }), restoreWinAction, "Win deleted.");
  if (editing) {
    return (
      <form onSubmit={submitWith((fd) => submit(fd))} noValidate className="space-y-4" aria-label="Edit win">
        <FormError errors={errors} />
        <WinFields options={options} errors={errors} today={today} value={win} />
        <SaveCancel pending={pending} onCancel={() => setEditing(false)} />
      </form>
    );
  }
  return (
    <div className="space-y-3 text-sm">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 className="text-base font-semibold">{win.title}</h3>
          <p className="text-xs text-zinc-600 dark:text-zinc-400">{formatDayLong(win.occurredOn)}</p>
          {win.description ? <p className="mt-1 whitespace-pre-line">{win.description}</p> : null}
        </div>
        <div className="flex gap-2">
          <Button type="button" variant="secondary" onClick={() => setEditing(true)}>
            Edit<span className="sr-only"> {win.title}</span>
          </Button>
          <Button type="button" variant="ghost" disabled={deletion.pending} onClick={deletion.run}>
            Delete<span className="sr-only"> {win.title}</span>
          </Button>
        </div>
      </div>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        <ShareToggle
          label={<>Shared publicly{win.sharedPubliclyOn ? ` (${formatDayLong(win.sharedPubliclyOn)})` : ""}</>}
          checked={!!win.sharedPubliclyOn}
          run={(shared) => shareWinPubliclyAction({ id: win.id, shared })}
        />
      </div>
      {win.credits.length ? (
        <div>
          <p className="font-medium">Thanks to</p>
          <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
            {win.credits.map((c) => (
              <li key={c.mentorId}>
                <ShareToggle
                  label={
                    <>
                      told{" "}
                      <Link href={`/mentors/${c.mentorId}`} className="underline">
                        {c.name}
                      </Link>
                      {c.sharedOn ? ` (${formatDayLong(c.sharedOn)})` : ""}
                    </>
                  }
                  checked={!!c.sharedOn}
                  run={(shared) => shareWinWithMentorAction({ winId: win.id, mentorId: c.mentorId, shared })}
                />
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="text-zinc-600 dark:text-zinc-400">Nobody credited.</p>
      )}
    </div>
  );
}
