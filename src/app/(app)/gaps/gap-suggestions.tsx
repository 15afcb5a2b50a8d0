"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/button";
import { TextLink } from "@/components/text-link";
import { useToast } from "@/components/toast";
import type { MentorCategory } from "@/generated/prisma/enums";
import {
  addSuggestionAction,
  dismissSuggestionAction,
  suggestForGapAction,
} from "@/server/suggestions/suggestions.actions";
import type { Suggestion } from "@/server/suggestions/suggestions.queries";

/**
 * "Who could fill this?": people from the user's own network ranked for one gap, each
 * with the reason, added to the gap or dismissed in one click. Asked for on demand, so
 * a page of seven areas does not run 35 searches.
 */
export function GapSuggestions({
  gapAreaId,
  areaName,
  category,
  what,
  initial,
}: {
  gapAreaId: string;
  areaName: string;
  category: MentorCategory;
  /** "sage for Leadership": for labels. */
  what: string;
  /** Already found (the page came with them). */
  initial?: Suggestion[];
}) {
  const router = useRouter();
  const toast = useToast();
  const [found, setFound] = useState<Suggestion[] | null>(initial ?? null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const gap = { gapAreaId, category };

  const load = () =>
    startTransition(async () => {
      const result = await suggestForGapAction(gap);
      if (!result.ok) return setError(result.error);
      setError(null);
      setFound(result.data);
    });
  const add = (s: Suggestion) =>
    startTransition(async () => {
      const result = await addSuggestionAction({ ...gap, mentorId: s.id });
      if (!result.ok) return toast({ message: result.error });
      setFound((list) => list?.filter((x) => x.id !== s.id) ?? null);
      toast({ message: `Added ${s.name} to ${areaName} as a prospect.` });
      router.refresh();
    });
  const dismiss = (s: Suggestion) =>
    startTransition(async () => {
      const result = await dismissSuggestionAction({ ...gap, mentorId: s.id });
      if (!result.ok) return toast({ message: result.error });
      setFound((list) => list?.filter((x) => x.id !== s.id) ?? null);
      toast({ message: `${s.name} will not be suggested for this again.` });
    });

  if (found === null)
    return (
      <div>
        <Button type="button" variant="ghost" className="px-2 py-1" disabled={pending} onClick={load}>
          {pending ? "Looking…" : "Who could fill this?"}
          <span className="sr-only"> Suggestions for the {what}</span>
        </Button>
        {error ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {error}
          </p>
        ) : null}
      </div>
    );
  return (
    <section aria-label={`Suggestions for the ${what}`} className="space-y-2 text-sm">
      {found.length === 0 ? (
        <p className="text-zinc-600 dark:text-zinc-400">
          Nobody in your network matches this yet. Describe the profile in a few more words, or{" "}
          <TextLink href="/mentors/new">add a prospect</TextLink>.
        </p>
      ) : (
        <ul className="space-y-2">
          {found.map((s) => (
            <li key={s.id} className="rounded-md border border-zinc-200 p-2 dark:border-zinc-700">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <TextLink href={`/mentors/${s.id}`} className="font-medium">
                    {s.name}
                  </TextLink>
                  {s.headline || s.organisation ? (
                    <span className="text-zinc-600 dark:text-zinc-400">
                      {" "}
                      · {[s.headline, s.organisation].filter(Boolean).join(", ")}
                    </span>
                  ) : null}
                  <p className="text-zinc-700 dark:text-zinc-300">{s.reason}</p>
                </div>
                <div className="flex gap-1">
                  <Button
                    type="button"
                    variant="secondary"
                    className="px-2 py-1"
                    disabled={pending}
                    onClick={() => add(s)}
                    aria-label={`Add ${s.name} as ${what}`}
                  >
                    Add
                  </Button>
                  <Button
                    type="button"
                    variant="ghost"
                    className="px-2 py-1"
                    disabled={pending}
                    onClick={() => dismiss(s)}
                    aria-label={`${s.name} is not a fit for the ${what}`}
                  >
                    Not a fit
                  </Button>
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
