import { describe, expect, it } from "vitest";
import { type Impact, impactMarkdown, monthEnds, stagesOverTime } from "./impact";

describe("impact", () => {
  it("month ends, the current month ending today", () => {
    expect(monthEnds("2026-12-03", 3)).toEqual(["2026-10-31", "2026-11-30", "2026-12-03"]);
    expect(monthEnds("2027-03-15", 2)).toEqual(["2027-02-28", "2027-03-15"]);
  });

  it("mentees by stage at each month's end: the last move on or before it", () => {
    const rows = stagesOverTime(
      [
        { menteeId: "a", toStage: "ACCEPTED", on: "2026-10-05" },
        { menteeId: "a", toStage: "ACTIVE", on: "2026-11-02" },
        { menteeId: "a", toStage: "ALUMNI", on: "2026-12-01" },
        { menteeId: "b", toStage: "WAITLISTED", on: "2026-11-20" },
      ],
      ["2026-10-31", "2026-11-30", "2026-12-03"],
    );
    expect(rows.map((r) => [r.counts.ACCEPTED, r.counts.ACTIVE, r.counts.ALUMNI, r.counts.WAITLISTED])).toEqual([
      [1, 0, 0, 0],
      [0, 1, 0, 1],
      [0, 0, 1, 1],
    ]);
  });

  it("as Markdown: the figures, the table, the wins and only the stories they agreed to share", () => {
    const impact: Impact = {
      owner: "Ada",
      today: "2026-12-03",
      sessions: 12,
      minutesGiven: 630,
      sessionsWithLength: 8,
      groupSessions: 2,
      menteesEver: 3,
      stages: stagesOverTime([{ menteeId: "a", toStage: "ACTIVE", on: "2026-11-02" }], ["2026-11-30"]),
      wins: [
        { mentee: "Sam", title: "Promoted", on: "2026-11-20", story: true, description: "Sam led the launch." },
        { mentee: "Kim", title: "First talk", on: "2026-11-25", story: false, description: "Private." },
      ],
    };
    const md = impactMarkdown(impact);
    expect(md).toContain("# Mentoring impact: Ada");
    expect(md).toContain("- Hours given: 10.5 (8 one-to-one sessions with a length, 2 group sessions)");
    expect(md).toContain("| Nov 2026 | 0 | 0 | 1 | 0 | 0 | 0 |");
    expect(md).toContain("Sam led the launch.");
    expect(md).not.toContain("Private.");
  });
});

describe("the impact card", () => {
  it("is an SVG with the figures, every name escaped", async () => {
    const { renderImpactSvg } = await import("./impact-svg");
    const svg = renderImpactSvg(
      {
        owner: "<script>Ada</script>",
        today: "2026-12-03",
        sessions: 3,
        minutesGiven: 90,
        sessionsWithLength: 2,
        groupSessions: 0,
        menteesEver: 2,
        stages: stagesOverTime([{ menteeId: "a", toStage: "ACTIVE", on: "2026-11-02" }], ["2026-11-30", "2026-12-03"]),
        wins: [],
      },
      "3 December 2026",
    );
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("Mentoring impact: &lt;script&gt;Ada&lt;/script&gt;");
    expect(svg).not.toContain("<script>");
    expect(svg).toContain(">1.5</text>");
  });
});
