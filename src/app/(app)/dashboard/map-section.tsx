import { Plus } from "lucide-react";
import { buttonClass } from "@/components/button";
import Link from "@/components/link";
import { ProgressBar } from "@/components/progress-bar";
import { renderRadialMap } from "@/domain/map-radial";
import type { DashboardData } from "@/server/dashboard/dashboard.queries";
import { IntroductionsOverlay } from "./introductions-overlay";
import { MapTools } from "./map-tools";
import { MentorshipMapTable } from "./mentorship-map";

export type MapView = "table" | "picture";

const VIEWS: [MapView, string, string][] = [
  ["table", "Table", "/dashboard"],
  ["picture", "Picture", "/dashboard?view=picture"],
];

const viewClass = (on: boolean) =>
  `inline-flex min-h-11 items-center px-3 text-sm md:min-h-9 ${on ? "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900" : "bg-white hover:bg-zinc-50 dark:bg-zinc-900 dark:hover:bg-zinc-800"}`;

/** The map's heading: how full it is, Add mentor first, the two views, and export behind ⋯. */
export function MapHeader({ d, view }: { d: DashboardData; view: MapView }) {
  const { filled, total } = d.map.core;
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div className="min-w-0 space-y-1">
        <h1 className="text-2xl font-semibold">Your mentorship map</h1>
        {d.hasAreas ? (
          <div className="w-64 max-w-full space-y-1">
            <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="map-progress">
              {filled} of {total} core cells filled · {d.mentorCount === 1 ? "1 person" : `${d.mentorCount} people`}
            </p>
            <ProgressBar
              label="Core cells filled"
              value={total ? filled / total : 0}
              size="sm"
              text={`${filled} of ${total}`}
            />
          </div>
        ) : null}
      </div>
      {d.hasAreas ? (
        <div className="flex flex-wrap items-center gap-2">
          <Link href="/mentors/new" className={buttonClass("primary")}>
            <Plus aria-hidden className="size-4" /> Add mentor
          </Link>
          <nav
            aria-label="Map view"
            className="flex overflow-hidden rounded-md border border-zinc-300 dark:border-zinc-700"
          >
            {VIEWS.map(([key, label, href]) => (
              <Link
                key={key}
                href={href}
                aria-current={view === key ? "page" : undefined}
                className={viewClass(view === key)}
              >
                {label}
              </Link>
            ))}
          </nav>
          <MapTools />
        </div>
      ) : null}
    </div>
  );
}

/** The map itself: the accessible table, or the radial picture with the same people. */
export function MapBody({ d, view }: { d: DashboardData; view: MapView }) {
  if (view === "picture")
    return (
      <div className="space-y-3">
        <div
          className="mx-auto max-w-2xl"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: every value in it is escaped by map-radial.ts, whose tests feed it markup
          dangerouslySetInnerHTML={{
            __html: renderRadialMap(
              d.map,
              "Your map as a picture: you at the centre, categories as sectors, areas as rings",
            ),
          }}
        />
        <ol aria-label="Rings, from the centre" className="flex flex-wrap justify-center gap-x-4 gap-y-1 text-sm">
          {d.map.rows.map((r, i) => (
            <li key={r.area.id}>
              <span className="font-semibold">{i + 1}</span> {r.area.name}
            </li>
          ))}
        </ol>
        <p className="text-center text-sm text-zinc-600 dark:text-zinc-400">
          Dots are people, coloured by how the relationship is doing; open circles are gaps. The{" "}
          <Link href="/dashboard" className="underline">
            table view
          </Link>{" "}
          has the same people in words.
        </p>
      </div>
    );
  return (
    <IntroductionsOverlay introductions={d.introductions}>
      <MentorshipMapTable rowsHtml={d.mapRowsHtml} />
    </IntroductionsOverlay>
  );
}
