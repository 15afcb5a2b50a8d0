import type { Metadata } from "next";
import { buttonClass } from "@/components/button";
import Link from "@/components/link";
import { areaCountAdvice, MAX_GAP_AREAS } from "@/domain/gap-areas";
import { ActionError } from "@/server/action";
import { requireUser } from "@/server/auth/session";
import { getGapAreasPage } from "@/server/gaps/gaps.queries";
import { suggestionsForGap } from "@/server/suggestions/suggestions.queries";
import { suggestionsRequestSchema } from "@/server/suggestions/suggestions.schema";
import { AddGapArea } from "./add-gap-area";
import { GapAreaCard } from "./gap-area-card";

export const metadata: Metadata = { title: "Gap areas" };

/** The areas after the wizard: edit, reorder, describe the dream team. */
export default async function GapAreasPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [user, params] = await Promise.all([requireUser(), searchParams]);
  // The map's "Who could fill this?" asks for one gap's suggestions: they come with the page.
  const asked = suggestionsRequestSchema.safeParse(params);
  const [{ areas }, suggested] = await Promise.all([
    getGapAreasPage(user),
    asked.success
      ? suggestionsForGap(user.id, asked.data.area, asked.data.suggest).then(
          (list) => ({ ...asked.data, list }),
          // An area that is gone (or not the user's): the page without suggestions. Anything else is a failure.
          (error: unknown) => {
            if (error instanceof ActionError) return undefined;
            throw error;
          },
        )
      : undefined,
  ]);
  const advice = areas.length ? areaCountAdvice(areas.length) : null;
  return (
    <div className="max-w-4xl space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Gap areas</h1>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Where mentorship would speed up your growth, most important first, with the dream team you want for each.
          </p>
        </div>
        <Link href="/gaps/wizard" className={buttonClass("secondary")}>
          {areas.length ? "Run the gap analysis again" : "Start the gap analysis"}
        </Link>
      </div>
      {advice ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
          {advice}
        </p>
      ) : null}
      {areas.length === 0 ? (
        <section className="rounded-lg border border-dashed border-zinc-300 p-8 dark:border-zinc-700">
          <h2 className="text-lg font-semibold">No gap areas yet</h2>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            The gap analysis walks you through choosing and rating them in a few minutes, or add one below.
          </p>
        </section>
      ) : (
        <ol className="space-y-4">
          {areas.map((area, i) => (
            <li key={area.id}>
              <GapAreaCard
                area={area}
                position={i + 1}
                last={i === areas.length - 1}
                suggested={suggested?.area === area.id ? suggested : undefined}
              />
            </li>
          ))}
        </ol>
      )}
      {areas.length < MAX_GAP_AREAS ? (
        <AddGapArea />
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">A map holds at most {MAX_GAP_AREAS} areas.</p>
      )}
    </div>
  );
}
