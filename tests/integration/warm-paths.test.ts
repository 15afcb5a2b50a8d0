import { beforeEach, describe, expect, it } from "vitest";
import { todayIn } from "@/domain/calendar";
import type { CurrentUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { recordWarmIntroductionAction, warmPathsAction } from "@/server/introductions/introductions.warm-paths.actions";
import { getMentorPage } from "@/server/mentors/mentors.detail.queries";
import { createMentor } from "../support/factories";
import { aliceAndBob } from "../support/two-users";

let alice: CurrentUser;
let bob: CurrentUser;
const today = todayIn("UTC");

beforeEach(async () => {
  ({ alice, bob } = await aliceAndBob());
});

async function network() {
  const prospect = await createMentor(alice.id, { name: "Dana Reyes", organisation: "Northwind", stage: "PROSPECT" });
  const colleague = await createMentor(alice.id, { name: "Aisha Mensah", organisation: "northwind ", stage: "ACTIVE" });
  const knowsHer = await createMentor(alice.id, {
    name: "Tom Lindqvist",
    stage: "ACTIVE",
    notes: "Old friend of dana reyes from university.",
  });
  const formerEmployee = await createMentor(alice.id, {
    name: "Priya Raman",
    stage: "ACTIVE",
    notes: "Spent five years at Northwind before Contoso.",
  });
  // Not warm paths: a prospect at Northwind too (not a relationship yet), an archived colleague, a stranger.
  await createMentor(alice.id, { name: "Other Prospect", organisation: "Northwind", stage: "PROSPECT" });
  const archived = await createMentor(alice.id, { name: "Gone Colleague", organisation: "Northwind", stage: "ACTIVE" });
  await db.mentor.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
  await createMentor(alice.id, { name: "Stranger", organisation: "Contoso", stage: "ACTIVE" });
  // Bob's mentor at Northwind never shows.
  await createMentor(bob.id, { name: "Bob's Northwind friend", organisation: "Northwind", stage: "ACTIVE" });
  return { prospect, colleague, knowsHer, formerEmployee };
}

describe("warm paths to a prospect", () => {
  it("come from a shared organisation and from the notes, strongest first, the user's own people only", async () => {
    const { prospect, colleague, knowsHer, formerEmployee } = await network();
    const result = await warmPathsAction({ prospectId: prospect.id });
    if (!result.ok) throw new Error(result.error);
    expect(result.data.map((p) => p.name)).toEqual(["Tom Lindqvist", "Aisha Mensah", "Priya Raman"]);
    expect(result.data[0]).toMatchObject({ id: knowsHer.id, reasons: [{ kind: "knows", where: "mentor-notes" }] });
    expect(result.data[1]).toMatchObject({
      id: colleague.id,
      reasons: [{ kind: "same-organisation", organisation: "Northwind" }],
    });
    expect(result.data[2]).toMatchObject({
      id: formerEmployee.id,
      reasons: [{ kind: "organisation-in-notes", organisation: "Northwind" }],
    });
  });

  it("read the prospect's own notes for who knows them", async () => {
    const prospect = await createMentor(alice.id, {
      name: "Li Wei",
      stage: "RESEARCHED",
      notes: "Met through Ruth Grant at the meetup.",
    });
    const ruth = await createMentor(alice.id, { name: "Ruth Grant", stage: "IN_CONVERSATION" });
    const result = await warmPathsAction({ prospectId: prospect.id });
    expect(result).toMatchObject({
      ok: true,
      data: [{ id: ruth.id, reasons: [{ kind: "knows", where: "prospect-notes" }] }],
    });
  });

  it("recording the introduction closes the loop on both timelines", async () => {
    const { prospect, knowsHer } = await network();
    const recorded = await recordWarmIntroductionAction({
      introducerId: knowsHer.id,
      prospectId: prospect.id,
      occurredOn: today,
    });
    expect(recorded).toMatchObject({ ok: true, data: { introducer: "Tom Lindqvist", moved: true } });
    const tom = await getMentorPage(alice, knowsHer.id);
    expect(tom!.timeline).toContainEqual(
      expect.objectContaining({ kind: "value", valueKind: "INTRODUCTION", description: "Introduced me to Dana Reyes" }),
    );
    const dana = await getMentorPage(alice, prospect.id);
    expect(dana!.mentor).toMatchObject({ stage: "CONTACTED", howWeMet: "Introduced by Tom Lindqvist" });
    expect(dana!.timeline).toContainEqual(
      expect.objectContaining({ kind: "stage", to: "CONTACTED", note: "Introduced by Tom Lindqvist" }),
    );
  });

  it("refuse another user's people, bad input and a future date, and write nothing", async () => {
    const { prospect, knowsHer } = await network();
    const bobs = await createMentor(bob.id, { name: "Bob's prospect", stage: "PROSPECT" });
    expect(await warmPathsAction({ prospectId: bobs.id })).toMatchObject({ ok: false, error: "Mentor not found." });
    expect(
      await recordWarmIntroductionAction({ introducerId: knowsHer.id, prospectId: bobs.id, occurredOn: today }),
    ).toMatchObject({ ok: false });
    expect(await warmPathsAction({ prospectId: "" })).toMatchObject({
      ok: false,
      fieldErrors: { prospectId: expect.any(Array) },
    });
    expect(
      await recordWarmIntroductionAction({
        introducerId: knowsHer.id,
        prospectId: prospect.id,
        occurredOn: "2999-01-01",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { occurredOn: ["That date is in the future."] } });
    expect(
      await recordWarmIntroductionAction({ introducerId: prospect.id, prospectId: prospect.id, occurredOn: today }),
    ).toMatchObject({ ok: false, fieldErrors: { introducerId: expect.any(Array) } });
    expect(await db.valueExchange.count({ where: { userId: alice.id } })).toBe(0);
    expect(await db.mentor.findUniqueOrThrow({ where: { id: bobs.id } })).toMatchObject({ stage: "PROSPECT" });
  });
});
