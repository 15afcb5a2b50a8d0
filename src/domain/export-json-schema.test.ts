import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exportJsonSchema } from "./export-json-schema";

describe("the committed JSON Schema of the export format", () => {
  it("is the one generated from the zod schema (run `npm run export:schema` after changing the format)", () => {
    expect(JSON.parse(readFileSync("docs/export-format.schema.json", "utf8"))).toEqual(
      JSON.parse(JSON.stringify(exportJsonSchema())),
    );
  });
});
