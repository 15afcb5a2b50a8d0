import { describe, expect, it } from "vitest";
import { MARKUP_PAYLOADS } from "../../tests/support/markup-payloads";
import type { AuditRow } from "./audit";
import { renderAuditRowsHtml } from "./audit-html";
import { escapeHtml } from "./escape";

const row = (id: string, name: string, extra: Partial<AuditRow> = {}): AuditRow => ({
  areaNames: [],
  id,
  name,
  category: "PEER",
  stage: "ACTIVE",
  valueReceivedRating: 7,
  valueProvidedRating: null,
  growthPotentialRating: 4,
  checkInsInWindow: 6,
  gave: 3,
  received: 5,
  gaveKinds: [],
  receivedKinds: [],
  ...extra,
});

describe("the audit table's rows as HTML", () => {
  it("writes each relationship's row: a link to the mentor, stage, category, ratings or 'not rated', check-ins, value", () => {
    const html = renderAuditRowsHtml([row("m1", "Ada Lovelace"), row("m2", "Grace Hopper", { category: "SAGE" })]);
    expect(html.match(/<tr /g)).toHaveLength(2);
    expect(html).toContain(`<a href="/mentors/m1" class="hover:underline">Ada Lovelace</a>`);
    expect(html).toContain(">Active</span>");
    expect(html).toContain(">Peer</span>");
    expect(html).toContain(">Sage</span>");
    expect(html).toContain(">7</td>");
    expect(html).toContain(">not rated</span></td>");
    expect(html).toContain(">1</td>"); // six check-ins in the window: one a month
    expect(html).toContain(">3 / 5</td>");
  });

  it("escapes every name and id: markup in them is text, never a tag or an attribute", () => {
    for (const payload of MARKUP_PAYLOADS) {
      const html = renderAuditRowsHtml([row(payload, payload)]);
      const tags = [...html.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]);
      expect(new Set(tags)).toEqual(new Set(["tr", "th", "a", "span", "td"]));
      const attributes = [...html.matchAll(/<[a-z]+((?:\s+[\w-]+="[^"]*")*)\s*>/g)].flatMap((m) =>
        [...m[1]!.matchAll(/\s+([\w-]+)=/g)].map((a) => a[1]),
      );
      expect(new Set(attributes)).toEqual(new Set(["class", "scope", "href", "title"]));
      expect(html).toContain(`>${escapeHtml(payload)}</a>`);
      expect(html).toContain(`href="/mentors/${encodeURIComponent(payload)}"`);
    }
  });
});
