import { addDaysToDay, type Day, daysBetween } from "./calendar";

/** The 90-day sprint: a start day and three 30-day phases whose targets are computed from the data. */

export const SPRINT_DAYS = 90;
/** A sprint may start at most this many days before or after today. */
export const SPRINT_START_WINDOW_DAYS = 365;

export type PhaseNumber = 1 | 2 | 3;
export type PhaseName = "Foundation" | "Activation" | "Optimisation";

export const PHASES: readonly { number: PhaseNumber; name: PhaseName; firstDay: number; lastDay: number }[] = [
  { number: 1, name: "Foundation", firstDay: 1, lastDay: 30 },
  { number: 2, name: "Activation", firstDay: 31, lastDay: 60 },
  { number: 3, name: "Optimisation", firstDay: 61, lastDay: 90 },
];

export function sprintPhase(day: number): { number: PhaseNumber; name: PhaseName } | null {
  const phase = PHASES.find((p) => day >= p.firstDay && day <= p.lastDay);
  return phase ? { number: phase.number, name: phase.name } : null;
}

/** Day 1 is the start day; before it the day is ≤ 0, after the sprint it is > 90. */
export function sprintDay(startOn: Day, today: Day): number {
  return daysBetween(startOn, today) + 1;
}

export const sprintLastDay = (startOn: Day): Day => addDaysToDay(startOn, SPRINT_DAYS - 1);

/** Refuses a start more than a year from today, either way. */
export function sprintStartProblem(startOn: Day, today: Day): string | null {
  const distance = daysBetween(today, startOn);
  if (distance > SPRINT_START_WINDOW_DAYS) return "Start the sprint within a year from today.";
  if (distance < -SPRINT_START_WINDOW_DAYS) return "A sprint cannot start more than a year ago.";
  return null;
}

/**
 * What the targets are computed from. Counts of things that happen (researched,
 * outreach, conversations, takeaways, introductions, wins) are within the sprint's
 * days; the rest is the map as it is now.
 */
export type SprintCounts = {
  gapAreas: number;
  researched: number;
  valuePropositions: number;
  outreachSent: number;
  firstConversations: number;
  activeReverse: number;
  peerGroups: number;
  takeawaysLogged: number;
  activeMentors: number;
  /** Active mentors with a cadence whose next check-in is not past. */
  activeOnRhythm: number;
  introductions: number;
  winsSharedPublicly: number;
  digestEnabled: boolean;
};

export type TargetKey =
  | "gap-analysis"
  | "researched"
  | "value-propositions"
  | "outreach"
  | "first-conversations"
  | "reverse-active"
  | "peer-group"
  | "learnings"
  | "rhythm"
  | "introduction"
  | "win-shared"
  | "digest";

export type Target = {
  key: TargetKey;
  label: string;
  /** How far along, in the target's own unit. */
  value: number;
  goal: number;
  /** 0–1. */
  progress: number;
  done: boolean;
  /** Where to go to move it, where the app has that screen. */
  href: string | null;
};

export const TARGET_GOALS = {
  gapAreas: 5,
  researched: 15,
  valuePropositions: 15,
  outreachSent: 5,
  firstConversations: 3,
  takeawaysLogged: 3,
} as const;

function target(key: TargetKey, label: string, value: number, goal: number, href: string | null): Target {
  const progress = goal <= 0 ? 1 : Math.min(1, Math.max(0, value / goal));
  return { key, label, value, goal, progress, done: value >= goal, href };
}

export type SprintPhaseProgress = {
  number: PhaseNumber;
  name: PhaseName;
  firstDay: number;
  lastDay: number;
  targets: Target[];
  progress: number;
  done: boolean;
};

/** The three phases with their targets: foundation (map and outreach), activation (first conversations), optimisation (rhythms, introductions, wins). */
export function sprintTargets(c: SprintCounts): SprintPhaseProgress[] {
  const g = TARGET_GOALS;
  const byPhase: Record<PhaseNumber, Target[]> = {
    1: [
      target("gap-analysis", `Gap analysis done (at least ${g.gapAreas} areas)`, c.gapAreas, g.gapAreas, "/gaps"),
      target(
        "researched",
        `${g.researched} prospects researched`,
        c.researched,
        g.researched,
        "/mentors?stage=RESEARCHED",
      ),
      target(
        "value-propositions",
        "A value proposition for each",
        c.valuePropositions,
        Math.max(g.valuePropositions, c.researched),
        "/mentors?stage=RESEARCHED",
      ),
      target("outreach", `Outreach sent to ${g.outreachSent}`, c.outreachSent, g.outreachSent, "/mentors/pipeline"),
    ],
    2: [
      target(
        "first-conversations",
        "First conversations with 3–5 mentors",
        c.firstConversations,
        g.firstConversations,
        "/mentors/pipeline",
      ),
      target("reverse-active", "One reverse mentorship active", c.activeReverse, 1, "/mentors?category=REVERSE"),
      target("peer-group", "One peer group joined or created", c.peerGroups, 1, "/peer-groups"),
      target("learnings", "Learnings documented (takeaways logged)", c.takeawaysLogged, g.takeawaysLogged, "/mentors"),
    ],
    3: [
      // Every active mentor on a rhythm: nothing to measure until someone is active.
      target(
        "rhythm",
        "Every active mentor has a cadence and none is overdue",
        c.activeOnRhythm,
        Math.max(1, c.activeMentors),
        "/mentors?stage=ACTIVE",
      ),
      target("introduction", "At least one introduction between mentors", c.introductions, 1, "/introductions"),
      target("win-shared", "At least one win shared publicly", c.winsSharedPublicly, 1, "/wins"),
      target("digest", "Digest enabled (your long-term maintenance system)", c.digestEnabled ? 1 : 0, 1, "/settings"),
    ],
  };
  return PHASES.map((p) => {
    const targets = byPhase[p.number];
    const progress = targets.reduce((sum, t) => sum + t.progress, 0) / targets.length;
    return { ...p, targets, progress, done: targets.every((t) => t.done) };
  });
}

/** The sprint's week (1–13) of a day in it: week 1 is days 1–7. */
export const sprintWeek = (day: number) => Math.floor((day - 1) / 7) + 1;
export const SPRINT_WEEKS = sprintWeek(SPRINT_DAYS);

/**
 * "One outreach a week": the run of consecutive weeks with outreach, ending at the
 * current week; the current week does not break the run until it is over.
 */
export function outreachStreak(weeksWithOutreach: Iterable<number>, today: number) {
  const done = new Set(weeksWithOutreach);
  const current = Math.min(SPRINT_WEEKS, Math.max(1, sprintWeek(today)));
  const weeks = Array.from({ length: SPRINT_WEEKS }, (_, i) => ({
    week: i + 1,
    state: done.has(i + 1)
      ? ("done" as const)
      : i + 1 < current || today > SPRINT_DAYS
        ? ("missed" as const)
        : i + 1 === current
          ? ("now" as const)
          : ("ahead" as const),
  }));
  let streak = 0;
  for (let w = done.has(current) ? current : current - 1; w >= 1 && done.has(w); w--) streak++;
  return { streak, thisWeekDone: done.has(current), weeks };
}
