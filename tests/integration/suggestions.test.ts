import { beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/server/auth/session";
import { db } from "@/server/db";
import {
  addSuggestionAction,
  dismissSuggestionAction,
  suggestForGapAction,
} from "@/server/suggestions/suggestions.actions";
import { suggestionsForGap } from "@/server/suggestions/suggestions.queries";
import { createGapArea, createMentor } from "../support/factories";
import { aliceAndBob } from "../support/two-users";

let alice: CurrentUser;
let bob: CurrentUser;

beforeEach(async () => {
  ({ alice, bob } = await aliceAndBob());
});

const person = (userId: string, name: string, headline: string, extra: Parameters<typeof createMentor>[1] = {}) =>
  createMentor(userId, { name, category: "PEER", ...extra }).then((m) =>
    db.mentor.update({ where: { id: m.id }, data: { headline } }),
  );

/** Alice's network: a leadership area, a profile per core category, and people who fit one each. */
async function seedNetwork() {
  await db.user.update({ where: { id: alice.id }, data: { headline: "Engineering manager at Contoso" } });
  const area = await createGapArea(alice.id, "Leadership");
  await db.gapArea.update({ where: { id: area.id }, data: { guidanceSought: "scaling engineering teams" } });
  for (const [category, profile] of [
    ["SAGE", "A VP of engineering who has scaled teams from 10 to 100"],
    ["PEER", "Another engineering manager growing a team right now"],
    ["REVERSE", "A junior engineer fluent in AI tools"],
  ] as const)
    await db.dreamTeamSlot.create({ data: { userId: alice.id, gapAreaId: area.id, category, profile } });
  const vp = await person(alice.id, "Grace Okafor", "VP Engineering", { notes: "Scaled Northwind's teams" });
  const peer = await person(alice.id, "Tom Lindqvist", "Engineering Manager", { organisation: "Fabrikam" });
  const junior = await person(alice.id, "Mei Chen", "Junior engineer", { tags: ["ai", "tools"] });
  const florist = await person(alice.id, "Ruth Grant", "Florist");
  // An active peer at Fabrikam already on the map: Tom works with her.
  await createMentor(alice.id, { name: "Aisha Mensah", stage: "ACTIVE", organisation: "Fabrikam" });
  // Bob's contact fits every profile, and must never appear.
  await person(bob.id, "Bob's VP", "VP Engineering, engineering manager, junior engineer", { notes: "scaled teams" });
  return { area, vp, peer, junior, florist };
}

describe("suggestions for a gap", () => {
  it("rank the right person first for each category, each with a reason, from the user's own people only", async () => {
    const { area, vp, peer, junior } = await seedNetwork();
    const sage = await suggestionsForGap(alice.id, area.id, "SAGE");
    expect(sage[0]).toMatchObject({ id: vp.id, reason: expect.stringContaining("more senior than you by title") });
    expect(sage[0]!.reason).toMatch(/^Matches ‘/);
    const peers = await suggestionsForGap(alice.id, area.id, "PEER");
    expect(peers[0]).toMatchObject({
      id: peer.id,
      reason: expect.stringContaining("works at Fabrikam like your peer Aisha Mensah"),
    });
    const reverse = await suggestionsForGap(alice.id, area.id, "REVERSE");
    expect(reverse[0]).toMatchObject({ id: junior.id, reason: expect.stringContaining("earlier in their career") });
    for (const list of [sage, peers, reverse]) {
      expect(list.map((s) => s.name)).not.toContain("Bob's VP");
      expect(list.map((s) => s.name)).not.toContain("Ruth Grant");
      for (const s of list) expect(s.reason).toBeTruthy();
    }
  });

  it("remember a dismissal for that gap only, and add someone in one step", async () => {
    const { area, vp } = await seedNetwork();
    expect(await dismissSuggestionAction({ gapAreaId: area.id, category: "SAGE", mentorId: vp.id })).toMatchObject({
      ok: true,
    });
    expect((await suggestionsForGap(alice.id, area.id, "SAGE")).map((s) => s.id)).not.toContain(vp.id);
    // Another gap of the same area still suggests them.
    expect((await suggestionsForGap(alice.id, area.id, "PEER")).map((s) => s.id)).toContain(vp.id);

    await db.mentor.update({ where: { id: vp.id }, data: { archivedAt: new Date(), stage: "PAUSED" } });
    const added = await addSuggestionAction({ gapAreaId: area.id, category: "SAGE", mentorId: vp.id });
    expect(added).toMatchObject({ ok: true, data: { id: vp.id, area: "Leadership" } });
    const now = await db.mentor.findUniqueOrThrow({ where: { id: vp.id }, include: { gapAreas: true } });
    expect(now).toMatchObject({ category: "SAGE", stage: "PROSPECT", archivedAt: null });
    expect(now.gapAreas.map((g) => g.gapAreaId)).toEqual([area.id]);
    expect(await db.stageChange.count({ where: { mentorId: vp.id, toStage: "PROSPECT" } })).toBe(1);
    // In the area now: no longer suggested for any of its gaps.
    expect((await suggestionsForGap(alice.id, area.id, "PEER")).map((s) => s.id)).not.toContain(vp.id);
  });

  it("answer a repeat view from memory, and read again after any write they read", async () => {
    const { area, vp, florist } = await seedNetwork();
    const first = await suggestionsForGap(alice.id, area.id, "SAGE");
    expect(await suggestionsForGap(alice.id, area.id, "SAGE")).toBe(first);
    const ids = async () => (await suggestionsForGap(alice.id, area.id, "SAGE")).map((s) => s.id);
    // A dismissal, and its undo.
    await db.dismissedSuggestion.create({
      data: { userId: alice.id, gapAreaId: area.id, category: "SAGE", mentorId: vp.id },
    });
    expect(await ids()).not.toContain(vp.id);
    await db.dismissedSuggestion.deleteMany({ where: { mentorId: vp.id } });
    expect(await ids()).toContain(vp.id);
    // A contact's notes now match the gap.
    await db.mentor.update({ where: { id: florist.id }, data: { notes: "VP of engineering, scaled teams to 100" } });
    expect(await ids()).toContain(florist.id);
    // The user's own headline (the seniority cue) reads again; another user's writes do not.
    const before = await suggestionsForGap(alice.id, area.id, "SAGE");
    await db.user.update({ where: { id: bob.id }, data: { headline: "CTO" } });
    expect(await suggestionsForGap(alice.id, area.id, "SAGE")).toBe(before);
    await db.user.update({ where: { id: alice.id }, data: { headline: "Chief executive" } });
    expect(await suggestionsForGap(alice.id, area.id, "SAGE")).not.toBe(before);
  });

  it("refuse another user's gap or person, and read nothing of theirs", async () => {
    const { area, vp } = await seedNetwork();
    const bobsArea = await createGapArea(bob.id, "Bob's area");
    expect(await suggestForGapAction({ gapAreaId: bobsArea.id, category: "SAGE" })).toMatchObject({ ok: false });
    const bobsMentor = await person(bob.id, "Someone of Bob's", "VP Engineering");
    for (const action of [addSuggestionAction, dismissSuggestionAction])
      expect(await action({ gapAreaId: area.id, category: "SAGE", mentorId: bobsMentor.id })).toMatchObject({
        ok: false,
      });
    expect(await db.dismissedSuggestion.count({ where: { mentorId: bobsMentor.id } })).toBe(0);
    expect(await suggestForGapAction({ gapAreaId: area.id, category: "NOPE" })).toMatchObject({
      ok: false,
      fieldErrors: { category: expect.any(Array) },
    });
    expect((await suggestForGapAction({ gapAreaId: area.id, category: "SAGE" })) as unknown).toMatchObject({
      ok: true,
      data: expect.arrayContaining([expect.objectContaining({ id: vp.id })]),
    });
  });

  it("bring a declined contact back through the pipeline's own move: logged, its revisit reminder gone", async () => {
    const { area, vp } = await seedNetwork();
    await db.mentor.update({ where: { id: vp.id }, data: { stage: "DECLINED" } });
    await db.reminder.create({
      data: { userId: alice.id, mentorId: vp.id, kind: "REVISIT", title: "Revisit Grace", dueOn: new Date() },
    });
    expect(await addSuggestionAction({ gapAreaId: area.id, category: "SAGE", mentorId: vp.id })).toMatchObject({
      ok: true,
    });
    expect(await db.mentor.findUniqueOrThrow({ where: { id: vp.id } })).toMatchObject({ stage: "PROSPECT" });
    expect(await db.reminder.count({ where: { mentorId: vp.id, kind: "REVISIT" } })).toBe(0);
    expect(await db.stageChange.findFirst({ where: { mentorId: vp.id } })).toMatchObject({
      fromStage: "DECLINED",
      toStage: "PROSPECT",
      note: "Suggested for Leadership",
    });
  });

  it("answer bad input with field errors and write nothing", async () => {
    const { area, vp } = await seedNetwork();
    for (const action of [addSuggestionAction, dismissSuggestionAction]) {
      expect(await action({ gapAreaId: area.id, category: "GURU", mentorId: vp.id })).toMatchObject({
        ok: false,
        fieldErrors: { category: expect.any(Array) },
      });
      expect(await action({ gapAreaId: "", category: "SAGE" })).toMatchObject({
        ok: false,
        fieldErrors: { gapAreaId: expect.any(Array), mentorId: expect.any(Array) },
      });
    }
    expect(await db.dismissedSuggestion.count({ where: { userId: alice.id } })).toBe(0);
    expect(await db.mentor.findUniqueOrThrow({ where: { id: vp.id } })).toMatchObject({ category: "PEER" });
  });

  it("keep the search document up to date as a person's profile changes", async () => {
    const { area, florist } = await seedNetwork();
    expect((await suggestionsForGap(alice.id, area.id, "SAGE")).map((s) => s.id)).not.toContain(florist.id);
    await db.mentor.update({ where: { id: florist.id }, data: { headline: "Director of Engineering" } });
    expect((await suggestionsForGap(alice.id, area.id, "SAGE")).map((s) => s.id)).toContain(florist.id);
    // A relationship under way is not a suggestion; nor is someone deleted (in their undo window).
    await db.mentor.update({ where: { id: florist.id }, data: { stage: "ACTIVE" } });
    expect((await suggestionsForGap(alice.id, area.id, "SAGE")).map((s) => s.id)).not.toContain(florist.id);
    await db.mentor.update({ where: { id: florist.id }, data: { stage: "PROSPECT", deletedAt: new Date() } });
    expect((await suggestionsForGap(alice.id, area.id, "SAGE")).map((s) => s.id)).not.toContain(florist.id);
    // The contacts import's bulk INSERT … SELECT gets documents too.
    await db.$executeRaw`INSERT INTO "Mentor" ("id", "userId", "name", "headline", "category", "stage", "updatedAt")
      SELECT 'bulk_' || ${alice.id} || '_' || i, ${alice.id}, 'Bulk ' || i, 'VP Engineering', 'PEER', 'PROSPECT', now() FROM generate_series(1, 3) i`;
    expect(
      await db.mentorSuggestDocument.count({
        where: { userId: alice.id, mentorId: { startsWith: `bulk_${alice.id}` } },
      }),
    ).toBe(3);
  });
});
