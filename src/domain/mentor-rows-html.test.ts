import { describe, expect, it } from "vitest";
import { MARKUP_PAYLOADS } from "../../tests/support/markup-payloads";
import { escapeHtml } from "./escape";
import { type MentorRow, renderMentorRowsHtml } from "./mentor-rows-html";

const TODAY = "2027-03-10";
const formatDay = (day: string) => `day ${day}`;

const row = (id: string, name: string, extra: Partial<MentorRow> = {}): MentorRow => ({
  id,
  name,
  headline: "VP Engineering",
  organisation: "Northwind",
  tags: ["fintech"],
  category: "SAGE",
  stage: "ACTIVE",
  gapAreas: [{ name: "Leadership" }, { name: "Hiring" }],
  nextCheckInOn: "2027-03-12",
  value: { gave: 1, received: 3, balance: -2, oneWay: null },
  ...extra,
});

describe("the mentors list's rows as HTML", () => {
  it("writes each mentor's row: a selection box, a link, byline, tags, category, stage, gap areas, next check-in, value", () => {
    const html = renderMentorRowsHtml(
      [
        row("m1", "Ada Lovelace"),
        row("m2", "Grace Hopper", {
          headline: null,
          organisation: null,
          tags: [],
          gapAreas: [],
          nextCheckInOn: null,
          value: { gave: 0, received: 0, balance: 0, oneWay: null },
        }),
      ],
      TODAY,
      formatDay,
    );
    expect(html.match(/<tr /g)).toHaveLength(2);
    expect(html).toContain(`<input type="checkbox" class="size-4" aria-label="Select Ada Lovelace" data-select="m1">`);
    expect(html).toContain(`href="/mentors/m1">Ada Lovelace</a>`);
    expect(html).toContain(">VP Engineering, Northwind</div>");
    expect(html).toContain(`aria-label="Mentors tagged fintech" href="/mentors?tag=fintech">#fintech</a>`);
    expect(html).toContain(">Sage</span>");
    expect(html).toContain(">Active</td>");
    expect(html).toContain(">Leadership, Hiring</td>");
    // Due in two days: the phone's card and the wide table's cell both say so.
    expect(html).toContain("<span>Next check-in day 2027-03-12</span>");
    expect(html).toContain("<div>day 2027-03-12</div>");
    expect(html.match(/>Due in 2 days</g)).toHaveLength(2);
    expect(html).toContain(`<span title="Given 1, received 3">-2</span>`);
    // A mentor with nothing to show shows dashes, not empty cells.
    const second = html.slice(html.indexOf("Grace Hopper"));
    expect(second).not.toContain("Next check-in");
    expect(second.match(/>—</g)).toHaveLength(3);
    // A selected row is highlighted by CSS alone.
    expect(html).toContain("has-checked:bg-brand-50");
  });

  it("says when value has gone one way", () => {
    const html = renderMentorRowsHtml(
      [
        row("m1", "Ada Lovelace", {
          value: {
            gave: 0,
            received: 4,
            balance: -4,
            oneWay: { direction: "RECEIVED", months: 7, since: "2026-08-01" },
          },
        }),
      ],
      TODAY,
      formatDay,
    );
    expect(html).toContain(">You have only received from Ada for 7 months</div>");
  });

  it("escapes every value: markup in them is text, never a tag or an attribute", () => {
    for (const payload of MARKUP_PAYLOADS) {
      const html = renderMentorRowsHtml(
        [
          row(payload, payload, {
            headline: payload,
            organisation: payload,
            tags: [payload],
            gapAreas: [{ name: payload }],
          }),
        ],
        TODAY,
        () => payload,
      );
      const tags = [...html.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]);
      expect(new Set(tags)).toEqual(new Set(["tr", "td", "label", "input", "a", "div", "span"]));
      const attributes = [...html.matchAll(/<[a-z]+((?:\s+[\w-]+="[^"]*")*)\s*>/g)].flatMap((m) =>
        [...m[1]!.matchAll(/\s+([\w-]+)="[^"]*"/g)].map((a) => a[1]),
      );
      expect(new Set(attributes)).toEqual(
        new Set(["class", "type", "aria-label", "data-select", "href", "data-testid", "title"]),
      );
      expect(html).toContain(`>${escapeHtml(payload)}</a>`);
      expect(html).toContain(`href="/mentors/${encodeURIComponent(payload)}"`);
      expect(html).toContain(`data-select="${escapeHtml(payload)}"`);
    }
  });
});
