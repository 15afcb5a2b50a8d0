import type { Metadata } from "next";
import { todayIn } from "@/domain/calendar";
import { requireUser } from "@/server/auth/session";
import { mentorOptions } from "@/server/mentors/mentors.queries";
import { listPeerGroups } from "@/server/peer-groups/peer-groups.queries";
import { PeerGroupForm, PeerGroupList } from "./peer-groups";

export const metadata: Metadata = { title: "Peer groups" };

export default async function PeerGroupsPage() {
  const user = await requireUser();
  const [groups, options] = await Promise.all([listPeerGroups(user.id), mentorOptions(user.id)]);
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-semibold">Peer groups</h1>
        <p className="max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
          A circle of peers who meet on a rhythm (a mastermind). Logging a meeting logs a check-in with everyone who was
          there, so each person&apos;s rhythm stays true.
        </p>
      </header>
      <PeerGroupForm options={options} />
      <PeerGroupList groups={groups} options={options} today={todayIn(user.timeZone)} />
    </div>
  );
}
