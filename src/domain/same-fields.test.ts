import { expect, it } from "vitest";
import { sameFields } from "./same-fields";

it("compares what is wanted field by field: dates by instant, lists and JSON by content, absent as null", () => {
  const here = {
    name: "Ada",
    at: new Date("2026-01-01T00:00:00Z"),
    tags: ["a", "b"],
    links: [{ url: "u", note: "n" }],
    rating: null,
    extra: 1,
  };
  expect(
    sameFields(here, {
      name: "Ada",
      at: new Date("2026-01-01T00:00:00.000Z"),
      tags: ["a", "b"],
      links: [{ note: "n", url: "u" }],
      rating: undefined,
    }),
  ).toBe(true);
  expect(sameFields(here, { tags: ["b", "a"] })).toBe(false);
  expect(sameFields(here, { at: new Date("2026-01-02T00:00:00Z") })).toBe(false);
  expect(sameFields(here, { name: "Ada L." })).toBe(false);
});
