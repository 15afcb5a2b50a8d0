"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/button";
import { inputClass, TextareaField } from "@/components/field";
import { submitWith } from "@/components/submit-with";
import { useToast } from "@/components/toast";
import { categoryInfo } from "@/domain/categories";
import type { MentorCategory } from "@/generated/prisma/enums";
import { saveDreamTeamSlotAction } from "@/server/gaps/gaps.actions";
import type { GapAreasPage } from "@/server/gaps/gaps.queries";

type Area = GapAreasPage["areas"][number];

/** One dream-team profile of an area: what the ideal person is like, and who on the map comes close. */
export function DreamTeamSlot({ area, category }: { area: Area; category: MentorCategory }) {
  const router = useRouter();
  const toast = useToast();
  const slot = area.dreamTeamSlots.find((s) => s.category === category);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [pending, startTransition] = useTransition();
  const info = categoryInfo(category);
  const id = `slot-${area.id}-${category}`;
  const linked = new Set(slot?.matches.map((m) => m.id));
  // Whoever is linked first, then the area's own people in the category (src/server/gaps/gaps.queries.ts).
  const candidates = area.candidates[category];
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
      <TextareaField
        id={id}
        label={`${info.label}${["SAGE", "PEER", "REVERSE"].includes(category) ? "" : " (optional)"}`}
        hint={info.meaning}
        errors={errors.profile ?? errors._form}
        name="profile"
        rows={2}
        defaultValue={slot?.profile}
        placeholder="e.g. a VP who scaled a team from 5 to 50"
        className={inputClass}
      />
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
