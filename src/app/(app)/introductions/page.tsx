import type { Metadata } from "next";
import { todayIn } from "@/domain/calendar";
import { requireUser } from "@/server/auth/session";
import { listIntroductions } from "@/server/introductions/introductions.queries";
import { mentorOptions } from "@/server/mentors/mentors.queries";
import { IntroductionForm, IntroductionList } from "./introductions";

export const metadata: Metadata = { title: "Introductions" };

export default async function IntroductionsPage() {
  const user = await requireUser();
  const [introductions, options] = await Promise.all([listIntroductions(user.id), mentorOptions(user.id)]);
  const today = todayIn(user.timeZone);
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-semibold">Introductions</h1>
        <p className="max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
          Introducing the people on your map to each other is one of the most valuable things you can give: the value
          loops between mentors. Each introduction shows on both people&apos;s timelines and, with &ldquo;Show
          introductions&rdquo;, on the map.
        </p>
      </header>
      <IntroductionForm options={options} today={today} />
      <IntroductionList introductions={introductions} options={options} today={today} />
    </div>
  );
}
