import { subDays } from "date-fns";
import { beforeEach, describe, expect, it } from "vitest";
import { addDaysToDay, dateToDay, todayIn } from "@/domain/calendar";
import type { CurrentUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { updateMentorProfileAction, updateRelationshipAction } from "@/server/mentors/mentors.actions";
import {
  archiveMentorAction,
  bulkMentorsAction,
  changeStageAction,
  deleteMentorAction,
  restoreMentorAction,
  restoreMentorsAction,
  unarchiveMentorAction,
} from "@/server/mentors/mentors.lifecycle.actions";
import { createGapArea, createMentor, expectNothingWritten } from "../support/factories";
import { aliceAndBob } from "../support/two-users";

let alice: CurrentUser;
let bob: CurrentUser;

beforeEach(async () => {
  ({ alice, bob } = await aliceAndBob());
});

describe("changeStageAction", () => {
  it("moves along the pipeline and logs each move with its date", async () => {
    const m = await createMentor(alice.id, { stage: "PROSPECT" });
    expect(await changeStageAction({ id: m.id, stage: "CONTACTED" })).toMatchObject({
      ok: true,
      data: { changed: true },
    });
    expect(await changeStageAction({ id: m.id, stage: "ACTIVE", note: "Said yes" })).toMatchObject({ ok: true });
    expect(await changeStageAction({ id: m.id, stage: "ACTIVE" })).toMatchObject({
      ok: true,
      data: { changed: false },
    });
    const changes = await db.stageChange.findMany({ where: { mentorId: m.id }, orderBy: { changedAt: "asc" } });
    expect(changes.map((c) => [c.fromStage, c.toStage, c.note])).toEqual([
      ["PROSPECT", "CONTACTED", null],
      ["CONTACTED", "ACTIVE", "Said yes"],
    ]);
  });

  it("a decline with a revisit date becomes a reminder, and leaving Declined clears it", async () => {
    const m = await createMentor(alice.id, { stage: "CONTACTED" });
    const revisit = addDaysToDay(todayIn("UTC"), 90);
    await changeStageAction({ id: m.id, stage: "DECLINED", revisitAfterOn: revisit });
    const reminder = await db.reminder.findFirstOrThrow({ where: { mentorId: m.id, kind: "REVISIT" } });
    expect(dateToDay(reminder.dueOn)).toBe(revisit);
    expect(dateToDay((await db.mentor.findUniqueOrThrow({ where: { id: m.id } })).revisitAfterOn!)).toBe(revisit);
    await changeStageAction({ id: m.id, stage: "PROSPECT" });
    expect(await db.reminder.count({ where: { mentorId: m.id, kind: "REVISIT" } })).toBe(0);
  });

  it.each([
    [{ stage: "FRIENDS" }, "stage", "Choose a stage."],
    [
      { stage: "DECLINED", revisitAfterOn: "2026-13-01" },
      "revisitAfterOn",
      "Enter the revisit date as a real date (YYYY-MM-DD).",
    ],
  ])("rejects %j and writes nothing", async (input, field, message) => {
    const m = await createMentor(alice.id);
    const result = await expectNothingWritten(alice.id, () => changeStageAction({ id: m.id, ...input }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: [message] } });
  });

  it("another user's mentor is not found", async () => {
    const bobs = await createMentor(bob.id, { stage: "PROSPECT" });
    const result = await expectNothingWritten(bob.id, () => changeStageAction({ id: bobs.id, stage: "ACTIVE" }));
    expect(result).toEqual({ ok: false, error: "Mentor not found." });
  });
});

describe("archive, delete and undo", () => {
  it("archives and unarchives", async () => {
    const m = await createMentor(alice.id);
    await archiveMentorAction({ id: m.id });
    expect((await db.mentor.findUniqueOrThrow({ where: { id: m.id } })).archivedAt).not.toBeNull();
    await unarchiveMentorAction({ id: m.id });
    expect((await db.mentor.findUniqueOrThrow({ where: { id: m.id } })).archivedAt).toBeNull();
  });

  it("deletes softly, restores with undo, and purges after 30 days", async () => {
    const m = await createMentor(alice.id);
    const old = await createMentor(alice.id);
    await db.mentor.update({ where: { id: old.id }, data: { deletedAt: subDays(new Date(), 31) } });
    expect(await deleteMentorAction({ id: m.id })).toEqual({ ok: true, data: { id: m.id } });
    expect((await db.mentor.findUniqueOrThrow({ where: { id: m.id } })).deletedAt).not.toBeNull();
    expect(await db.mentor.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await restoreMentorAction({ id: m.id })).toEqual({ ok: true, data: { id: m.id } });
    expect((await db.mentor.findUniqueOrThrow({ where: { id: m.id } })).deletedAt).toBeNull();
    expect(await restoreMentorAction({ id: m.id })).toEqual({ ok: false, error: "Deleted mentor not found." });
  });

  it("nobody else can archive, delete or restore my mentors", async () => {
    const bobs = await createMentor(bob.id);
    await expectNothingWritten(bob.id, async () => {
      expect(await archiveMentorAction({ id: bobs.id })).toEqual({ ok: false, error: "Mentor not found." });
      expect(await unarchiveMentorAction({ id: bobs.id })).toEqual({ ok: false, error: "Mentor not found." });
      expect(await deleteMentorAction({ id: bobs.id })).toEqual({ ok: false, error: "Mentor not found." });
    });
    await db.mentor.update({ where: { id: bobs.id }, data: { deletedAt: new Date() } });
    await expectNothingWritten(bob.id, async () => {
      expect(await restoreMentorAction({ id: bobs.id })).toEqual({ ok: false, error: "Deleted mentor not found." });
      expect(await restoreMentorsAction({ ids: [bobs.id] })).toMatchObject({ ok: false, error: "Mentor not found." });
    });
  });

  it.each([
    ["archiveMentorAction", archiveMentorAction],
    ["unarchiveMentorAction", unarchiveMentorAction],
    ["deleteMentorAction", deleteMentorAction],
    ["restoreMentorAction", restoreMentorAction],
  ] as const)("%s rejects a missing or malformed id and writes nothing", async (_name, action) => {
    await createMentor(alice.id);
    for (const input of [{}, { id: "" }, { id: 42 }, { id: "x".repeat(41) }, null, "not an object"]) {
      const result = await expectNothingWritten(alice.id, () => action(input));
      expect(result).toMatchObject({ ok: false });
    }
  });
});

describe("bulkMentorsAction", () => {
  it("changes stage (logged), category and tags, archives and deletes a selection", async () => {
    const a = await createMentor(alice.id, { stage: "PROSPECT", tags: ["x"] });
    const b = await createMentor(alice.id, { stage: "PROSPECT" });
    const ids = [a.id, b.id];
    expect(await bulkMentorsAction({ ids, operation: "stage", stage: "CONTACTED" })).toMatchObject({ ok: true });
    expect(await db.stageChange.count({ where: { mentorId: { in: ids }, toStage: "CONTACTED" } })).toBe(2);
    await bulkMentorsAction({ ids, operation: "category", category: "SAGE" });
    await bulkMentorsAction({ ids, operation: "addTag", tag: "Fintech" });
    await bulkMentorsAction({ ids: [a.id], operation: "removeTag", tag: "x" });
    const rows = await db.mentor.findMany({ where: { id: { in: ids } }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.category, r.stage, r.tags])).toEqual([
      ["SAGE", "CONTACTED", ["fintech"]],
      ["SAGE", "CONTACTED", ["fintech"]],
    ]);
    await bulkMentorsAction({ ids, operation: "archive" });
    expect(await db.mentor.count({ where: { id: { in: ids }, archivedAt: { not: null } } })).toBe(2);
    await bulkMentorsAction({ ids, operation: "delete" });
    expect(await db.mentor.count({ where: { id: { in: ids }, deletedAt: { not: null } } })).toBe(2);
    expect(await restoreMentorsAction({ ids })).toEqual({ ok: true, data: { restored: 2 } });
  });

  it("changes nothing at all when one id is another user's", async () => {
    const mine = await createMentor(alice.id, { stage: "PROSPECT" });
    const bobs = await createMentor(bob.id, { stage: "PROSPECT" });
    const result = await expectNothingWritten(alice.id, () =>
      expectNothingWritten(bob.id, () =>
        bulkMentorsAction({ ids: [mine.id, bobs.id], operation: "stage", stage: "ACTIVE" }),
      ),
    );
    expect(result).toEqual({ ok: false, error: "One of the selected mentors not found." });
  });

  it.each([
    [{ ids: [], operation: "archive" }, "ids", "Select at least one mentor."],
    [{ ids: ["a"], operation: "explode" }, "operation", "Choose what to do with the selected mentors."],
    [{ ids: ["a"], operation: "stage" }, "stage", "Choose a stage."],
    [{ ids: ["a"], operation: "addTag", tag: "" }, "tag", "Enter a tag."],
  ])("rejects %j", async (input, field, message) => {
    const result = await bulkMentorsAction(input);
    expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: expect.arrayContaining([message]) } });
  });
});

describe("profile and relationship", () => {
  it("updates the profile in place, clearing emptied fields", async () => {
    const m = await createMentor(alice.id, { organisation: "Old Co" });
    const result = await updateMentorProfileAction({
      id: m.id,
      name: "Ruth Adeyemi",
      email: "RUTH@example.org",
      organisation: "",
      linkedinUrl: "https://www.linkedin.com/in/ruth",
      notes: "**Ask** about payments",
      tags: "legal, Fintech, legal",
    });
    expect(result).toMatchObject({ ok: true });
    const row = await db.mentor.findUniqueOrThrow({ where: { id: m.id } });
    expect(row).toMatchObject({
      name: "Ruth Adeyemi",
      email: "ruth@example.org",
      organisation: null,
      tags: ["legal", "fintech"],
      notes: "**Ask** about payments",
    });
  });

  it("never writes fields from outside the schema (owner, id, timestamps, deletion)", async () => {
    const m = await createMentor(alice.id, { name: "Before" });
    const result = await updateMentorProfileAction({
      id: m.id,
      name: "After",
      userId: bob.id,
      deletedAt: "2000-01-01",
      createdAt: "2000-01-01",
      stage: "ACTIVE",
      category: "SAGE",
    });
    expect(result).toMatchObject({ ok: true });
    const row = await db.mentor.findUniqueOrThrow({ where: { id: m.id } });
    expect(row).toMatchObject({
      name: "After",
      userId: alice.id,
      deletedAt: null,
      stage: m.stage,
      category: m.category,
    });
    expect(row.createdAt).toEqual(m.createdAt);
  });

  it.each([
    [{ name: "" }, "name", "Enter a name."],
    [{ name: "x".repeat(201) }, "name", "A name must be at most 200 characters."],
    [
      { name: "Ok", linkedinUrl: "javascript:alert(1)" },
      "linkedinUrl",
      "LinkedIn must be a web address starting with http:// or https://.",
    ],
    [{ name: "Ok", email: "nope" }, "email", "Enter a valid email address, or leave it empty."],
  ])("rejects profile %j and writes nothing", async (input, field, message) => {
    const m = await createMentor(alice.id);
    const result = await expectNothingWritten(alice.id, () => updateMentorProfileAction({ id: m.id, ...input }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: [message] } });
  });

  it("updates category, gap areas, cadence and ratings; the cadence sets the next check-in", async () => {
    const area = await createGapArea(alice.id, "Soft skills");
    const m = await createMentor(alice.id);
    const result = await updateRelationshipAction({
      id: m.id,
      category: "SAGE",
      gapAreaIds: [area.id],
      cadenceDays: "90",
      valueReceivedRating: "9",
      valueProvidedRating: "",
      growthPotentialRating: 7,
    });
    expect(result).toMatchObject({ ok: true });
    const row = await db.mentor.findUniqueOrThrow({ where: { id: m.id }, include: { gapAreas: true } });
    expect(row).toMatchObject({
      category: "SAGE",
      cadenceDays: 90,
      valueReceivedRating: 9,
      valueProvidedRating: null,
      growthPotentialRating: 7,
    });
    expect(row.gapAreas.map((g) => g.gapAreaId)).toEqual([area.id]);
  });

  it("a new cadence moves the next check-in unless the user changed the date too", async () => {
    const today = todayIn("UTC");
    const m = await createMentor(alice.id);
    await db.checkIn.create({
      data: { userId: alice.id, mentorId: m.id, occurredOn: new Date(`${today}T00:00:00Z`), channel: "CALL" },
    });
    await updateRelationshipAction({ id: m.id, category: "PEER", cadenceDays: 30 });
    const next = async () => dateToDay((await db.mentor.findUniqueOrThrow({ where: { id: m.id } })).nextCheckInOn!);
    expect(await next()).toBe(addDaysToDay(today, 30));
    // The form sends the shown date back unchanged with a new cadence: the cadence wins.
    await updateRelationshipAction({
      id: m.id,
      category: "PEER",
      cadenceDays: 60,
      nextCheckInOn: addDaysToDay(today, 30),
    });
    expect(await next()).toBe(addDaysToDay(today, 60));
    // A date the user changed wins, even without a cadence.
    await updateRelationshipAction({
      id: m.id,
      category: "PEER",
      cadenceDays: "",
      nextCheckInOn: addDaysToDay(today, 5),
    });
    expect(await next()).toBe(addDaysToDay(today, 5));
    expect(
      (await db.reminder.findMany({ where: { mentorId: m.id, kind: "CHECK_IN", status: "PENDING" } })).map((r) =>
        dateToDay(r.dueOn),
      ),
    ).toEqual([addDaysToDay(today, 5)]);
  });

  it.each([
    [{ valueReceivedRating: "11" }, "valueReceivedRating", "Value received must be from 1 to 10."],
    [{ growthPotentialRating: "0" }, "growthPotentialRating", "Growth potential must be from 1 to 10."],
    [{ valueProvidedRating: "lots" }, "valueProvidedRating", "Value provided must be a number from 1 to 10."],
    [{ cadenceDays: "0" }, "cadenceDays", "The cadence must be at least 1 day."],
    [{ cadenceDays: "3651" }, "cadenceDays", "The cadence must be at most 3650 days."],
    [{ cadenceDays: "-5" }, "cadenceDays", "The cadence must be at least 1 day."],
    [{ category: "GURU" }, "category", "Choose one of the five categories."],
    [{ nextCheckInOn: "31/12/2026" }, "nextCheckInOn", "Enter the next check-in as a real date (YYYY-MM-DD)."],
  ])("rejects relationship %j and writes nothing", async (input, field, message) => {
    const m = await createMentor(alice.id);
    const result = await expectNothingWritten(alice.id, () =>
      updateRelationshipAction({ id: m.id, category: "PEER", ...input }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: [message] } });
  });

  it("another user's mentor or gap area is not found", async () => {
    const bobs = await createMentor(bob.id);
    const bobsArea = await createGapArea(bob.id, "Bob's area");
    const mine = await createMentor(alice.id);
    await expectNothingWritten(bob.id, async () => {
      expect(await updateMentorProfileAction({ id: bobs.id, name: "Mine now" })).toEqual({
        ok: false,
        error: "Mentor not found.",
      });
      expect(await updateRelationshipAction({ id: bobs.id, category: "SAGE" })).toEqual({
        ok: false,
        error: "Mentor not found.",
      });
      expect(
        await expectNothingWritten(alice.id, () =>
          updateRelationshipAction({ id: mine.id, category: "SAGE", gapAreaIds: [bobsArea.id] }),
        ),
      ).toMatchObject({
        ok: false,
        fieldErrors: { gapAreaIds: ["One of the chosen gap areas no longer exists."] },
      });
    });
  });
});
