import type { Metadata } from "next";
import { Panel } from "@/components/panel";
import { todayIn } from "@/domain/calendar";
import { requireUser } from "@/server/auth/session";
import { getWizard } from "@/server/gaps/gaps.queries";
import { YourNameForm } from "../../settings/your-name-form";
import { GapWizard } from "./gap-wizard";

export const metadata: Metadata = { title: "Gap analysis" };

export default async function GapWizardPage() {
  const user = await requireUser();
  const today = todayIn(user.timeZone);
  const { draft, mentors, completedBefore } = await getWizard(user.id, today);
  return (
    <div className="max-w-4xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Gap analysis</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {completedBefore
            ? "Run it again to rethink your areas; areas you leave out stay on your map, and nothing is duplicated."
            : "Six short steps from the areas you want to grow in to your first 90-day sprint. Your answers are saved as you go, so you can stop and come back."}
        </p>
      </div>
      {/* Asked once: before the first step of a first run, if we do not know it yet. */}
      {!user.name && !completedBefore && draft.step === 0 ? (
        <Panel aria-labelledby="wizard-name" className="space-y-2">
          <h2 id="wizard-name" className="font-semibold">
            First, what should we call you?
          </h2>
          <YourNameForm name={null} headline={null} />
        </Panel>
      ) : null}
      <GapWizard initial={draft} mentors={mentors} today={today} />
    </div>
  );
}
