import "server-only";
import { type Day, todayIn } from "@/domain/calendar";
import { buildMap, CELL_CHIP_LIMIT, type MapArea, type MentorshipMap } from "@/domain/map";
import { renderMapRowsHtml } from "@/domain/map-html";
import { oneWayFlag } from "@/domain/value-balance";
import type { CurrentUser } from "../auth/session";
import { type Proposal, pendingProposals } from "../calendar/calendar.queries";
import { db } from "../db";
import { mapVersionCache } from "../map-version-cache";
import { type MentoringPanel, menteesDue } from "../mentees/mentees.queries";
import type { Tx } from "../ownership";
import { type DueReminder, dueReminders } from "../reminders/reminders.queries";
import { type SprintProgress, sprintProgress, withActiveCounts } from "../sprint/sprint.queries";
import { type AroundMapJson, aroundMapQuery } from "./around-map";
import { allMapCells, type CellRow, type MapCells, mapCellsAt } from "./map-cells";
import {
  changed,
  changesSince,
  type DashboardPart,
  EVERYTHING,
  type MapChanges,
  versionAndChanges,
} from "./map-changes";

/** The map from the cells' held rows: the first CELL_CHIP_LIMIT of each cell are its chips. */
function mapFrom(areas: MapArea[], cells: CellRow[], today: Day) {
  return buildMap(
    areas,
    cells
      .filter((c) => c.r <= CELL_CHIP_LIMIT)
      .map((c) => ({
        areaId: c.a,
        cellCount: Number(c.k),
        mentor: { id: c.id, name: c.n, category: c.c, stage: c.s, gapAreaIds: [c.a], nextCheckInOn: c.d, oneWay: c.o },
      })),
    today,
  );
}

/**
 * The map picture alone, computed from scratch inside `client`'s transaction (taking a
 * snapshot): its areas and every cell, nothing around it.
 */
export async function loadMap(client: Tx | typeof db, user: Pick<CurrentUser, "id" | "timeZone">, today: Day) {
  // One after the other: the client may be a transaction.
  const areas = await client.gapArea.findMany({
    where: { userId: user.id },
    select: { id: true, name: true, priority: true },
  });
  return mapFrom(areas, await allMapCells(client, user.id, today), today);
}

export type DashboardData = {
  today: Day;
  zone: string;
  map: MentorshipMap;
  /** What the next view after a change starts from: the cells, and the map's frame. */
  cells: MapCells & { recomputed: "all" | number; ranked: number };
  areas: MapArea[];
  profiles: Record<string, string>;
  /** The parts around the map computed again for this view ("all", or those a write touched). */
  recomputed: "all" | DashboardPart[];
  /** The map's table rows, rendered once per version (src/domain/map-html.ts). */
  mapRowsHtml: string;
  hasAreas: boolean;
  wizardDraft: boolean;
  hasCheckIn: boolean;
  introductions: { id: string; fromId: string; fromName: string; toId: string; toName: string; on: Day }[];
  unsharedWins: { id: string; title: string; on: Day; names: string[] }[];
  mentorCount: number;
  due: (DueReminder & { overdue: boolean })[];
  value: {
    gave: number;
    received: number;
    oneWay: { id: string; name: string; oneWay: NonNullable<ReturnType<typeof oneWayFlag>> }[];
  };
  sprint: SprintProgress | null;
  /** Meetings with mentors found in the calendar, waiting to be logged. */
  inbox: { items: Proposal[]; total: number };
  /** Mentees due a session. */
  mentoring: MentoringPanel;
};

/**
 * Dashboards computed recently, per user under (mapVersion, day, zone): a repeat view
 * costs one small query, and the next view after a change computes again only the map
 * cells and the parts around it that the change touched (src/server/dashboard/map-changes.ts).
 */
const dashboards = mapVersionCache<DashboardData, { from: number; changes: MapChanges }>(100, versionAndChanges);

/** Everything the dashboard shows: one small query when nothing has changed since the last view. */
export async function getDashboard(user: Pick<CurrentUser, "id" | "timeZone">): Promise<DashboardData> {
  const today = todayIn(user.timeZone);
  return dashboards.get(user.id, `${today}|${user.timeZone}`, (version, previous, since) =>
    computeDashboard(user, today, version, previous, since),
  );
}

const PARTS: DashboardPart[] = [
  "value",
  "introductions",
  "wins",
  "check_ins",
  "due",
  "sprint",
  "active_mentors",
  "calendar",
  "mentoring",
];

async function computeDashboard(
  user: Pick<CurrentUser, "id" | "timeZone">,
  today: Day,
  version: number,
  previous: DashboardData | undefined,
  /** What changed since a view, read with the version. */
  since?: { from: number; changes: MapChanges },
): Promise<DashboardData> {
  // An earlier view of the same day and zone, at most as new as this version, is where this one starts.
  const earlier =
    previous?.zone === user.timeZone && previous.today === today && previous.cells.version <= version
      ? previous
      : undefined;
  const changes = !earlier
    ? EVERYTHING
    : since?.from === earlier.cells.version
      ? since.changes
      : await changesSince(db, user.id, earlier.cells.version, version);
  const again = (part: DashboardPart) => !earlier || changed(changes, part);
  const wanted = {
    map: !earlier || changes.parts === "all",
    value: again("value"),
    introductions: again("introductions"),
    wins: again("wins"),
    checkIns: again("check_ins"),
  };
  // The inbox leaves out a day already logged (check-ins) and shows mentors' names (a rename records "due"):
  // those can only empty or change an inbox that has something in it.
  const inboxAgain = again("calendar") || (Boolean(earlier?.inbox.total) && (again("check_ins") || again("due")));
  const [around, cells, due, sprint, inbox, mentoring] = await Promise.all([
    aroundMapQuery(db, user.id, today, wanted),
    mapCellsAt(db, user.id, today, version, earlier?.cells, changes),
    again("due") ? dueReminders(user.id, today, 20) : undefined,
    again("sprint")
      ? sprintProgress(db, user, today)
      : earlier!.sprint && changed(changes, "active_mentors")
        ? withActiveCounts(db, user.id, today, earlier!.sprint)
        : earlier!.sprint,
    inboxAgain ? pendingProposals(user.id) : earlier!.inbox,
    again("mentoring") ? menteesDue(user.id, today) : earlier!.mentoring,
  ]);
  const frame = wanted.map
    ? {
        areas: around.areas!,
        profiles: Object.fromEntries(around.profiles!.map((s) => [`${s.a}|${s.c}`, s.p])),
        wizardDraft: Boolean(around.wizard_draft),
      }
    : { areas: earlier!.areas, profiles: earlier!.profiles, wizardDraft: earlier!.wizardDraft };
  const map = mapFrom(frame.areas, cells.rows, today);
  return {
    today,
    zone: user.timeZone,
    map,
    cells,
    ...frame,
    recomputed: wanted.map ? "all" : PARTS.filter(again),
    mapRowsHtml: renderMapRowsHtml(map, frame.profiles),
    hasAreas: map.rows.length > 0,
    hasCheckIn: wanted.checkIns ? Boolean(around.has_check_in) : earlier!.hasCheckIn,
    introductions: wanted.introductions ? introductionsFrom(around) : earlier!.introductions,
    unsharedWins: wanted.wins
      ? (around.unshared_wins ?? []).map((w) => ({ id: w.id, title: w.title, on: w.d, names: w.names ?? [] }))
      : earlier!.unsharedWins,
    ...(wanted.value ? valueFrom(around, today) : { mentorCount: earlier!.mentorCount, value: earlier!.value }),
    due: due ? due.map((r) => ({ ...r, overdue: r.dueOn < today })) : earlier!.due,
    sprint,
    inbox,
    mentoring,
  };
}

const introductionsFrom = (around: AroundMapJson) =>
  (around.introductions ?? []).map((i) => ({
    id: i.id,
    fromId: i.f,
    fromName: i.fn,
    toId: i.t,
    toName: i.tn,
    on: i.d,
  }));

function valueFrom(around: AroundMapJson, today: Day) {
  const totals = around.totals!;
  return {
    mentorCount: Number(totals.mentors),
    value: {
      gave: Number(totals.gave),
      received: Number(totals.received),
      oneWay: around.one_way!.flatMap((r) => {
        const f = oneWayFlag(r.last_gave, r.first_gave, r.last_received, r.first_received, today);
        return f ? [{ id: r.id, name: r.name, oneWay: f }] : [];
      }),
    },
  };
}

/** The dashboard computed from scratch, past the cache: what every view after a change must equal. */
export async function dashboardFromScratch(user: Pick<CurrentUser, "id" | "timeZone">): Promise<DashboardData> {
  const [row] = await db.$queryRaw<{ mapVersion: number }[]>`SELECT "mapVersion" FROM "User" WHERE "id" = ${user.id}`;
  return computeDashboard(user, todayIn(user.timeZone), row?.mapVersion ?? 0, undefined);
}
