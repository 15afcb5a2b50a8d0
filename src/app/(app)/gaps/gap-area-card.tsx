"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button, SaveCancel } from "@/components/button";
import { Field, inputClass } from "@/components/field";
import { Panel } from "@/components/panel";
import { submitWith } from "@/components/submit-with";
import { useToast } from "@/components/toast";
import { useEditForm } from "@/components/use-action-form";
import { useDeleteWithUndo } from "@/components/use-delete-with-undo";
import { CATEGORIES, categoryInfo } from "@/domain/categories";
import type { MentorCategory } from "@/generated/prisma/enums";
import {
  createGapAreaAction,
  deleteGapAreaAction,
  moveGapAreaAction,
  restoreGapAreaAction,
  saveDreamTeamSlotAction,
  updateGapAreaAction,
} from "@/server/gaps/gaps.actions";
import type { GapAreasPage } from "@/server/gaps/gaps.queries";

type Area = GapAreasPage["areas"][number];
type Mentors = GapAreasPage["mentors"];

function AreaFields({ area, errors, idPrefix }: { area?: Area; errors: Record<string, string[]>; idPrefix: string }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Field id={`${idPrefix}-name`} label="Name" errors={errors.name}>
        {(p) => <input {...p} name="name" defaultValue={area?.name} maxLength={120} className={inputClass} required />}
      </Field>
      <div className="flex gap-4">
        <Field id={`${idPrefix}-current`} label="Now (1–10)" errors={errors.currentLevel}>
          {(p) => (
            <input
              {...p}
              name="currentLevel"
              type="number"
              min={1}
              max={10}
              defaultValue={area?.currentLevel ?? ""}
              className={`${inputClass} w-24`}
            />
          )}
        </Field>
        <Field id={`${idPrefix}-target`} label="Target (1–10)" errors={errors.targetLevel}>
          {(p) => (
            <input
              {...p}
              name="targetLevel"
              type="number"
              min={1}
              max={10}
              defaultValue={area?.targetLevel ?? ""}
              className={`${inputClass} w-24`}
            />
          )}
        </Field>
      </div>
      <Field id={`${idPrefix}-why`} label="Why it matters" errors={errors.whyItMatters}>
        {(p) => (
          <textarea {...p} name="whyItMatters" rows={2} defaultValue={area?.whyItMatters} className={inputClass} />
        )}
      </Field>
      <Field id={`${idPrefix}-need`} label="What I need" errors={errors.guidanceSought}>
        {(p) => (
          <textarea {...p} name="guidanceSought" rows={2} defaultValue={area?.guidanceSought} className={inputClass} />
        )}
      </Field>
      <Field id={`${idPrefix}-offer`} label="What I can offer" errors={errors.valueIOffer}>
        {(p) => <textarea {...p} name="valueIOffer" rows={2} defaultValue={area?.valueIOffer} className={inputClass} />}
      </Field>
    </div>
  );
}

export function GapAreaCard({
  area,
  position,
  last,
  mentors,
}: {
  area: Area;
  position: number;
  last: boolean;
  mentors: Mentors;
}) {
  const router = useRouter();
  const toast = useToast();
  const { editing, setEditing, errors, pending, save } = useEditForm(updateGapAreaAction, area.id);
  const [moving, startMoving] = useTransition();
  const remove = useDeleteWithUndo(
    () => deleteGapAreaAction({ id: area.id }),
    async (deleted) => {
      const result = await restoreGapAreaAction(deleted);
      if (!result.ok) toast({ message: result.error });
    },
    `Deleted ${area.name}. Its mentors stay on your map.`,
  );
  const move = (direction: "up" | "down") =>
    startMoving(async () => {
      const result = await moveGapAreaAction({ id: area.id, direction });
      if (!result.ok) return toast({ message: result.error });
      router.refresh();
      toast({ message: `${area.name} moved ${direction}.` });
    });
  const headingId = `area-${area.id}`;

  return (
    <Panel aria-labelledby={headingId} className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id={headingId} className="text-lg font-semibold">
            <span className="text-zinc-600 tabular-nums dark:text-zinc-400">{position}.</span> {area.name}
          </h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Now {area.currentLevel}/10, target {area.targetLevel}/10 ·{" "}
            {area.mentorCount === 1 ? "1 person" : `${area.mentorCount} people`}
          </p>
        </div>
        <div className="flex flex-wrap gap-1">
          <Button
            type="button"
            variant="ghost"
            disabled={position === 1 || moving}
            onClick={() => move("up")}
            aria-label={`Move ${area.name} up`}
          >
            ↑
          </Button>
          <Button
            type="button"
            variant="ghost"
            disabled={last || moving}
            onClick={() => move("down")}
            aria-label={`Move ${area.name} down`}
          >
            ↓
          </Button>
          {!editing ? (
            <Button type="button" variant="ghost" onClick={() => setEditing(true)} aria-label={`Edit ${area.name}`}>
              Edit
            </Button>
          ) : null}
          <Button
            type="button"
            variant="ghost"
            disabled={remove.pending}
            onClick={remove.run}
            aria-label={`Delete ${area.name}`}
          >
            Delete
          </Button>
        </div>
      </div>
      {editing ? (
        <form onSubmit={submitWith(save)} noValidate className="space-y-4">
          {errors._form ? (
            <p role="alert" className="text-sm text-red-700 dark:text-red-400">
              {errors._form.join(" ")}
            </p>
          ) : null}
          <AreaFields area={area} errors={errors} idPrefix={`edit-${area.id}`} />
          <SaveCancel pending={pending} onCancel={() => setEditing(false)} />
        </form>
      ) : (
        <dl className="grid gap-3 text-sm md:grid-cols-3">
          {(
            [
              ["Why it matters", area.whyItMatters],
              ["What I need", area.guidanceSought],
              ["What I can offer", area.valueIOffer],
            ] as const
          ).map(([label, value]) => (
            <div key={label}>
              <dt className="text-xs font-medium uppercase text-zinc-600 dark:text-zinc-400">{label}</dt>
              <dd className="whitespace-pre-line">
                {value || <span className="text-zinc-600 dark:text-zinc-400">Not said yet</span>}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <details
        id={`dream-team-${area.id}`}
        className="rounded-md bg-zinc-50 p-3 dark:bg-zinc-950"
        open={area.dreamTeamSlots.length > 0}
      >
        <summary className="cursor-pointer text-sm font-medium">Dream team for {area.name}</summary>
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          {CATEGORIES.map((c) => (
            <DreamTeamSlot
              key={c.value}
              area={area}
              category={c.value}
              mentors={mentors.filter((m) => m.category === c.value)}
            />
          ))}
        </div>
      </details>
    </Panel>
  );
}

function DreamTeamSlot({ area, category, mentors }: { area: Area; category: MentorCategory; mentors: Mentors }) {
  const router = useRouter();
  const toast = useToast();
  const slot = area.dreamTeamSlots.find((s) => s.category === category);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [pending, startTransition] = useTransition();
  const info = categoryInfo(category);
  const id = `slot-${area.id}-${category}`;
  const linked = new Set(slot?.matches.map((m) => m.id));
  // Someone linked but beyond the first page of candidates still shows.
  const candidates = [...mentors, ...(slot?.matches.filter((m) => !mentors.some((c) => c.id === m.id)) ?? [])];
  return (
    <form
      className="space-y-2"
      noValidate
      onSubmit={submitWith((formData) =>
        startTransition(async () => {
          formData.set("gapAreaId", area.id);
          formData.set("category", category);
          const result = await saveDreamTeamSlotAction(null, formData);
          if (!result.ok) return setErrors(result.fieldErrors ?? { _form: [result.error] });
          setErrors({});
          toast({ message: `Saved the ${info.label.toLowerCase()} profile for ${area.name}.` });
          router.refresh();
        }),
      )}
    >
      <Field
        id={id}
        label={`${info.label}${["SAGE", "PEER", "REVERSE"].includes(category) ? "" : " (optional)"}`}
        hint={info.meaning}
        errors={errors.profile ?? errors._form}
      >
        {(p) => (
          <textarea
            {...p}
            name="profile"
            rows={2}
            defaultValue={slot?.profile}
            placeholder="e.g. a VP who scaled a team from 5 to 50"
            className={inputClass}
          />
        )}
      </Field>
      {candidates.length ? (
        <fieldset className="text-sm">
          <legend className="text-xs text-zinc-600 dark:text-zinc-400">Who comes close</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {candidates.map((m) => (
              <label key={m.id} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  name="mentorIds"
                  value={m.id}
                  defaultChecked={linked.has(m.id)}
                  className="size-4"
                />
                {m.name}
              </label>
            ))}
          </div>
          {errors.mentorIds ? (
            <p className="text-sm text-red-700 dark:text-red-400">{errors.mentorIds.join(" ")}</p>
          ) : null}
        </fieldset>
      ) : null}
      <Button type="submit" variant="secondary" disabled={pending} className="px-3 py-1">
        {pending ? (
          "Saving…"
        ) : (
          <>
            Save
            <span className="sr-only">
              {" "}
              {info.label.toLowerCase()} profile for {area.name}
            </span>
          </>
        )}
      </Button>
    </form>
  );
}

export function AddGapArea() {
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [pending, startTransition] = useTransition();
  if (!open)
    return (
      <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
        Add an area
      </Button>
    );
  return (
    <form
      noValidate
      aria-label="Add an area"
      className="space-y-4 rounded-lg border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900"
      onSubmit={submitWith((formData) =>
        startTransition(async () => {
          const result = await createGapAreaAction(null, formData);
          if (!result.ok) return setErrors(result.fieldErrors ?? { _form: [result.error] });
          setErrors({});
          setOpen(false);
          toast({ message: `Added ${String(formData.get("name"))}.` });
          router.refresh();
        }),
      )}
    >
      <h2 className="text-lg font-semibold">Add an area</h2>
      {errors._form ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {errors._form.join(" ")}
        </p>
      ) : null}
      <AreaFields errors={errors} idPrefix="new-area" />
      <SaveCancel pending={pending} onCancel={() => setOpen(false)} label="Add area" pendingLabel="Adding…" />
    </form>
  );
}
