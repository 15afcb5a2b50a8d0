"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button, SaveCancel } from "@/components/button";
import { Panel } from "@/components/panel";
import { submitWith } from "@/components/submit-with";
import { useToast } from "@/components/toast";
import { FormError, useEditForm } from "@/components/use-action-form";
import { useDeleteWithUndo } from "@/components/use-delete-with-undo";
import { CATEGORIES } from "@/domain/categories";
import type { MentorCategory } from "@/generated/prisma/enums";
import {
  deleteGapAreaAction,
  moveGapAreaAction,
  restoreGapAreaAction,
  updateGapAreaAction,
} from "@/server/gaps/gaps.actions";
import type { GapAreasPage } from "@/server/gaps/gaps.queries";
import type { Suggestion } from "@/server/suggestions/suggestions.queries";
import { AreaFields } from "./add-gap-area";
import { DreamTeamSlot } from "./dream-team-slot";

type Area = GapAreasPage["areas"][number];

/** `suggested`: one of the area's gaps, with its suggestions, when the address asked for them. */
export type SuggestedGap = { suggest: MentorCategory; list: Suggestion[] };

export function GapAreaCard({
  area,
  position,
  last,
  suggested,
}: {
  area: Area;
  position: number;
  last: boolean;
  suggested?: SuggestedGap;
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
          <FormError errors={errors} />
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
        open={area.dreamTeamSlots.length > 0 || Boolean(suggested)}
      >
        <summary className="cursor-pointer text-sm font-medium">Dream team for {area.name}</summary>
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          {CATEGORIES.map((c) => (
            <DreamTeamSlot
              key={c.value}
              area={area}
              category={c.value}
              suggestions={suggested?.suggest === c.value ? suggested.list : undefined}
            />
          ))}
        </div>
      </details>
    </Panel>
  );
}
