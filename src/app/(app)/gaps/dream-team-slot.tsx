"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/button";
import { inputClass, TextareaField } from "@/components/field";
import { submitWith } from "@/components/submit-with";
import { TextLink } from "@/components/text-link";
import { useToast } from "@/components/toast";
import { categoryInfo } from "@/domain/categories";
import { PERSON } from "@/domain/suggestions";
import type { MentorCategory } from "@/generated/prisma/enums";
import { dreamTeamCandidatesAction, saveDreamTeamSlotAction } from "@/server/gaps/gaps.actions";
import type { GapAreasPage } from "@/server/gaps/gaps.queries";
import type { Suggestion } from "@/server/suggestions/suggestions.queries";
import { GapSuggestions } from "./gap-suggestions";

type Area = GapAreasPage["areas"][number];

const CORE: MentorCategory[] = ["SAGE", "PEER", "REVERSE"];

/**
 * One dream-team profile of an area: what the ideal person is like and who on the map
 * comes close. Read first; Edit opens the form with its dozen candidates (seven areas
 * of five profiles would otherwise draw some 400 checkboxes on every visit).
 */
export function DreamTeamSlot({
  area,
  category,
  suggestions,
}: {
  area: Area;
  category: MentorCategory;
  /** Suggestions the page came with (the map's "Who could fill this?"). */
  suggestions?: Suggestion[];
}) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const slot = area.dreamTeamSlots.find((s) => s.category === category);
  const info = categoryInfo(category);
  const label = `${info.label}${CORE.includes(category) ? "" : " (optional)"}`;
  const what = `${info.label.toLowerCase()} profile for ${area.name}`;
  // Back to Edit when the form closes, for keyboard users: once the button is drawn again
  // (a save closes the form inside its transition, after the page's refresh).
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const close = () => setEditing(false);
  if (editing) return <SlotForm area={area} category={category} label={label} what={what} onDone={close} />;
  return (
    <div className="space-y-1 text-sm">
      <div className="flex items-center justify-between gap-2">
        <h3 className="font-medium" title={info.meaning}>
          {label}
        </h3>
        <Button
          ref={editButton}
          type="button"
          variant="ghost"
          className="px-2 py-1"
          onClick={() => setEditing(true)}
          aria-label={`${slot?.profile ? "Edit" : "Describe"} the ${what}`}
        >
          {slot?.profile ? "Edit" : "Describe"}
        </Button>
      </div>
      <p className="whitespace-pre-line">
        {slot?.profile || <span className="text-zinc-600 dark:text-zinc-400">{info.meaning}</span>}
      </p>
      {slot?.matches.length ? (
        <p className="text-zinc-600 dark:text-zinc-400">
          Comes close:{" "}
          {slot.matches.map((m, i) => (
            <span key={m.id}>
              {i ? ", " : null}
              <TextLink href={`/mentors/${m.id}`}>{m.name}</TextLink>
            </span>
          ))}
        </p>
      ) : null}
      <GapSuggestions
        gapAreaId={area.id}
        areaName={area.name}
        category={category}
        what={`${PERSON[category]} for ${area.name}`}
        initial={suggestions}
      />
    </div>
  );
}

function SlotForm({
  area,
  category,
  label,
  what,
  onDone,
}: {
  area: Area;
  category: MentorCategory;
  label: string;
  what: string;
  onDone: () => void;
}) {
  const router = useRouter();
  const toast = useToast();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [pending, startTransition] = useTransition();
  const info = categoryInfo(category);
  const slot = area.dreamTeamSlots.find((s) => s.category === category);
  const id = `slot-${area.id}-${category}`;
  const linked = new Set(slot?.matches.map((m) => m.id));
  // Whoever is linked first, then the area's own people in the category (src/server/gaps/gaps.queries.ts),
  // asked for as the form opens; until they come, the linked ones, so a quick save unlinks nobody.
  const [candidates, setCandidates] = useState(slot?.matches ?? []);
  const [finding, setFinding] = useState(true);
  useEffect(() => {
    let open = true;
    dreamTeamCandidatesAction({ gapAreaId: area.id, category }).then(
      (result) => {
        if (!open) return;
        if (result.ok) setCandidates(result.data);
        else toast({ message: result.error });
        setFinding(false);
      },
      () => open && setFinding(false),
    );
    return () => {
      open = false;
    };
  }, [area.id, category, toast]);
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
          toast({ message: `Saved the ${what}.` });
          router.refresh();
          onDone();
        }),
      )}
    >
      <TextareaField
        id={id}
        label={label}
        hint={info.meaning}
        errors={errors.profile ?? errors._form}
        name="profile"
        rows={2}
        defaultValue={slot?.profile}
        placeholder="e.g. a VP who scaled a team from 5 to 50"
        className={inputClass}
        autoFocus
      />
      {candidates.length || finding ? (
        <fieldset className="text-sm" aria-busy={finding}>
          <legend className="text-xs text-zinc-600 dark:text-zinc-400">
            Who comes close{finding ? <span aria-hidden> · finding people on your map…</span> : null}
          </legend>
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
      <div className="flex gap-2">
        <Button type="submit" variant="secondary" disabled={pending} className="px-3 py-1">
          {pending ? "Saving…" : "Save"}
          <span className="sr-only"> the {what}</span>
        </Button>
        <Button type="button" variant="ghost" className="px-3 py-1" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
