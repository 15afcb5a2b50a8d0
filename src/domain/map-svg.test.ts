import { describe, expect, it } from "vitest";
import { escapeHtml } from "./escape";
import { buildMap, placementsOf } from "./map";
import { renderMapSvg } from "./map-svg";

describe("renderMapSvg", () => {
  const map = buildMap(
    [{ id: "a", name: "Leadership & <teams>", priority: 1 }],
    placementsOf([
      {
        id: "m",
        name: `Ada "<script>alert(1)</script>"`,
        category: "SAGE",
        stage: "ACTIVE",
        gapAreaIds: ["a"],
        nextCheckInOn: "2026-01-01",
        oneWay: false,
      },
    ]),
    "2026-02-01",
  );
  const svg = renderMapSvg(map, { title: "My map", subtitle: "26 Nov 2026" });

  it("is a standalone SVG with a size, a title and every cell", () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+"/);
    expect(svg).toContain('<title id="map-title">My map</title>');
    expect(svg).toContain("SAGE");
    expect(svg).toContain("ACCOUNTABILITY");
    expect(svg).toContain("check-in overdue");
    expect((svg.match(/>Gap</g) ?? []).length).toBe(2); // peer and reverse
    expect(svg).toContain("Single point of failure");
  });

  it("escapes names, so a mentor's name cannot inject markup", () => {
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("Leadership &amp; &lt;teams&gt;");
    expect(escapeHtml(`'"&<>`)).toBe("&#39;&quot;&amp;&lt;&gt;");
  });
});
