import { beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { createMentorAction } from "@/server/mentors/mentors.actions";
import { getMentorPage } from "@/server/mentors/mentors.detail.queries";
import { listMentors } from "@/server/mentors/mentors.queries";
import { mentorListQuerySchema } from "@/server/mentors/mentors.schema";
import { countOwnedRows, createGapArea } from "../support/factories";
import { signInAs } from "../support/session-double";
import { aliceAndBob } from "../support/two-users";

const firstPage = mentorListQuerySchema.parse({});
const getMentor = async (user: CurrentUser, id: string) => (await getMentorPage(user, id))?.mentor ?? null;
let alice: CurrentUser;
let bob: CurrentUser;

beforeEach(async () => {
  ({ alice, bob } = await aliceAndBob());
});

describe("createMentorAction", () => {
  it("adds a mentor with gap areas and logs the first stage", async () => {
    const area = await createGapArea(alice.id, "Leadership capabilities");
    const result = await createMentorAction({
      name: "  Margaret Okafor ",
      email: "Margaret@Example.org",
      category: "SAGE",
      stage: "CONTACTED",
      gapAreaIds: [area.id],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const page = await getMentorPage(alice, result.data.id);
    const mentor = page!.mentor;
    expect(mentor).toMatchObject({
      name: "Margaret Okafor",
      email: "margaret@example.org",
      category: "SAGE",
      stage: "CONTACTED",
    });
    expect(mentor.gapAreas.map((g) => g.name)).toEqual(["Leadership capabilities"]);
    expect(page!.timeline).toMatchObject([{ kind: "stage", from: null, to: "CONTACTED" }]);
  });

  it("comes with where its outreach stands: none without a plan, then the plan's moments as the same instants", async () => {
    const result = await createMentorAction({ name: "Kai Nakamura", category: "PEER", stage: "RESEARCHED" });
    if (!result.ok) throw new Error(result.error);
    expect((await getMentor(alice, result.data.id))!.outreachPlan).toBeNull();
    const researchedAt = new Date("2026-11-30T23:59:58.123Z");
    const sentAt = new Date("2026-12-01T00:00:01.5Z");
    await db.outreachPlan.create({ data: { userId: alice.id, mentorId: result.data.id, researchedAt, sentAt } });
    expect((await getMentor(alice, result.data.id))!.outreachPlan).toEqual({ researchedAt, sentAt, repliedAt: null });
    expect(await getMentor(bob, result.data.id)).toBeNull();
  });

  it("accepts the form's FormData, with the stage defaulting to Prospect", async () => {
    const form = new FormData();
    form.set("name", "Jonah Weiss");
    form.set("category", "REVERSE");
    form.set("email", "");
    const result = await createMentorAction(null, form);
    expect(result).toMatchObject({ ok: true });
    const { mentors } = await listMentors(alice, firstPage);
    expect(mentors).toMatchObject([{ name: "Jonah Weiss", category: "REVERSE", stage: "PROSPECT" }]);
  });

  it.each([
    [{ name: "", category: "PEER" }, "name", "Enter a name."],
    [{ name: "   ", category: "PEER" }, "name", "Enter a name."],
    [{ name: "x".repeat(201), category: "PEER" }, "name", "A name must be at most 200 characters."],
    [{ category: "PEER" }, "name", "Enter a name."],
    [{ name: "Ann", category: "GURU" }, "category", "Choose one of the five categories."],
    [{ name: "Ann", category: "PEER", stage: "FRIENDS" }, "stage", "Choose a stage."],
    [
      { name: "Ann", category: "PEER", email: "not-an-email" },
      "email",
      "Enter a valid email address, or leave it empty.",
    ],
    [
      { name: "Ann", category: "PEER", gapAreaIds: Array.from({ length: 13 }, (_, i) => `g${i}`) },
      "gapAreaIds",
      "Choose at most 12 gap areas.",
    ],
  ])("rejects %j with a field error and writes nothing", async (input, field, message) => {
    const before = await countOwnedRows(alice.id);
    const result = await createMentorAction(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.[field]).toContain(message);
    expect(await countOwnedRows(alice.id)).toEqual(before);
  });

  it("treats another user's gap area as not found and writes nothing", async () => {
    const bobsArea = await createGapArea(bob.id, "Bob's secret area");
    const before = await countOwnedRows(alice.id);
    const result = await createMentorAction({ name: "Ann", category: "PEER", gapAreaIds: [bobsArea.id] });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { gapAreaIds: ["One of the chosen gap areas no longer exists."] },
    });
    expect(await countOwnedRows(alice.id)).toEqual(before);
    expect(await db.mentorGapArea.count({ where: { gapAreaId: bobsArea.id } })).toBe(0);
  });

  it("ignores smuggled fields: the owner and id come from the session, never the input", async () => {
    const result = await createMentorAction({
      name: "Ann",
      category: "PEER",
      userId: bob.id,
      id: "chosen-id",
      createdAt: "2000-01-01T00:00:00Z",
      deletedAt: "2000-01-01T00:00:00Z",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.id).not.toBe("chosen-id");
    const row = await db.mentor.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(row.userId).toBe(alice.id);
    expect(row.deletedAt).toBeNull();
    expect(row.createdAt.getFullYear()).toBeGreaterThan(2000);
    expect(await db.mentor.count({ where: { userId: bob.id } })).toBe(0);
  });

  it("refuses when nobody is signed in", async () => {
    signInAs(null);
    const result = await createMentorAction({ name: "Ann", category: "PEER" });
    expect(result).toEqual({ ok: false, error: "Your session has ended. Sign in again." });
    expect(await db.mentor.count({ where: { userId: alice.id } })).toBe(0);
  });
});

describe("reading mentors", () => {
  it("shows each user only their own mentors; another user's id is simply not found", async () => {
    const created = await createMentorAction({ name: "Alice's sage", category: "SAGE" });
    if (!created.ok) throw new Error(created.error);
    signInAs(bob);
    await createMentorAction({ name: "Bob's peer", category: "PEER" });

    expect((await listMentors(alice, firstPage)).mentors.map((m) => m.name)).toEqual(["Alice's sage"]);
    expect((await listMentors(bob, firstPage)).mentors.map((m) => m.name)).toEqual(["Bob's peer"]);
    expect(await getMentor(bob, created.data.id)).toBeNull();
    expect(await getMentor(alice, created.data.id)).not.toBeNull();
    expect(await getMentor(alice, "no-such-id")).toBeNull();
  });

  it("pages through the list in a stable order", async () => {
    await db.mentor.createMany({
      data: Array.from({ length: 55 }, (_, i) => ({
        userId: alice.id,
        name: `Mentor ${String(i).padStart(2, "0")}`,
        category: "PEER" as const,
      })),
    });
    const first = await listMentors(alice, { ...firstPage, per: 50 });
    const second = await listMentors(alice, { ...firstPage, per: 50, page: 2 });
    expect(first).toMatchObject({ total: 55, pageCount: 2 });
    expect(first.mentors).toHaveLength(50);
    expect(await listMentors(alice, firstPage)).toMatchObject({
      pageCount: 3,
      mentors: expect.objectContaining({ length: 25 }),
    });
    expect(second.mentors.map((m) => m.name)).toEqual([
      "Mentor 50",
      "Mentor 51",
      "Mentor 52",
      "Mentor 53",
      "Mentor 54",
    ]);
  });
});
