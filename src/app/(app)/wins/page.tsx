import type { Metadata } from "next";
import { todayIn } from "@/domain/calendar";
import { requireUser } from "@/server/auth/session";
import { mentorOptions } from "@/server/mentors/mentors.queries";
import { listWins } from "@/server/wins/wins.queries";
import { WinForm, WinList } from "./wins";

export const metadata: Metadata = { title: "Wins" };

export default async function WinsPage() {
  const user = await requireUser();
  const [wins, options] = await Promise.all([listWins(user.id), mentorOptions(user.id)]);
  const today = todayIn(user.timeZone);
  const unshared = wins.reduce((n, w) => n + w.credits.filter((c) => !c.sharedOn).length, 0);
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-semibold">Wins</h1>
        <p className="max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
          Log what went well and credit the people whose advice helped. Telling them closes the loop: mentors keep
          helping people who show them it worked.
          {unshared
            ? ` ${unshared === 1 ? "One person has" : `${unshared} people have`} not heard about a win they helped with yet.`
            : ""}
        </p>
      </header>
      <WinForm options={options} today={today} />
      <WinList wins={wins} options={options} today={today} />
    </div>
  );
}
