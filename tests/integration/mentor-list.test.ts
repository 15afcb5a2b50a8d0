import { beforeEach, describe, expect, it } from "vitest";
import { GET as searchRoute } from "@/app/api/mentors/search/route";
import { addDaysToDay, dayToDate, todayIn } from "@/domain/calendar";
import type { CurrentUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { listMentors, listPipeline, PIPELINE_PAGE } from "@/server/mentors/mentors.queries";
import { mentorListQuerySchema, pipelineQuerySchema } from "@/server/mentors/mentors.schema";
import { deleteValueExchangeAction, logValueExchangeAction } from "@/server/value-exchanges/value-exchanges.actions";
import { createGapArea, createMentor, expectNothingWritten } from "../support/factories";
import { signInAs } from "../support/session-double";
import { aliceAndBob } from "../support/two-users";

let alice: CurrentUser;
let bob: CurrentUser;
const today = todayIn("UTC");
const names = async (params: Record<string, unknown>) =>
  (await listMentors(alice, mentorListQuerySchema.parse(params))).mentors.map((m) => m.name);

beforeEach(async () => {
  ({ alice, bob } = await aliceAndBob());
});

describe("the mentors list", () => {
  beforeEach(async () => {
    const area = await createGapArea(alice.id, "Leadership capabilities");
    const ada = await createMentor(alice.id, {
      name: "Ada Lovelace",
      category: "SAGE",
      stage: "ACTIVE",
      organisation: "Analytical Engines",
      tags: ["math"],
    });
    await createMentor(alice.id, {
      name: "Grace Hopper",
      category: "PEER",
      stage: "PROSPECT",
      notes: "Knows **COBOL** inside out",
      email: "grace@navy.example",
    });
    await createMentor(alice.id, {
      name: "Margaret Hamilton",
      category: "SAGE",
      stage: "CONTACTED",
      tags: ["space", "math"],
    });
    await db.mentorGapArea.create({ data: { userId: alice.id, mentorId: ada.id, gapAreaId: area.id } });
    await db.mentor.update({
      where: { id: ada.id },
      data: { nextCheckInOn: dayToDate(addDaysToDay(today, -2)), lastCheckInOn: dayToDate(addDaysToDay(today, -32)) },
    });
    await createMentor(bob.id, { name: "Ada Bob's", category: "SAGE" });
  });

  it("searches name, organisation, email and notes with partly typed words", async () => {
    expect(await names({ q: "ada" })).toEqual(["Ada Lovelace"]);
    expect(await names({ q: "analyt" })).toEqual(["Ada Lovelace"]);
    expect(await names({ q: "cobol" })).toEqual(["Grace Hopper"]);
    expect(await names({ q: "navy" })).toEqual(["Grace Hopper"]);
    expect(await names({ q: "marg ham" })).toEqual(["Margaret Hamilton"]);
    expect(await names({ q: '\'; DROP TABLE "Mentor"; --' })).toEqual([]);
    // Totals, including past the last page.
    expect((await listMentors(alice, mentorListQuerySchema.parse({ q: "ada" }))).total).toBe(1);
    expect(await listMentors(alice, mentorListQuerySchema.parse({ q: "ada", page: "9" }))).toMatchObject({
      total: 1,
      mentors: [],
    });
    expect((await listMentors(alice, mentorListQuerySchema.parse({}))).total).toBe(3);
  });

  it("filters by category, stage, gap area, tag and overdue check-ins", async () => {
    expect(await names({ category: "SAGE" })).toEqual(["Ada Lovelace", "Margaret Hamilton"]);
    expect(await names({ stage: ["PROSPECT", "CONTACTED"] })).toEqual(["Grace Hopper", "Margaret Hamilton"]);
    const area = await db.gapArea.findFirstOrThrow({ where: { userId: alice.id } });
    expect(await names({ area: area.id })).toEqual(["Ada Lovelace"]);
    expect(await names({ tag: "math" })).toEqual(["Ada Lovelace", "Margaret Hamilton"]);
    expect(await names({ due: "overdue" })).toEqual(["Ada Lovelace"]);
    expect(await names({ q: "ada", category: "PEER" })).toEqual([]);
  });

  it("ignores junk in the query string rather than failing", async () => {
    expect(await names({ category: "GURU", sort: "chaos", page: "-3", due: "someday" })).toEqual([
      "Ada Lovelace",
      "Grace Hopper",
      "Margaret Hamilton",
    ]);
  });

  it("sorts by next check-in, last check-in and value balance", async () => {
    expect((await names({ sort: "next" }))[0]).toBe("Ada Lovelace");
    expect((await names({ sort: "last" }))[0]).toBe("Ada Lovelace");
    const grace = await db.mentor.findFirstOrThrow({ where: { userId: alice.id, name: "Grace Hopper" } });
    await logValueExchangeAction({
      mentorId: grace.id,
      direction: "RECEIVED",
      kind: "ADVICE",
      description: "Advice",
      occurredOn: today,
    });
    expect((await names({ sort: "balance" }))[0]).toBe("Grace Hopper");
  });

  it("flags one-way value and filters by it", async () => {
    const grace = await db.mentor.findFirstOrThrow({ where: { userId: alice.id, name: "Grace Hopper" } });
    await logValueExchangeAction({
      mentorId: grace.id,
      direction: "RECEIVED",
      kind: "ADVICE",
      description: "Advice",
      occurredOn: addDaysToDay(today, -130),
    });
    await logValueExchangeAction({
      mentorId: grace.id,
      direction: "RECEIVED",
      kind: "INTRODUCTION",
      description: "Advice",
      occurredOn: addDaysToDay(today, -10),
    });
    const ada = await db.mentor.findFirstOrThrow({ where: { userId: alice.id, name: "Ada Lovelace" } });
    await logValueExchangeAction({
      mentorId: ada.id,
      direction: "RECEIVED",
      kind: "ADVICE",
      description: "Advice",
      occurredOn: addDaysToDay(today, -200),
    });
    await logValueExchangeAction({
      mentorId: ada.id,
      direction: "GAVE",
      kind: "FEEDBACK",
      description: "Advice",
      occurredOn: addDaysToDay(today, -5),
    });
    expect(await names({ oneWay: "1" })).toEqual(["Grace Hopper"]);
    const { mentors } = await listMentors(alice, mentorListQuerySchema.parse({ oneWay: "1" }));
    expect(mentors[0]!.value).toMatchObject({
      received: 2,
      gave: 0,
      balance: -2,
      oneWay: { direction: "RECEIVED", months: 4 },
    });
  });

  it("hides archived and deleted mentors, and shows archived ones on request", async () => {
    await db.mentor.updateMany({ where: { userId: alice.id, name: "Grace Hopper" }, data: { archivedAt: new Date() } });
    await db.mentor.updateMany({
      where: { userId: alice.id, name: "Margaret Hamilton" },
      data: { deletedAt: new Date() },
    });
    expect(await names({})).toEqual(["Ada Lovelace"]);
    expect(await names({ archived: "1" })).toEqual(["Grace Hopper"]);
  });

  it("the pipeline groups live mentors by stage", async () => {
    const { mentors, counts } = await listPipeline(alice.id);
    expect(mentors.map((m) => [m.name, m.stage])).toEqual([
      ["Grace Hopper", "PROSPECT"],
      ["Margaret Hamilton", "CONTACTED"],
      ["Ada Lovelace", "ACTIVE"],
    ]);
    expect(counts).toEqual({ ACTIVE: 1, PROSPECT: 1, CONTACTED: 1 });

    // The board is kept under mapVersion: a move, by any path, shows on the next view.
    await db.mentor.updateMany({ where: { userId: alice.id, name: "Grace Hopper" }, data: { stage: "ACTIVE" } });
    expect((await listPipeline(alice.id)).counts).toEqual({ ACTIVE: 2, CONTACTED: 1 });
    await db.mentor.updateMany({ where: { userId: alice.id, name: "Ada Lovelace" }, data: { archivedAt: new Date() } });
    expect((await listPipeline(alice.id)).mentors.map((m) => m.name)).toEqual(["Margaret Hamilton", "Grace Hopper"]);
  });

  it("the pipeline shows each column's most recently moved first, a page at a time, with the exact count", async () => {
    await db.mentor.createMany({
      data: Array.from({ length: PIPELINE_PAGE + 5 }, (_, i) => ({
        userId: alice.id,
        name: `Prospect ${i}`,
        category: "PEER" as const,
        updatedAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
      })),
    });
    const first = await listPipeline(alice.id);
    const prospects = first.mentors.filter((m) => m.stage === "PROSPECT").map((m) => m.name);
    expect(prospects).toHaveLength(PIPELINE_PAGE);
    // Grace was added last (now), then the newest of the batch.
    expect(prospects.slice(0, 3)).toEqual([
      "Grace Hopper",
      `Prospect ${PIPELINE_PAGE + 4}`,
      `Prospect ${PIPELINE_PAGE + 3}`,
    ]);
    expect(first.counts.PROSPECT).toBe(PIPELINE_PAGE + 6);
    const more = await listPipeline(alice.id, { PROSPECT: PIPELINE_PAGE * 2 });
    expect(more.mentors.filter((m) => m.stage === "PROSPECT")).toHaveLength(PIPELINE_PAGE + 6);
    expect(more.mentors.filter((m) => m.stage === "ACTIVE")).toHaveLength(1);
    // The address's numbers: a bad one is the first page, never an error.
    expect(pipelineQuerySchema.parse({ ACTIVE: "40", PAUSED: "lots", DECLINED: "-3" })).toEqual({
      ACTIVE: 40,
      PAUSED: undefined,
      DECLINED: undefined,
    });
  });

  it("the picker route finds only my mentors and validates its input", async () => {
    const found = await searchRoute(new Request("http://localhost/api/mentors/search?q=ada"));
    expect(found.status).toBe(200);
    expect((await found.json()).mentors.map((m: { name: string }) => m.name)).toEqual(["Ada Lovelace"]);
    const tooLong = await searchRoute(new Request(`http://localhost/api/mentors/search?q=${"x".repeat(201)}`));
    expect(tooLong.status).toBe(400);
    expect(await tooLong.json()).toMatchObject({ fieldErrors: { q: ["Search for at most 200 characters."] } });
    // A null character reaches no query (Postgres text cannot hold it): a field error, not a 500.
    const nul = await searchRoute(new Request("http://localhost/api/mentors/search?q=a%00b"));
    expect(nul.status).toBe(400);
    expect(await nul.json()).toMatchObject({ fieldErrors: { q: [expect.stringContaining("null character")] } });
    signInAs(null);
    expect((await searchRoute(new Request("http://localhost/api/mentors/search?q=ada"))).status).toBe(401);
  });
});

describe("value exchanges", () => {
  it("logs both ways; a delete returns what undo needs", async () => {
    const m = await createMentor(alice.id);
    const given = await logValueExchangeAction({
      mentorId: m.id,
      direction: "GAVE",
      kind: "INTRODUCTION",
      description: "Intro to Mei",
      occurredOn: today,
    });
    expect(given).toMatchObject({ ok: true });
    if (!given.ok) return;
    expect(await deleteValueExchangeAction({ id: given.data.id })).toEqual({
      ok: true,
      data: { mentorId: m.id, direction: "GAVE", kind: "INTRODUCTION", description: "Intro to Mei", occurredOn: today },
    });
    expect(await db.valueExchange.count({ where: { mentorId: m.id } })).toBe(0);
  });

  it.each([
    [
      { direction: "SIDEWAYS", kind: "ADVICE", occurredOn: "2026-01-01" },
      "direction",
      "Say whether you gave or received.",
    ],
    [{ direction: "GAVE", kind: "MONEY", occurredOn: "2026-01-01" }, "kind", "Choose what kind of value it was."],
    [
      { direction: "GAVE", kind: "ADVICE", occurredOn: "soon" },
      "occurredOn",
      "Enter the date as a real date (YYYY-MM-DD).",
    ],
    [
      { direction: "GAVE", kind: "ADVICE", occurredOn: "2026-01-01", description: "x".repeat(2001) },
      "description",
      "The description must be at most 2000 characters.",
    ],
    [{ direction: "GAVE", kind: "ADVICE", occurredOn: "2026-01-01" }, "description", "Say what was given or received."],
    [
      { direction: "GAVE", kind: "ADVICE", occurredOn: "2026-01-01", description: "   " },
      "description",
      "Say what was given or received.",
    ],
  ])("rejects %j and writes nothing", async (input, field, message) => {
    const m = await createMentor(alice.id);
    const result = await expectNothingWritten(alice.id, () => logValueExchangeAction({ mentorId: m.id, ...input }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: [message] } });
  });

  it("another user's mentor and exchanges are not found", async () => {
    const bobs = await createMentor(bob.id);
    const exchange = await db.valueExchange.create({
      data: { userId: bob.id, mentorId: bobs.id, direction: "GAVE", kind: "ADVICE", occurredOn: dayToDate(today) },
    });
    await expectNothingWritten(bob.id, async () => {
      expect(
        await logValueExchangeAction({
          mentorId: bobs.id,
          direction: "GAVE",
          kind: "ADVICE",
          description: "Advice",
          occurredOn: today,
        }),
      ).toEqual({ ok: false, error: "Mentor not found." });
      expect(await deleteValueExchangeAction({ id: exchange.id })).toEqual({
        ok: false,
        error: "Value exchange not found.",
      });
    });
  });
});
