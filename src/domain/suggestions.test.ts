import { describe, expect, it } from "vitest";
import {
  gapSearchText,
  keywords,
  type SuggestionFacts,
  seniority,
  seniorityFit,
  suggestionReason,
} from "./suggestions";

const facts = (over: Partial<SuggestionFacts> = {}): SuggestionFacts => ({
  headline: null,
  organisation: null,
  notes: "",
  tags: [],
  colleague: null,
  seniorityFits: false,
  archived: false,
  ...over,
});

describe("keywords", () => {
  it("keeps the words worth matching, once each, in order", () => {
    expect(keywords("An Engineering manager who has scaled teams, and SCALED them again")).toEqual([
      "engineering",
      "manager",
      "scaled",
      "teams",
      "again",
    ]);
    expect(keywords("<script>alert(1)</script> & ' OR 1=1")).toEqual(["script", "alert"]);
    expect(keywords("")).toEqual([]);
  });

  it("reads the profile first, then the area", () => {
    expect(gapSearchText({ name: "Leadership", guidanceSought: "running 1:1s" }, "a VP who scaled a team")).toBe(
      "a VP who scaled a team Leadership running 1:1s",
    );
  });
});

describe("seniority", () => {
  it.each([
    ["VP Engineering", 3],
    ["Co-founder at Northwind", 3],
    ["Head of Product", 3],
    ["Staff Engineer", 2],
    ["Engineering Manager", 2],
    ["Software Engineer", 1],
    ["Junior Designer", 0],
    ["Computer science student", 0],
    ["", null],
    [null, null],
  ] as const)("%s reads as %s", (headline, level) => {
    expect(seniority(headline)).toBe(level);
  });

  it("fits a sage above the user, a reverse mentor below, a peer level", () => {
    expect(seniorityFit("SAGE", 3, 1)).toBe(1);
    expect(seniorityFit("SAGE", 1, 1)).toBe(0);
    expect(seniorityFit("REVERSE", 0, 2)).toBe(1);
    expect(seniorityFit("REVERSE", 3, 2)).toBe(0);
    expect(seniorityFit("PEER", 2, 2)).toBe(1);
    expect(seniorityFit("PEER", 3, 1)).toBe(0);
    expect(seniorityFit("SPECIALIST", 3, 1)).toBe(0);
    // No headline of the user's own: they read as mid-level.
    expect(seniorityFit("SAGE", 2, null)).toBe(1);
    expect(seniorityFit("SAGE", null, 0)).toBe(0);
  });
});

describe("suggestionReason", () => {
  const words = keywords("engineering manager who has scaled teams");

  it("names the profile's words they match, by stem", () => {
    expect(
      suggestionReason(words, facts({ headline: "Engineering Manager", notes: "Scaling a team of 40" }), "SAGE"),
    ).toBe("Matches ‘engineering’, ‘manager’, ‘scaled’.");
  });

  it("names the colleague on the map and the seniority cue", () => {
    expect(
      suggestionReason(
        ["payments"],
        facts({
          headline: "VP Payments",
          organisation: "Northwind",
          colleague: { name: "Aisha Mensah", category: "PEER" },
          seniorityFits: true,
        }),
        "SAGE",
      ),
    ).toBe("Matches ‘payments’; works at Northwind like your peer Aisha Mensah; more senior than you by title.");
    expect(
      suggestionReason(
        [],
        facts({ organisation: "Contoso", colleague: { name: "Tom", category: "REVERSE" }, archived: true }),
        "PEER",
      ),
    ).toBe("Works at Contoso like your reverse mentor Tom (archived contact).");
  });

  it("says nothing when nothing fits", () => {
    expect(suggestionReason(words, facts({ headline: "Florist" }), "SAGE")).toBeNull();
  });
});
