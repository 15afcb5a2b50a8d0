import { describe, expect, it } from "vitest";
import { MARKUP_PAYLOADS } from "../../tests/support/markup-payloads";
import { escapeHtml } from "./escape";
import { buildMap, type MapMentor, placementsOf } from "./map";
import { renderMapRowsHtml } from "./map-html";

/** Tags and attribute names as a browser would read them (every attribute value here is double-quoted). */
function parse(html: string) {
  const tag = /<\/?([a-z]+)((?:\s+[\w-]+(?:="[^"]*")?)*)\s*>/g;
  const tags: string[] = [];
  const attributes: string[] = [];
  let rest = html;
  for (const match of html.matchAll(tag)) {
    tags.push(match[1]!);
    for (const a of match[2]!.matchAll(/\s+([\w-]+)(?:="[^"]*")?/g)) attributes.push(a[1]!);
    rest = rest.replace(match[0], "");
  }
  return { tags: new Set(tags), attributes: new Set(attributes), strayMarkup: /[<>]/.test(rest) };
}

const mentor = (id: string, name: string, extra: Partial<MapMentor> = {}): MapMentor => ({
  id,
  name,
  category: "SAGE",
  stage: "ACTIVE",
  gapAreaIds: ["a1"],
  nextCheckInOn: null,
  oneWay: false,
  ...extra,
});

describe("renderMapRowsHtml", () => {
  it("renders a row per area with chips, gaps, profiles and single points of failure", () => {
    const map = buildMap(
      [{ id: "a1", name: "Leadership", priority: 1 }],
      placementsOf([mentor("m1", "Ada", { nextCheckInOn: "2026-01-01" })]),
      "2026-02-01",
    );
    const html = renderMapRowsHtml(map, { "a1|PEER": "A peer who runs a team" });
    expect(html.match(/<tr /g)).toHaveLength(1);
    expect(html).toContain(
      `<a href="/mentors/m1" data-mentor="m1" aria-label="Ada, Sage, Active, check-in overdue" class="chip" data-health="overdue">Ada</a>`,
    );
    // The three gaps are the top three: highlighted, with the profile wanted.
    expect(html).toContain(`data-cell="Leadership:PEER" data-gap="true" data-top-gap="true"`);
    expect(html).toContain("Wanted: A peer who runs a team");
    expect(html).toContain(
      `<a class="slot" href="/mentors/new?category=REVERSE&amp;area=a1">+ Reverse<span class="sr-only"> for Leadership</span></a>`,
    );
    expect(html).toContain(`role="img" aria-label="Only one person: a single point of failure"`);
    expect(html.match(/single point of failure/g)).toHaveLength(2); // the mark, and the chip's tooltip
  });

  it.each(MARKUP_PAYLOADS)("escapes %s in names, areas and profiles", (payload) => {
    const map = buildMap(
      [{ id: "a1", name: payload, priority: 1 }],
      placementsOf([mentor(`id${payload}`, payload)]),
      "2026-02-01",
    );
    const html = renderMapRowsHtml(map, { "a1|PEER": payload });
    // Nothing the user typed survives as markup: only our tags and attributes, no stray < or >.
    const { tags, attributes, strayMarkup } = parse(html);
    expect([...tags].sort()).toEqual(["a", "li", "p", "path", "span", "svg", "td", "th", "tr", "ul"]);
    expect(
      [...attributes].filter(
        (a) =>
          ![
            "class",
            "href",
            "aria-label",
            "aria-hidden",
            "data-health",
            "data-mentor",
            "data-tip",
            "data-cell",
            "data-gap",
            "data-top-gap",
            "scope",
            // The single-point-of-failure mark, a fixed icon:
            "role",
            "viewBox",
            "width",
            "height",
            "fill",
            "stroke",
            "stroke-width",
            "stroke-linecap",
            "stroke-linejoin",
            "d",
          ].includes(a),
      ),
    ).toEqual([]);
    expect(strayMarkup).toBe(false);
    expect(html).toContain(escapeHtml(payload));
    expect(html).not.toContain(`href="javascript:`);
  });
});
