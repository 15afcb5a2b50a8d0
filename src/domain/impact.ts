import type { Day } from "./calendar";
import { MENTEE_STAGES, type MenteeStage } from "./mentee-stages";

// The impact of the user's mentoring: figures, mentees by stage over time, wins and the
// stories mentees agreed to share; and the same as Markdown to download. No I/O.

export type StageMove = { menteeId: string; toStage: MenteeStage; on: Day };

/** The last day of each of the `count` months up to and including `today`'s month, oldest first. */
export function monthEnds(today: Day, count: number): Day[] {
  const [y, m] = today.split("-").map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(y, m - count + i + 1, 0));
    const end = date.toISOString().slice(0, 10);
    return end > today ? today : end;
  });
}

/**
 * How many mentees were in each stage at the end of each month: each one's stage is
 * the last they moved to on or before that day; one not yet added counts nowhere.
 */
export function stagesOverTime(moves: StageMove[], ends: Day[]) {
  const byMentee = new Map<string, StageMove[]>();
  for (const m of [...moves].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0)))
    byMentee.set(m.menteeId, [...(byMentee.get(m.menteeId) ?? []), m]);
  return ends.map((end) => {
    const counts = Object.fromEntries(MENTEE_STAGES.map((s) => [s.value, 0])) as Record<MenteeStage, number>;
    for (const list of byMentee.values()) {
      const last = list.filter((m) => m.on <= end).at(-1);
      if (last) counts[last.toStage]++;
    }
    return { end, counts };
  });
}

export type Impact = {
  owner: string | null;
  today: Day;
  sessions: number;
  /** Sessions one-to-one with a length given, and the group sessions held: their minutes. */
  minutesGiven: number;
  sessionsWithLength: number;
  groupSessions: number;
  menteesEver: number;
  stages: ReturnType<typeof stagesOverTime>;
  wins: { mentee: string; title: string; on: Day; story: boolean; description: string }[];
};

export const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

const monthLabel = (end: Day) =>
  new Date(`${end}T00:00:00Z`).toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

/** The impact page as Markdown; the wins' text as written, on lines of their own. */
export function impactMarkdown(i: Impact): string {
  const title = i.owner ? `Mentoring impact: ${i.owner}` : "Mentoring impact";
  const lines = [
    `# ${title}`,
    "",
    `As of ${i.today}.`,
    "",
    `- Sessions held: ${i.sessions}`,
    `- Hours given: ${hours(i.minutesGiven)} (${i.sessionsWithLength} one-to-one sessions with a length, ${i.groupSessions} group sessions)`,
    `- People mentored: ${i.menteesEver}`,
    "",
    "## Mentees by stage",
    "",
    `| Month | ${MENTEE_STAGES.map((s) => s.label).join(" | ")} |`,
    `|---|${MENTEE_STAGES.map(() => "---").join("|")}|`,
    ...i.stages.map((r) => `| ${monthLabel(r.end)} | ${MENTEE_STAGES.map((s) => r.counts[s.value]).join(" | ")} |`),
    "",
    "## Their wins",
    "",
    ...(i.wins.length ? i.wins.map((w) => `- ${w.on}: ${w.mentee}, ${w.title}`) : ["None logged yet."]),
  ];
  const stories = i.wins.filter((w) => w.story && w.description);
  if (stories.length)
    lines.push(
      "",
      "## Stories they agreed to share",
      "",
      ...stories.flatMap((w) => [`### ${w.title}`, "", w.description, ""]),
    );
  return `${lines.join("\n").trimEnd()}\n`;
}
