import { expect, it } from "vitest";
import { counted } from "./plural";

it("puts the noun in the right number", () => {
  expect([
    counted(1, "person", "people"),
    counted(2, "person", "people"),
    counted(0, "row"),
    counted(1, "row"),
    counted(12_000, "row"),
  ]).toEqual(["1 person", "2 people", "0 rows", "1 row", "12,000 rows"]);
});
