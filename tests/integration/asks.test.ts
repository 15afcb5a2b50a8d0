import { beforeEach, describe, expect, it } from "vitest";
import { addDaysToDay, dateToDay, todayIn } from "@/domain/calendar";
import {
  answerAskAction,
  askToMentorAction,
  createAskAction,
  deleteAskAction,
  thankAskAction,
} from "@/server/asks/asks.actions";
import { listAsks } from "@/server/asks/asks.queries";
import type { CurrentUser } from "@/server/auth/session";
import { getDashboard } from "@/server/dashboard/dashboard.queries";
import { db } from "@/server/db";
import { createMentor, expectNothingWritten } from "../support/factories";
import { signInAs } from "../support/session-double";
import { aliceAndBob } from "../support/two-users";

let alice: CurrentUser;
let bob: CurrentUser;
const today = () => todayIn("UTC");

beforeEach(async () => {
  ({ alice, bob } = await aliceAndBob());
});

async function ask(fields: Partial<Parameters<typeof createAskAction>[0]> = {}) {
  const r = await createAskAction({
    name: "Grace Hopper",
    organisation: "Navy",
    question: "How did you get COBOL adopted?",
    askedOn: addDaysToDay(today(), -3),
    ...fields,
  });
  if (!r.ok) throw new Error(r.error);
  return r.data.id;
}

describe("one-off asks", () => {
  it("ask → one follow-up → answer (in the value ledger, the follow-up gone) → thank-you; no cadence, no other reminder", async () => {
    const id = await ask();
    const reminders = await db.reminder.findMany({ where: { askId: id } });
    expect(reminders.map((r) => [r.kind, dateToDay(r.dueOn), r.title])).toEqual([
      ["FOLLOW_UP", addDaysToDay(today(), 4), "Follow up on your question to Grace Hopper"],
    ]);
    expect(await thankAskAction({ id, thankedOn: today() })).toMatchObject({
      ok: false,
      fieldErrors: { thankedOn: ["Record their answer first."] },
    });
    expect(await answerAskAction({ id, answer: "Make it readable by managers.", answeredOn: today() })).toMatchObject({
      ok: true,
    });
    expect(await db.reminder.count({ where: { askId: id } })).toBe(0);
    const value = await db.valueExchange.findFirstOrThrow({ where: { askId: id } });
    expect(value).toMatchObject({ direction: "RECEIVED", kind: "ADVICE", mentorId: null, menteeId: null });
    expect(await answerAskAction({ id, answer: "Again", answeredOn: today() })).toMatchObject({
      ok: false,
      fieldErrors: { answer: ["This ask already has its answer."] },
    });
    expect(await thankAskAction({ id, thankedOn: today() })).toMatchObject({ ok: true });
    const { open, closed } = await listAsks(alice.id);
    expect(open).toEqual([]);
    expect(closed[0]).toMatchObject({ status: "THANKED", answer: "Make it readable by managers.", thankedOn: today() });
  });

  it("becomes a full relationship in one step: a mentor in conversation, with the answer's value in their ledger", async () => {
    const id = await ask({ email: "grace@navy.example" });
    await answerAskAction({ id, answer: "Start small.", answeredOn: today() });
    const before = await getDashboard(alice);
    expect(before.value.received).toBe(0);
    const made = await askToMentorAction({ id, category: "SAGE" });
    if (!made.ok) throw new Error(made.error);
    const mentor = await db.mentor.findUniqueOrThrow({ where: { id: made.data.mentorId } });
    expect(mentor).toMatchObject({
      name: "Grace Hopper",
      email: "grace@navy.example",
      category: "SAGE",
      stage: "IN_CONVERSATION",
      howWeMet: "A one-off ask",
    });
    expect(mentor.notes).toContain("Their answer: Start small.");
    expect(await db.valueExchange.count({ where: { askId: id } })).toBe(0);
    expect(await db.valueExchange.count({ where: { mentorId: mentor.id, direction: "RECEIVED" } })).toBe(1);
    expect((await getDashboard(alice)).value.received).toBe(1);
    // Again: the same mentor, not a second one.
    expect(await askToMentorAction({ id, category: "SAGE" })).toMatchObject({
      ok: true,
      data: { mentorId: mentor.id },
    });
    expect(await db.mentor.count({ where: { userId: alice.id } })).toBe(1);
    expect((await listAsks(alice.id)).closed[0]!.mentorId).toBe(mentor.id);
  });

  it("a value exchange belongs to one: the database refuses an ask's and a mentor's at once", async () => {
    const id = await ask();
    const mentor = await createMentor(alice.id);
    await expect(
      db.valueExchange.create({
        data: {
          userId: alice.id,
          askId: id,
          mentorId: mentor.id,
          direction: "RECEIVED",
          kind: "ADVICE",
          occurredOn: new Date(),
        },
      }),
    ).rejects.toThrow(/ValueExchange_one_person/);
  });

  it("another user's ask: not found, nothing written; bad input is a field error", async () => {
    const id = await ask();
    signInAs(bob);
    for (const attempt of [
      () => answerAskAction({ id, answeredOn: today() }),
      () => thankAskAction({ id, thankedOn: today() }),
      () => askToMentorAction({ id, category: "PEER" }),
      () => deleteAskAction({ id }),
    ])
      expect(await expectNothingWritten(alice.id, attempt)).toMatchObject({ ok: false, error: "Ask not found." });
    signInAs(alice);
    expect(
      await createAskAction({ name: "", question: "", askedOn: addDaysToDay(today(), 2), followUpDays: 90 }),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        name: ["Say whom you asked."],
        question: ["Write the question."],
        followUpDays: ["Follow up after 0 to 60 days."],
      },
    });
  });
});
