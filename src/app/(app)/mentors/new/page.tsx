import type { Metadata } from "next";
import { requireUser } from "@/server/auth/session";
import { listGapAreas } from "@/server/gaps/gaps.queries";
import { MentorForm } from "./mentor-form";

export const metadata: Metadata = { title: "Add mentor" };

export default async function NewMentorPage() {
  const user = await requireUser();
  const gapAreas = await listGapAreas(user.id);
  return (
    <div className="max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Add mentor</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Anyone you learn from or teach, or a prospect who may become one. You can fill in the rest later.
        </p>
      </div>
      <MentorForm gapAreas={gapAreas} />
    </div>
  );
}
