"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button, SaveCancel } from "@/components/button";
import { CategoryBadge } from "@/components/category-badge";
import { Field, InputField, inputClass } from "@/components/field";
import { useFormatDay } from "@/components/locale";
import { Options } from "@/components/options";
import { Panel } from "@/components/panel";
import { RhythmBadge } from "@/components/rhythm-badge";
import { submitWith } from "@/components/submit-with";
import { FormError, useEditForm } from "@/components/use-action-form";
import { describeCadence } from "@/domain/cadence";
import { addDaysToDay } from "@/domain/calendar";
import { CATEGORIES, categoryInfo } from "@/domain/categories";
import { STAGES, stageLabel } from "@/domain/stages";
import { updateRelationshipAction } from "@/server/mentors/mentors.actions";
import type { MentorPageData } from "@/server/mentors/mentors.detail.queries";
import { changeStageAction } from "@/server/mentors/mentors.lifecycle.actions";

type Props = { mentor: MentorPageData["mentor"]; allGapAreas: MentorPageData["allGapAreas"]; today: string };

const RATINGS = [
  ["valueReceivedRating", "Value received"],
  ["valueProvidedRating", "Value provided"],
  ["growthPotentialRating", "Growth potential"],
] as const;

export function RelationshipPanel({ mentor, allGapAreas, today }: Props) {
  const formatDayLong = useFormatDay();
  const { editing, setEditing, errors, pending, save } = useEditForm(updateRelationshipAction, mentor.id);
  const category = categoryInfo(mentor.category);

  return (
    <Panel aria-labelledby="relationship" className="space-y-4">
      <div className="flex items-center justify-between">
        <h2 id="relationship" className="text-lg font-semibold">
          Relationship
        </h2>
        {!editing ? (
          <Button type="button" variant="ghost" onClick={() => setEditing(true)}>
            Edit
          </Button>
        ) : null}
      </div>
      <StageControl mentor={mentor} today={today} />
      {editing ? (
        <form onSubmit={submitWith(save)} className="space-y-4" noValidate>
          <FormError errors={errors} />
          <Field id="rel-category" label="Category" errors={errors.category}>
            {(p) => (
              <select {...p} name="category" defaultValue={mentor.category} className={inputClass}>
                <Options items={CATEGORIES} />
              </select>
            )}
          </Field>
          <fieldset className="space-y-1">
            <legend className="text-sm font-medium">Gap areas</legend>
            {allGapAreas.length === 0 ? (
              <p className="text-sm text-zinc-600 dark:text-zinc-400">No gap areas yet.</p>
            ) : null}
            {allGapAreas.map((g) => (
              <label key={g.id} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="gapAreaIds"
                  value={g.id}
                  defaultChecked={mentor.gapAreas.some((m) => m.id === g.id)}
                />
                {g.name}
              </label>
            ))}
            {errors.gapAreaIds ? <p className="text-sm text-red-700">{errors.gapAreaIds.join(" ")}</p> : null}
          </fieldset>
          <InputField
            id="rel-cadence"
            label="Check in every … days"
            hint={`Typical for a ${category.label}: ${category.typicalCadence}. Empty for no rhythm.`}
            errors={errors.cadenceDays}
            name="cadenceDays"
            type="number"
            min={1}
            max={3650}
            defaultValue={mentor.cadenceDays ?? category.defaultCadenceDays ?? ""}
          />
          <InputField
            id="rel-next"
            label="Next check-in"
            hint="Leave as is to follow the cadence."
            errors={errors.nextCheckInOn}
            name="nextCheckInOn"
            type="date"
            defaultValue={mentor.nextCheckInOn ?? ""}
          />
          {RATINGS.map(([key, label]) => (
            <InputField
              key={key}
              id={`rel-${key}`}
              label={`${label} (1–10)`}
              errors={errors[key]}
              name={key}
              type="number"
              min={1}
              max={10}
              defaultValue={mentor[key] ?? ""}
            />
          ))}
          <SaveCancel pending={pending} onCancel={() => setEditing(false)} />
        </form>
      ) : (
        <dl className="space-y-3 text-sm">
          <div>
            <dt className="text-zinc-600 dark:text-zinc-400">Category</dt>
            <dd className="space-y-1">
              <CategoryBadge category={mentor.category} />
              <p className="text-zinc-600 dark:text-zinc-400">{category.meaning}</p>
            </dd>
          </div>
          <div>
            <dt className="text-zinc-600 dark:text-zinc-400">Gap areas</dt>
            <dd>{mentor.gapAreas.map((g) => g.name).join(", ") || "None yet"}</dd>
          </div>
          <div>
            <dt className="text-zinc-600 dark:text-zinc-400">Cadence</dt>
            <dd>{describeCadence(mentor.cadenceDays)}</dd>
          </div>
          <div>
            <dt className="text-zinc-600 dark:text-zinc-400">Next check-in</dt>
            <dd className="flex items-center gap-2" data-testid="next-check-in">
              {mentor.nextCheckInOn ? formatDayLong(mentor.nextCheckInOn) : "—"}
              <RhythmBadge nextCheckIn={mentor.nextCheckInOn} today={today} stage={mentor.stage} />
            </dd>
          </div>
          <div>
            <dt className="text-zinc-600 dark:text-zinc-400">Last check-in</dt>
            <dd>{mentor.lastCheckInOn ? formatDayLong(mentor.lastCheckInOn) : "Never"}</dd>
          </div>
          {RATINGS.map(([key, label]) => (
            <div key={key}>
              <dt className="text-zinc-600 dark:text-zinc-400">{label}</dt>
              <dd>{mentor[key] ? `${mentor[key]} / 10` : "Not rated"}</dd>
            </div>
          ))}
        </dl>
      )}
    </Panel>
  );
}

function StageControl({ mentor, today }: { mentor: Props["mentor"]; today: string }) {
  const formatDayLong = useFormatDay();
  const router = useRouter();
  const [stage, setStage] = useState<string>(mentor.stage);
  const [revisit, setRevisit] = useState(addDaysToDay(today, 90));
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await changeStageAction({
            id: mentor.id,
            stage,
            revisitAfterOn: stage === "DECLINED" ? revisit : undefined,
          });
          if (!result.ok) return setError(Object.values(result.fieldErrors ?? {}).flat()[0] ?? result.error);
          setError(undefined);
          router.refresh();
        });
      }}
    >
      <label className="block space-y-1 text-sm">
        <span className="text-zinc-600 dark:text-zinc-400">Stage</span>
        <select className={inputClass} value={stage} onChange={(e) => setStage(e.target.value)}>
          <Options items={STAGES} />
        </select>
      </label>
      {stage === "DECLINED" ? (
        <label className="block space-y-1 text-sm">
          <span className="text-zinc-600 dark:text-zinc-400">Revisit after (a no is often about timing)</span>
          <input type="date" className={inputClass} value={revisit} onChange={(e) => setRevisit(e.target.value)} />
        </label>
      ) : null}
      {stage !== mentor.stage || stage === "DECLINED" ? (
        <Button type="submit" disabled={pending}>
          {stage === mentor.stage ? "Save revisit date" : `Move to ${stageLabel(stage as typeof mentor.stage)}`}
        </Button>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {mentor.revisitAfterOn ? (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          Revisit after {formatDayLong(mentor.revisitAfterOn)}.
        </p>
      ) : null}
    </form>
  );
}
