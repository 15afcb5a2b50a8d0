import { beforeEach, describe, expect, it } from "vitest";
import { addDaysToDay, dateToDay, todayIn } from "@/domain/calendar";
import type { CurrentUser } from "@/server/auth/session";
import { db } from "@/server/db";
import {
  createGapAreaAction,
  deleteGapAreaAction,
  dreamTeamCandidatesAction,
  moveGapAreaAction,
  restoreGapAreaAction,
  saveDreamTeamSlotAction,
  updateGapAreaAction,
} from "@/server/gaps/gaps.actions";
import { CANDIDATES_PER_PROFILE, getGapAreasPage, getWizard } from "@/server/gaps/gaps.queries";
import type { WizardDraft } from "@/server/gaps/gaps.schema";
import { completeWizardAction, saveWizardDraftAction } from "@/server/gaps/gaps.wizard.actions";
import { createGapArea, createMentor, expectNothingWritten } from "../support/factories";
import { aliceAndBob } from "../support/two-users";

let alice: CurrentUser;
let bob: CurrentUser;
const today = todayIn("UTC");

beforeEach(async () => {
  ({ alice, bob } = await aliceAndBob());
});

const area = (name: string, extra: Partial<WizardDraft["areas"][number]> = {}): WizardDraft["areas"][number] => ({
  key: name,
  name,
  whyItMatters: "",
  currentLevel: 3,
  targetLevel: 8,
  guidanceSought: "",
  valueIOffer: "",
  profiles: {},
  mentorIds: {},
  ...extra,
});
const wizard = (areas: WizardDraft["areas"], sprintStartOn = today): WizardDraft => ({
  step: 5,
  reached: 5,
  areas,
  sprintStartOn,
});
const areasOf = (userId: string) => db.gapArea.findMany({ where: { userId }, orderBy: { priority: "asc" } });

describe("the gap-analysis wizard", () => {
  it("saves answers as the user goes, unfinished ones included, and resumes from them", async () => {
    const draft = wizard([
      area("Leadership capabilities", { currentLevel: null, targetLevel: null, whyItMatters: "Leading a team of 8" }),
    ]);
    expect(await saveWizardDraftAction({ ...draft, step: 1 })).toEqual({ ok: true, data: { saved: true } });
    const resumed = await getWizard(alice.id, today);
    expect(resumed.draft.step).toBe(1);
    expect(resumed.draft.areas[0]).toMatchObject({
      name: "Leadership capabilities",
      whyItMatters: "Leading a team of 8",
      currentLevel: null,
    });
    expect(await areasOf(alice.id)).toEqual([]); // nothing on the map until it is finished
    expect((await getWizard(bob.id, today)).draft.areas).toEqual([]);
  });

  it("refuses a draft too large to be real, keeping the saved one", async () => {
    await saveWizardDraftAction(wizard([area("Soft skills")]));
    const huge = wizard(Array.from({ length: 13 }, (_, i) => area(`Area ${i}`)));
    expect(await saveWizardDraftAction(huge)).toMatchObject({
      ok: false,
      fieldErrors: { areas: ["Choose at most 12 areas."] },
    });
    expect(await saveWizardDraftAction({ ...huge, areas: [area("x".repeat(500))] })).toMatchObject({ ok: false });
    expect((await getWizard(alice.id, today)).draft.areas.map((a) => a.name)).toEqual(["Soft skills"]);
  });

  it("writes areas in priority order, dream-team profiles with linked mentors, and starts the sprint", async () => {
    const ada = await createMentor(alice.id, { name: "Ada", category: "SAGE" });
    const draft = wizard(
      [
        area("Career navigation", {
          guidanceSought: "Next move",
          valueIOffer: "Hiring insight",
          profiles: { SAGE: "A VP who scaled a team from 5 to 50", PEER: "" },
          mentorIds: { SAGE: [ada.id] },
        }),
        area("Technical skills", { currentLevel: 6, targetLevel: 9 }),
      ],
      addDaysToDay(today, 3),
    );
    await saveWizardDraftAction(draft);
    const result = await completeWizardAction(draft);
    expect(result).toEqual({ ok: true, data: { areas: 2 } });

    const areas = await areasOf(alice.id);
    expect(areas.map((a) => [a.name, a.priority, a.currentLevel, a.targetLevel])).toEqual([
      ["Career navigation", 1, 3, 8],
      ["Technical skills", 2, 6, 9],
    ]);
    expect(areas[0]).toMatchObject({ guidanceSought: "Next move", valueIOffer: "Hiring insight" });
    const slots = await db.dreamTeamSlot.findMany({ where: { userId: alice.id }, include: { matches: true } });
    expect(slots.map((s) => [s.category, s.profile, s.matches.map((m) => m.mentorId)])).toEqual([
      ["SAGE", "A VP who scaled a team from 5 to 50", [ada.id]],
    ]);
    const sprint = await db.sprint.findFirstOrThrow({ where: { userId: alice.id } });
    expect(dateToDay(sprint.startOn)).toBe(addDaysToDay(today, 3));
    const user = await db.user.findUniqueOrThrow({ where: { id: alice.id } });
    expect(user.gapWizardState).toBeNull();
    expect(user.gapWizardCompletedAt).not.toBeNull();
  });

  it("never duplicates areas on a double or stale submission, even two at once", async () => {
    const draft = wizard([area("Soft skills"), area("Industry knowledge")]);
    const results = await Promise.all([completeWizardAction(draft), completeWizardAction(draft)]);
    expect(results.every((r) => r.ok)).toBe(true);
    // Stale: an old tab submits again later with a different case.
    await completeWizardAction(wizard([area("soft skills", { currentLevel: 5 }), area("Industry knowledge")]));
    const areas = await areasOf(alice.id);
    expect(areas.map((a) => a.name)).toEqual(["soft skills", "Industry knowledge"]);
    expect(areas[0]!.currentLevel).toBe(5);
    expect(await db.sprint.count({ where: { userId: alice.id } })).toBe(1);
  });

  it("running it again keeps areas left out, after the chosen ones", async () => {
    await createGapArea(alice.id, "Life integration", 1);
    await completeWizardAction(wizard([area("Leadership capabilities")]));
    expect((await areasOf(alice.id)).map((a) => [a.name, a.priority])).toEqual([
      ["Leadership capabilities", 1],
      ["Life integration", 2],
    ]);
  });

  it.each([
    ["a level outside 1–10", [area("A", { currentLevel: 11 })], "areas.0.currentLevel", /from 1 to 10/],
    ["a missing target", [area("A", { targetLevel: null })], "areas.0.targetLevel", /where you want to be/],
    ["a target of 0", [area("A", { targetLevel: 0 })], "areas.0.targetLevel", /from 1 to 10/],
    ["a name used twice", [area("Leadership"), area(" leadership")], "areas", /twice/],
    ["an empty name", [area("  ")], "areas.0.name", /Name the area/],
    ["no areas", [], "areas", /at least one/],
  ])("refuses %s with a field error and writes nothing", async (_label, areas, field, message) => {
    const result = await expectNothingWritten(alice.id, () => completeWizardAction(wizard(areas)));
    expect(result).toMatchObject({ ok: false });
    if (result.ok) throw new Error("expected a refusal");
    expect(result.fieldErrors?.[field]?.join(" ")).toMatch(message);
  });

  it("refuses more than 12 areas", async () => {
    const areas = Array.from({ length: 13 }, (_, i) => area(`Area ${i}`));
    const result = await expectNothingWritten(alice.id, () => completeWizardAction(wizard(areas)));
    expect(result).toMatchObject({ ok: false, fieldErrors: { areas: ["Choose at most 12 areas."] } });
  });

  it("refuses a sprint start more than a year away", async () => {
    const result = await expectNothingWritten(alice.id, () =>
      completeWizardAction(wizard([area("A")], addDaysToDay(today, 400))),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { sprintStartOn: ["Start the sprint within a year from today."] },
    });
    const notADay = await completeWizardAction(wizard([area("A")], "2026-02-30"));
    expect(notADay).toMatchObject({
      ok: false,
      fieldErrors: { sprintStartOn: ["Choose the day your sprint starts."] },
    });
  });

  it("never links another user's mentor to a dream-team profile", async () => {
    const bobs = await createMentor(bob.id, { name: "Bob's sage", category: "SAGE" });
    const result = await completeWizardAction(
      wizard([area("A", { mentorIds: { SAGE: [bobs.id] }, profiles: { SAGE: "Someone wise" } })]),
    );
    expect(result.ok).toBe(true);
    expect(await db.dreamTeamMatch.count({ where: { mentorId: bobs.id } })).toBe(0);
    expect(await db.dreamTeamMatch.count({ where: { userId: alice.id } })).toBe(0);
  });
});

describe("gap areas after the wizard", () => {
  it("adds, edits, reorders, deletes and restores an area", async () => {
    const a = await createGapArea(alice.id, "Technical skills", 1);
    const b = await createGapArea(alice.id, "Soft skills", 2);
    const created = await createGapAreaAction({ name: "Career navigation", currentLevel: "2", targetLevel: "7" });
    expect(created.ok).toBe(true);
    expect(
      await updateGapAreaAction({
        id: a.id,
        name: "Technical depth",
        currentLevel: "4",
        targetLevel: "9",
        whyItMatters: "Staff role",
      }),
    ).toMatchObject({ ok: true });
    await moveGapAreaAction({ id: b.id, direction: "up" });
    expect((await areasOf(alice.id)).map((x) => [x.name, x.priority])).toEqual([
      ["Soft skills", 1],
      ["Technical depth", 2],
      ["Career navigation", 3],
    ]);

    const ada = await createMentor(alice.id, { name: "Ada", category: "PEER" });
    await db.mentorGapArea.create({ data: { userId: alice.id, mentorId: ada.id, gapAreaId: b.id } });
    await saveDreamTeamSlotAction({
      gapAreaId: b.id,
      category: "PEER",
      profile: "Someone who negotiates daily",
      mentorIds: [ada.id],
    });
    const deleted = await deleteGapAreaAction({ id: b.id });
    if (!deleted.ok) throw new Error(deleted.error);
    expect(await db.mentor.count({ where: { id: ada.id } })).toBe(1); // the mentor stays
    expect(await db.dreamTeamSlot.count({ where: { userId: alice.id } })).toBe(0);

    expect(await restoreGapAreaAction(deleted.data)).toMatchObject({ ok: true });
    const restored = await db.gapArea.findFirstOrThrow({
      where: { userId: alice.id, name: "Soft skills" },
      include: { mentors: true, dreamTeamSlots: { include: { matches: true } } },
    });
    expect(restored.mentors.map((m) => m.mentorId)).toEqual([ada.id]);
    expect(restored.dreamTeamSlots.map((s) => [s.profile, s.matches.map((m) => m.mentorId)])).toEqual([
      ["Someone who negotiates daily", [ada.id]],
    ]);
  });

  it("refuses a duplicate name, a bad level and a thirteenth area with messages", async () => {
    await createGapArea(alice.id, "Leadership", 1);
    expect(await createGapAreaAction({ name: "LEADERSHIP", currentLevel: "1", targetLevel: "2" })).toMatchObject({
      ok: false,
      fieldErrors: { name: ['You already have an area called "LEADERSHIP".'] },
    });
    expect(await createGapAreaAction({ name: "X", currentLevel: "0", targetLevel: "2" })).toMatchObject({
      ok: false,
      fieldErrors: { currentLevel: ["Rate where you are now from 1 to 10."] },
    });
    for (let i = 2; i <= 12; i++) await createGapArea(alice.id, `Area ${i}`, i);
    expect(await createGapAreaAction({ name: "Thirteen", currentLevel: "1", targetLevel: "2" })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/at most 12/),
    });
  });

  it("gives another user's areas the not-found answer and changes nothing", async () => {
    const bobs = await createGapArea(bob.id, "Bob's area", 1);
    const mine = await createMentor(alice.id, { name: "Ada" });
    for (const attempt of <(() => Promise<unknown>)[]>[
      () => updateGapAreaAction({ id: bobs.id, name: "Hijacked", currentLevel: "1", targetLevel: "2" }),
      () => moveGapAreaAction({ id: bobs.id, direction: "down" }),
      () => deleteGapAreaAction({ id: bobs.id }),
      () => saveDreamTeamSlotAction({ gapAreaId: bobs.id, category: "SAGE", profile: "x", mentorIds: [mine.id] }),
    ]) {
      const result = await expectNothingWritten(bob.id, attempt);
      expect(result).toMatchObject({ ok: false, error: "Gap area not found." });
    }
    const own = await createGapArea(alice.id, "Mine", 1);
    const bobsMentor = await createMentor(bob.id, { name: "Bob's" });
    expect(
      await saveDreamTeamSlotAction({ gapAreaId: own.id, category: "SAGE", profile: "x", mentorIds: [bobsMentor.id] }),
    ).toMatchObject({ ok: false, fieldErrors: { mentorIds: [expect.any(String)] } });
    // Undo with another user's mentor ids restores the area without them.
    const restored = await restoreGapAreaAction({
      name: "Restored",
      whyItMatters: "",
      currentLevel: 1,
      targetLevel: 5,
      priority: 2,
      guidanceSought: "",
      valueIOffer: "",
      mentorIds: [bobsMentor.id],
      slots: [],
    });
    expect(restored.ok).toBe(true);
    expect(await db.mentorGapArea.count({ where: { mentorId: bobsMentor.id } })).toBe(0);
  });
});

describe("/gaps' dream-team profiles", () => {
  it("offer whoever is linked, then the area's own people, then the category's first by name: a dozen, every linked one kept", async () => {
    const craft = await createGapArea(alice.id, "Craft", 1);
    const sages = [];
    for (let i = 0; i < 30; i++)
      sages.push(await createMentor(alice.id, { name: `Sage ${String(i).padStart(2, "0")}`, category: "SAGE" }));
    // Sage 29 serves Craft on the map; Sage 28 is linked to the profile.
    await db.mentorGapArea.create({ data: { userId: alice.id, mentorId: sages[29]!.id, gapAreaId: craft.id } });
    expect(
      await saveDreamTeamSlotAction({
        gapAreaId: craft.id,
        category: "SAGE",
        profile: "A VP",
        mentorIds: [sages[28]!.id],
      }),
    ).toMatchObject({ ok: true });

    const offer = async (category: "SAGE" | "PEER") => {
      const result = await dreamTeamCandidatesAction({ gapAreaId: craft.id, category });
      if (!result.ok) throw new Error(result.error);
      return result.data;
    };
    const offered = (await offer("SAGE")).map((m) => m.name);
    expect(offered).toHaveLength(CANDIDATES_PER_PROFILE);
    expect(offered.slice(0, 3)).toEqual(["Sage 28", "Sage 29", "Sage 00"]);
    expect(await offer("PEER")).toEqual([]);
    // The page itself carries none of them: they come when a profile's form opens.
    expect(Object.keys((await getGapAreasPage(alice)).areas[0]!)).not.toContain("candidates");

    const many = sages.slice(0, 20).map((m) => m.id);
    await saveDreamTeamSlotAction({ gapAreaId: craft.id, category: "SAGE", profile: "A VP", mentorIds: many });
    const ids = (await offer("SAGE")).map((m) => m.id);
    expect(new Set(ids)).toEqual(new Set(many));

    // Bad input: a field-level message, not a failure.
    expect(await dreamTeamCandidatesAction({ gapAreaId: craft.id, category: "MENTOR" })).toMatchObject({
      ok: false,
      fieldErrors: { category: ["Choose one of the five categories."] },
    });
  });
});
