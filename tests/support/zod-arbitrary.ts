// fast-check arbitraries from zod 4 schemas: inputs shaped like what a schema
// expects, valid often enough to reach the action's own code and wrong often enough
// (lengths past the limit, out-of-range numbers, ids that are nobody's) to test the
// refusals. zod-fast-check does this for zod 3 only.
import fc from "fast-check";
import type { z } from "zod";

/**
 * This reads zod's internal schema definitions (`_zod.def`), which are not a public
 * API: package.json pins zod to this version, and zod-arbitrary.test.ts fails on any
 * other with what to check before moving on.
 */
export const ZOD_WRITTEN_FOR = "4.6.7";

type Def = { type: string; [key: string]: unknown };
export const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;

export type ArbitraryOptions = {
  /** Ids of real rows: fields named like ids mostly take these, so that valid inputs reach the database. */
  ownIds: string[];
  /** Other users' ids, which fields named like ids sometimes take. */
  foreignIds: string[];
};

const DAY_MS = 86_400_000;
const dayString = (d: Date) => d.toISOString().slice(0, 10);
const anyDay = fc
  .date({ min: new Date("1990-01-01"), max: new Date("2035-12-31"), noInvalidDate: true })
  .map(dayString);
/** Mostly the last two months, as dates of things that happened usually are. */
const recentDay = fc.integer({ min: -60, max: 3 }).map((n) => dayString(new Date(Date.now() + n * DAY_MS)));

function stringArbitrary(
  schema: z.ZodString,
  { ownIds, foreignIds }: ArbitraryOptions,
  key: string,
): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 60;
  const fitting = fc.string({ minLength: min, maxLength: Math.min(max, 40), unit: "grapheme" });
  const format = (schema as unknown as { format?: string }).format;
  const formatted = format === "email" ? fc.emailAddress() : format === "url" ? fc.webUrl() : fitting;
  // The field's name says what a plausible value is: a day, an id, a time zone.
  const likely = /On$|^until$/.test(key)
    ? recentDay
    : /(^id|Id|Ids)$/.test(key) && ownIds.length
      ? fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...ownIds) },
          { weight: 1, arbitrary: fc.constantFrom(...(foreignIds.length ? foreignIds : ownIds)) },
        )
      : key === "timeZone"
        ? fc.constantFrom(
            "UTC",
            "Europe/London",
            "America/New_York",
            "Asia/Kolkata",
            "Pacific/Kiritimati",
            "Mars/Olympus",
          )
        : formatted;
  return fc.oneof(
    { weight: 8, arbitrary: likely },
    { weight: 4, arbitrary: formatted },
    { weight: 1, arbitrary: anyDay },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "",
        " ",
        "  padded  ",
        "<script>alert(1)</script>",
        "\u0000",
        '\'; DROP TABLE "Mentor"; --',
        "1e9",
        "NaN",
      ),
    },
    { weight: 1, arbitrary: fc.constant("x".repeat(Math.min(max + 1, 100_001))) },
  );
}

function numberArbitrary(schema: z.ZodNumber): fc.Arbitrary<number | string> {
  const min = Number.isFinite(schema.minValue) ? schema.minValue! : -1000;
  const max = Number.isFinite(schema.maxValue) ? schema.maxValue! : 1000;
  const inRange = schema.isInt
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.double({ min, max, noNaN: true });
  return fc.oneof(
    { weight: 6, arbitrary: inRange },
    { weight: 1, arbitrary: inRange.map(String) },
    { weight: 1, arbitrary: fc.constantFrom(min - 1, max + 1, 0.5, -0, Number.MAX_SAFE_INTEGER, Infinity, NaN) },
  );
}

/** An arbitrary of inputs shaped like `schema`'s input. */
export function arbitraryFor(schema: unknown, options: ArbitraryOptions, field = ""): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (key: string) => arbitraryFor(def[key], options, field);
  switch (def.type) {
    case "string":
      return stringArbitrary(schema as z.ZodString, options, field);
    case "number":
      return numberArbitrary(schema as z.ZodNumber);
    case "boolean":
      return fc.oneof(fc.boolean(), fc.constantFrom("on", "true", "1"));
    case "enum":
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case "literal":
      return fc.constantFrom(...(def.values as unknown[]));
    case "date":
      return fc.date();
    case "object": {
      const shape = def.shape as Record<string, unknown>;
      const arbs = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, arbitraryFor(v, options, k)]));
      const optional = (s: unknown): boolean =>
        ["optional", "default", "prefault", "catch"].includes(defOf(s).type) ||
        (defOf(s).type === "pipe" && optional(defOf(s).in));
      const requiredKeys = Object.keys(shape).filter((k) => !optional(shape[k]));
      return fc.record(arbs, { requiredKeys });
    }
    case "array": {
      const checks = (def.checks ?? []) as { _zod: { def: { check: string; minimum?: number; maximum?: number } } }[];
      const bound = (name: string, key: "minimum" | "maximum") =>
        checks.find((c) => c._zod.def.check === name)?._zod.def[key];
      const minLength = bound("min_length", "minimum") ?? 0;
      const maxLength = Math.min(bound("max_length", "maximum") ?? 5, Math.max(minLength, 5));
      return fc.array(inner("element"), { minLength, maxLength });
    }
    case "optional":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return fc.option(inner("innerType"), { nil: undefined, freq: 4 });
    case "nullable":
      return fc.option(inner("innerType"), { nil: null, freq: 4 });
    case "union":
      return fc.oneof(...(def.options as unknown[]).map((o) => arbitraryFor(o, options, field)));
    case "intersection":
      return fc.tuple(inner("left"), inner("right")).map(([l, r]) => (isObject(l) && isObject(r) ? { ...l, ...r } : l));
    case "pipe":
      // z.preprocess(fn, schema) is a pipe from a transform: what it accepts is mostly what `schema` accepts.
      return defOf(def.in).type === "transform" ? inner("out") : inner("in");
    case "record":
      return fc.dictionary(inner("keyType") as fc.Arbitrary<string>, inner("valueType"), { maxKeys: 3 });
    case "lazy":
      return arbitraryFor((def.getter as () => unknown)(), options, field);
    default:
      return fc.jsonValue();
  }
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** The keys of an object schema's input, looking through wrappers (preprocess, intersections). */
export function objectKeys(schema: unknown): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case "object":
      return Object.keys(def.shape as object);
    case "pipe":
      return [...objectKeys(def.in), ...objectKeys(def.out)];
    case "intersection":
      return [...objectKeys(def.left), ...objectKeys(def.right)];
    case "optional":
    case "default":
    case "nullable":
      return objectKeys(def.innerType);
    default:
      return [];
  }
}
