import type { Metadata } from "next";
import { CATEGORIES } from "@/domain/categories";
import { sharedProspect } from "@/domain/shared-link";
import { requireUser } from "@/server/auth/session";
import { listGapAreas } from "@/server/gaps/gaps.queries";
import { MentorForm } from "./mentor-form";

export const metadata: Metadata = { title: "Add mentor" };

/**
 * `?category=SAGE&area=<id>` (from a gap on the map) preselects both; `?title=…&text=…&url=…`
 * (the phone's share sheet, through the manifest's share target) fills in the person.
 */
export default async function NewMentorPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const [gapAreas, params] = await Promise.all([listGapAreas(user.id), searchParams]);
  const category = CATEGORIES.find((c) => c.value === params.category)?.value;
  const area = gapAreas.find((g) => g.id === params.area)?.id;
  const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
  const shared = sharedProspect({ title: one(params.title), text: one(params.text), url: one(params.url) });
  return (
    <div className="max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Add mentor</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Anyone you learn from or teach, or a prospect who may become one. You can fill in the rest later.
        </p>
      </div>
      <MentorForm
        gapAreas={gapAreas}
        defaultCategory={category}
        defaultGapAreaIds={area ? [area] : []}
        shared={shared}
      />
    </div>
  );
}
