import type { Metadata } from "next";
import { buttonClass } from "@/components/button";
import Link from "@/components/link";
import { TOP_GAPS } from "@/domain/map";
import { requireUser } from "@/server/auth/session";
import { getDashboard } from "@/server/dashboard/dashboard.queries";
import { CalendarInbox } from "./calendar-inbox";
import { FirstSteps, firstSteps } from "./first-steps";
import { MapBody, MapHeader } from "./map-section";
import { MentoringPanel } from "./mentoring-panel";
import { DuePanel, SprintPanel, TopGapsPanel, ValuePanel, WinsPanel } from "./panels";

export const metadata: Metadata = { title: "Your map" };

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [user, params] = await Promise.all([requireUser(), searchParams]);
  const d = await getDashboard(user);
  const view = params.view === "picture" ? "picture" : "table";
  const welcome = params.welcome === "1" && d.hasAreas;
  const steps = firstSteps({
    hasAreas: d.hasAreas,
    hasMentor: d.mentorCount > 0,
    hasCheckIn: d.hasCheckIn,
    hasName: Boolean(user.name),
  });
  // A new account sees what to do next rather than panels of zeros.
  const isNew = d.mentorCount === 0;
  const others = d.map.gaps.length - TOP_GAPS;
  return (
    <div className="space-y-8">
      <MapHeader d={d} view={view} />

      {welcome ? (
        <section
          role="status"
          className="rounded-lg border border-brand-600 bg-brand-50 p-4 text-sm dark:bg-zinc-800"
          data-testid="welcome"
        >
          <h2 className="font-semibold">Your map is ready and your sprint has started.</h2>
          <p>
            {d.map.gaps.length
              ? `Your top ${Math.min(TOP_GAPS, d.map.gaps.length)} gaps are highlighted: a sage, peer or reverse mentor you do not have yet in your most important areas. Add a prospect in each to start.${others > 0 ? ` The other ${others} open places wait as quiet “+” slots.` : ""}`
              : "No gaps: every area has a sage, a peer and a reverse mentor."}
          </p>
        </section>
      ) : null}

      {d.hasAreas ? (
        <MapBody d={d} view={view} />
      ) : (
        <section className="rounded-lg border border-dashed border-zinc-300 p-8 dark:border-zinc-700">
          <h2 className="text-lg font-semibold">Start with the areas you want to grow in</h2>
          <p className="mt-1 max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
            Your map is laid out across 5–7 gap areas (technical skills, leadership, industry knowledge, career
            navigation…) with the five kinds of mentor for each. The gap analysis takes a few minutes: choose and rate
            your areas, describe your dream team and start a 90-day sprint.
          </p>
          <div className="mt-4 flex flex-wrap gap-3">
            <Link href="/gaps/wizard" className={buttonClass("primary")}>
              {d.wizardDraft ? "Resume the gap analysis" : "Start the gap analysis"}
            </Link>
            <Link href="/mentors" className={buttonClass("secondary")}>
              See your mentors
            </Link>
          </div>
        </section>
      )}

      {d.inbox.total ? <CalendarInbox items={d.inbox.items} total={d.inbox.total} /> : null}

      {isNew ? (
        <div className="grid gap-6 lg:grid-cols-3">
          <div className="lg:col-span-2">
            <FirstSteps steps={steps} />
          </div>
          {d.sprint ? <SprintPanel d={d} /> : <TopGapsPanel d={d} />}
          {d.mentoring.mentoring || d.mentoring.applications ? <MentoringPanel d={d} /> : null}
        </div>
      ) : (
        <>
          <div className="grid gap-6 lg:grid-cols-3">
            <SprintPanel d={d} />
            <DuePanel d={d} />
          </div>
          <div className="grid gap-6 lg:grid-cols-3">
            <ValuePanel d={d} />
            <WinsPanel d={d} />
            <TopGapsPanel d={d} />
            {d.mentoring.mentoring || d.mentoring.applications ? <MentoringPanel d={d} /> : null}
          </div>
        </>
      )}
    </div>
  );
}
