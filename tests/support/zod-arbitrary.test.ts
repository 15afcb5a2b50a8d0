import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { arbitraryFor, defOf, objectKeys, ZOD_WRITTEN_FOR } from "./zod-arbitrary";

// The fuzzing of every action (security-fuzz-*.test.ts) builds its inputs from zod's
// internal definitions. A zod upgrade that moves them would make the fuzzer quietly
// generate junk and test nothing: these fail first, and say where to look.

describe("zod-arbitrary's assumptions about zod", () => {
  it(`runs on the zod it was written for (${ZOD_WRITTEN_FOR})`, () => {
    const installed = JSON.parse(readFileSync("node_modules/zod/package.json", "utf8")).version;
    const pinned = JSON.parse(readFileSync("package.json", "utf8")).dependencies.zod;
    expect(
      { installed, pinned },
      `zod-arbitrary.ts reads zod's private _zod.def and was written for zod ${ZOD_WRITTEN_FOR}. Check the shapes in this file against the new zod, fix zod-arbitrary.ts where they moved, then update ZOD_WRITTEN_FOR.`,
    ).toEqual({ installed: ZOD_WRITTEN_FOR, pinned: ZOD_WRITTEN_FOR });
  });

  it("finds each definition where it reads it", () => {
    const shapes: [z.ZodType, string, string[]][] = [
      [z.string().max(5), "string", ["checks"]],
      [z.number().int(), "number", ["checks"]],
      [z.boolean(), "boolean", []],
      [z.enum(["A", "B"]), "enum", ["entries"]],
      [z.literal("x"), "literal", ["values"]],
      [z.object({ a: z.string() }), "object", ["shape"]],
      [z.array(z.string()).min(1).max(3), "array", ["element", "checks"]],
      [z.string().optional(), "optional", ["innerType"]],
      [z.string().nullable(), "nullable", ["innerType"]],
      [z.string().default("a"), "default", ["innerType"]],
      [z.union([z.string(), z.number()]), "union", ["options"]],
      [z.intersection(z.object({ a: z.string() }), z.object({ b: z.string() })), "intersection", ["left", "right"]],
      [z.preprocess((v) => v, z.string()), "pipe", ["in", "out"]],
      [z.record(z.string(), z.number()), "record", ["keyType", "valueType"]],
      [z.lazy(() => z.string()), "lazy", ["getter"]],
    ];
    for (const [schema, type, keys] of shapes) {
      const def = defOf(schema);
      expect(def.type, `a ${type} schema's _zod.def.type`).toBe(type);
      for (const key of keys) expect(def, `a ${type} schema's _zod.def.${key}`).toHaveProperty(key);
    }
    expect(defOf(defOf(z.preprocess((v) => v, z.string())).in).type, "z.preprocess starts with a transform").toBe(
      "transform",
    );
    const [min, max] = defOf(z.array(z.string()).min(1).max(3)).checks as { _zod: { def: Record<string, unknown> } }[];
    expect(min!._zod.def).toMatchObject({ check: "min_length", minimum: 1 });
    expect(max!._zod.def).toMatchObject({ check: "max_length", maximum: 3 });
    expect(z.string().min(2).max(9)).toMatchObject({ minLength: 2, maxLength: 9 });
  });

  it("builds inputs a schema accepts, and the keys it reads", () => {
    const schema = z.object({
      kind: z.enum(["GAVE", "RECEIVED"]),
      tags: z.array(z.string().max(20)).max(3),
      note: z.string().max(100).optional(),
    });
    const options = { ownIds: [], foreignIds: [] };
    const accepted = fc.sample(arbitraryFor(schema, options), 200).filter((v) => schema.safeParse(v).success);
    expect(accepted.length).toBeGreaterThan(20);
    expect(objectKeys(z.preprocess((v) => v, schema))).toEqual(expect.arrayContaining(["kind", "tags", "note"]));
  });
});
