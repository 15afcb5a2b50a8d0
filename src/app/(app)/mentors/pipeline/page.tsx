import type { Metadata } from "next";
import { TextLink } from "@/components/text-link";
import { STAGES } from "@/domain/stages";
import { requireUser } from "@/server/auth/session";
import { listPipeline, PIPELINE_PAGE } from "@/server/mentors/mentors.queries";
import { pipelineQuerySchema } from "@/server/mentors/mentors.schema";
import { PipelineBoard } from "./pipeline-board";

export const metadata: Metadata = { title: "Pipeline" };

export default async function PipelinePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [user, params] = await Promise.all([requireUser(), searchParams]);
  const shown = pipelineQuerySchema.parse(params);
  const { mentors, counts } = await listPipeline(user.id, shown);
  // "Show more" in a column keeps what the others show.
  const moreHref = Object.fromEntries(
    STAGES.map((s) => {
      const next = new URLSearchParams();
      for (const t of STAGES) {
        const n = t.value === s.value ? (shown[t.value] ?? PIPELINE_PAGE) + PIPELINE_PAGE : shown[t.value];
        if (n) next.set(t.value, String(n));
      }
      return [s.value, `/mentors/pipeline?${next}#column-${s.value}`];
    }),
  );
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">Pipeline</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Drag a card to move someone along, or focus it and press Space, the arrow keys and Space again. Every move is
          logged.
        </p>
      </div>
      {mentors.length === 0 ? (
        <p className="rounded-lg border border-dashed border-zinc-300 p-8 text-center text-sm dark:border-zinc-700">
          Your pipeline is empty. <TextLink href="/mentors/new">Add a prospect</TextLink> — someone you would like to
          learn from.
        </p>
      ) : (
        <PipelineBoard mentors={mentors} counts={counts} moreHref={moreHref} pageSize={PIPELINE_PAGE} />
      )}
    </div>
  );
}
