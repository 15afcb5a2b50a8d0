// Input fuzzing, run by tests/integration/security-fuzz-*.test.ts (each a share of
// the actions, so that they run in parallel). For every server action (found from
// the source tree), fast-check
// throws FUZZ_RUNS inputs (500 by default) at it, signed in as user B: shaped like
// its schema, with one field replaced by anything, anything at all, sent as a form,
// and with fields smuggled in (userId, id, createdAt…). Whatever comes in:
//   - the answer is a result, never a thrown error or the "went wrong on our side" (a 500);
//   - invalid input gets field errors and writes nothing;
//   - nothing of user A's is written, and no smuggled field reaches a row.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { formDataToObject } from "@/domain/form-data";
import { createUser } from "./factories";
import { reportWaits } from "./postgres-waits";
import { buildMap, type FoundAction, loadActions, type MapIds } from "./security-fixture";
import { signInAs } from "./session-double";
import { logPosition, readLog } from "./write-log";
import { arbitraryFor, isObject, objectKeys } from "./zod-arbitrary";

const RUNS = Number(process.env.FUZZ_RUNS ?? 500);
const GENERIC = "Something went wrong on our side";
const SMUGGLED_ID = "smuggled-id-0000000000000";
const SMUGGLED_TIME = "2001-02-03T04:05:06.000Z";

let a: MapIds;
let b: MapIds;

const idsOf = (m: MapIds) => [
  ...m.mentors,
  ...m.gapAreas,
  m.checkIn,
  m.checkInReminder,
  m.followUp,
  m.valueExchange,
  m.introduction,
  m.win,
  m.peerGroup,
  m.sprintTask,
];

/** A form post of the same fields, as a browser would send them (strings, repeated keys for lists). */
function toFormData(input: Record<string, unknown>) {
  const form = new FormData();
  for (const [key, value] of Object.entries(input)) {
    for (const v of Array.isArray(value) ? value : [value])
      if (v !== undefined) form.append(key, typeof v === "object" && v !== null ? JSON.stringify(v) : String(v));
  }
  return form;
}

function inputs(action: FoundAction) {
  const shaped = arbitraryFor(action.schema, { ownIds: idsOf(b), foreignIds: idsOf(a) });
  const keys = objectKeys(action.schema);
  const smuggled = {
    userId: a.user.id,
    createdAt: SMUGGLED_TIME,
    updatedAt: SMUGGLED_TIME,
    deletedAt: SMUGGLED_TIME,
    ...(keys.includes("id") ? {} : { id: SMUGGLED_ID }),
    // Own keys named __proto__ and constructor, as JSON.parse makes them (a literal would set the prototype instead).
    ...(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as object),
  };
  const withOneFieldReplaced = shaped.chain((v) =>
    isObject(v) && Object.keys(v).length
      ? fc
          .tuple(fc.constantFrom(...Object.keys(v)), fc.oneof(fc.anything(), hostile()))
          .map(([k, x]) => ({ ...v, [k]: x }))
      : fc.constant(v),
  );
  return fc.oneof(
    { weight: 5, arbitrary: shaped },
    { weight: 2, arbitrary: withOneFieldReplaced },
    { weight: 1, arbitrary: fc.anything() },
    { weight: 1, arbitrary: shaped.map((v) => (isObject(v) ? toFormData(v) : v)) },
    { weight: 2, arbitrary: shaped.map((v) => (isObject(v) ? { ...v, ...smuggled } : v)) },
  );
}

const stamps = ["createdAt", "updatedAt", "deletedAt"];

/** Within the test's 30 s: a case this slow is reported, one this slow fails, and no action fuzzes for longer. */
const SLOW_CASE_MS = 3_000;
const CASE_TIMEOUT_MS = 10_000;
const TIME_LIMIT_MS = 25_000;

/** Values that throw when turned into a number or a string (fc.anything() makes them only rarely). */
const hostile = () =>
  fc.constantFrom<unknown>(
    Object.create(null),
    { toString: 0 },
    {
      valueOf() {
        throw new Error("valueOf");
      },
    },
    Symbol("field"),
    10n,
  );

/** Fuzzes every `shards`th action, starting at `shard`. */
export async function fuzzActions(shard: number, shards: number) {
  const { actions } = await loadActions();
  const mine = actions.filter((_, i) => i % shards === shard);
  beforeAll(async () => {
    a = await buildMap(await createUser("fuzz-a"), `SECRET${randomUUID().slice(0, 8)}`);
    b = await buildMap(await createUser("fuzz-b"), `OTHER${randomUUID().slice(0, 8)}`);
  }, 60_000);

  describe(`fuzzing every action's input (share ${shard + 1} of ${shards})`, () => {
    it("finds the actions", () => expect(actions.length).toBeGreaterThanOrEqual(55));

    it.each(mine.map((x) => [x.name, x] as const))(
      `%s: ${RUNS} cases, never a 500, no write on invalid input, no smuggled field written, nothing of another user's touched`,
      async (name, action) => {
        signInAs(b.user);
        let cases = 0;
        let since = await logPosition();
        await fc.assert(
          fc.asyncProperty(inputs(action), async (input) => {
            const watchdog = setTimeout(() => void reportWaits(name, input, SLOW_CASE_MS), SLOW_CASE_MS);
            const result = (await action
              .run(input)
              .catch((error: Error) => ({ threw: error.message }))
              .finally(() => clearTimeout(watchdog))) as {
              ok: boolean;
              error?: string;
              fieldErrors?: Record<string, string[]>;
              threw?: string;
            };
            // Read the log before any assertion, so that a failing case's writes are not blamed on the next.
            const { writes, position } = await readLog(since, [a.user.id, b.user.id]);
            since = position;
            cases++;
            expect(result.threw, "threw instead of answering").toBeUndefined();
            expect(typeof result?.ok, "answers a result").toBe("boolean");
            expect(result.error ?? "", "a 500 for bad input").not.toContain(GENERIC);
            expect(({} as Record<string, unknown>).polluted, "prototype pollution").toBeUndefined();

            const parsed = action.schema.safeParse(input instanceof FormData ? formDataToObject(input) : input);
            expect(
              writes.filter((w) => w.owner === a.user.id),
              "wrote user A's rows",
            ).toEqual([]);
            if (!parsed.success) {
              expect(result.ok, "accepted invalid input").toBe(false);
              expect(Object.keys(result.fieldErrors ?? {}).length, "field errors for invalid input").toBeGreaterThan(0);
              expect(writes, "wrote on invalid input").toEqual([]);
            }
            for (const w of writes) {
              expect(w.row.id, `a smuggled id reached ${w.tbl}`).not.toBe(SMUGGLED_ID);
              for (const s of stamps)
                expect(String(w.row[s] ?? ""), `a smuggled ${s} reached ${w.tbl}`).not.toContain("2001-02-03");
            }
          }),
          // A case that hangs fails here, with what Postgres was waiting on printed above,
          // instead of running on past the test's timeout into the next action's log.
          {
            numRuns: RUNS,
            timeout: CASE_TIMEOUT_MS,
            interruptAfterTimeLimit: TIME_LIMIT_MS,
            markInterruptAsFailure: true,
          },
        );
        expect(cases, name).toBeGreaterThanOrEqual(RUNS);
      },
    );
  });
}
