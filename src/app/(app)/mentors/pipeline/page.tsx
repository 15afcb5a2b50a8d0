import type { Metadata } from "next";
import { TextLink } from "@/components/text-link";
import { requireUser } from "@/server/auth/session";
import { listPipeline } from "@/server/mentors/mentors.queries";
import { PipelineBoard } from "./pipeline-board";

export const metadata: Metadata = { title: "Pipeline" };

export default async function PipelinePage() {
  const user = await requireUser();
  const { mentors, counts } = await listPipeline(user.id);
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
        <PipelineBoard mentors={mentors} counts={counts} />
      )}
    </div>
  );
}
