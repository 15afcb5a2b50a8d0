// Writes queued offline carry an idempotency key: however often they are replayed
// (a lost response, two tabs syncing at once), each is written once.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { addDaysToDay, todayIn } from "@/domain/calendar";
import type { CurrentUser } from "@/server/auth/session";
import { logCheckInAction } from "@/server/check-ins/check-ins.actions";
import { db } from "@/server/db";
import { addMentorNoteAction, createMentorAction, updateMentorProfileAction } from "@/server/mentors/mentors.actions";
import { deleteMentorAction } from "@/server/mentors/mentors.lifecycle.actions";
import { KEYS_KEPT_DAYS } from "@/server/offline-writes";
import { logValueExchangeAction } from "@/server/value-exchanges/value-exchanges.actions";
import { createMentor } from "../support/factories";
import { signInAs } from "../support/session-double";
import { aliceAndBob } from "../support/two-users";

let alice: CurrentUser;
let bob: CurrentUser;
const today = () => todayIn("UTC");
const key = () => randomUUID();

beforeEach(async () => {
  ({ alice, bob } = await aliceAndBob());
});

const checkIn = (mentorId: string, idempotencyKey?: string) => ({
  mentorId,
  occurredOn: today(),
  channel: "COFFEE",
  notes: "Talked on the train platform.",
  takeaways: "Ask for the intro.",
  followUps: [{ title: "Send the deck", dueOn: addDaysToDay(today(), 3) }],
  idempotencyKey,
});

describe("a write replayed with its idempotency key", () => {
  it("logs a check-in once however often it is replayed, and answers each replay with the first result", async () => {
    const mentor = await createMentor(alice.id, { cadenceDays: 30 });
    const k = key();
    const first = await logCheckInAction(checkIn(mentor.id, k));
    const again = await logCheckInAction(checkIn(mentor.id, k));
    expect(first).toMatchObject({ ok: true });
    expect(first).not.toHaveProperty("replayed");
    expect(again).toEqual({ ...first, replayed: true });
    expect(await db.checkIn.count({ where: { mentorId: mentor.id } })).toBe(1);
    expect(await db.reminder.count({ where: { mentorId: mentor.id, kind: "FOLLOW_UP" } })).toBe(1);
  });

  it("writes once when two replays race (two tabs syncing at once)", async () => {
    const mentor = await createMentor(alice.id, { cadenceDays: 30 });
    const k = key();
    const results = await Promise.all(Array.from({ length: 4 }, () => logCheckInAction(checkIn(mentor.id, k))));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && r.replayed)).toHaveLength(3);
    expect(await db.checkIn.count({ where: { mentorId: mentor.id } })).toBe(1);
  });

  it("value exchanges, notes and prospects are written once too", async () => {
    const mentor = await createMentor(alice.id);
    const [kv, kn, kp] = [key(), key(), key()];
    const exchange = {
      mentorId: mentor.id,
      direction: "GAVE",
      kind: "INTRODUCTION",
      description: "Introduced her to Sam",
      occurredOn: today(),
      idempotencyKey: kv,
    };
    const note = { id: mentor.id, note: "Prefers mornings.", writtenOn: today(), idempotencyKey: kn };
    const prospect = {
      name: "Ines Duarte",
      category: "SPECIALIST",
      linkedinUrl: "https://www.linkedin.com/in/ines-duarte",
      gapAreaIds: [],
      idempotencyKey: kp,
    };
    for (let i = 0; i < 2; i++) {
      expect(await logValueExchangeAction(exchange)).toMatchObject({ ok: true });
      expect(await addMentorNoteAction(note)).toMatchObject({ ok: true });
      expect(await createMentorAction(prospect)).toMatchObject({ ok: true });
    }
    expect(await db.valueExchange.count({ where: { mentorId: mentor.id } })).toBe(1);
    const { notes } = await db.mentor.findUniqueOrThrow({ where: { id: mentor.id } });
    expect(notes).toBe(`${today()}: Prefers mornings.`);
    const prospects = await db.mentor.findMany({ where: { userId: alice.id, name: "Ines Duarte" } });
    expect(prospects).toHaveLength(1);
    expect(prospects[0]).toMatchObject({ stage: "PROSPECT", linkedinUrl: "https://www.linkedin.com/in/ines-duarte" });
  });

  it("a refused write records no key: fixed and replayed, it is written", async () => {
    const mentor = await createMentor(alice.id);
    const k = key();
    const refused = await addMentorNoteAction({ id: mentor.id, note: "   ", idempotencyKey: k });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { note: ["Write a note."] } });
    expect(await db.offlineWrite.count({ where: { userId: alice.id } })).toBe(0);
    expect(await addMentorNoteAction({ id: mentor.id, note: "Fixed", idempotencyKey: k })).toMatchObject({ ok: true });
    expect((await db.mentor.findUniqueOrThrow({ where: { id: mentor.id } })).notes).toBe(`${today()}: Fixed`);
  });

  it("a write for a mentor deleted meanwhile is refused with the server's message", async () => {
    const mentor = await createMentor(alice.id);
    expect(await deleteMentorAction({ id: mentor.id })).toMatchObject({ ok: true });
    expect(await logCheckInAction(checkIn(mentor.id, key()))).toEqual({ ok: false, error: "Mentor not found." });
    expect(await db.checkIn.count({ where: { mentorId: mentor.id } })).toBe(0);
  });

  it("keys are per user: bob's write with alice's key is bob's own, and never shows alice's result", async () => {
    const aliceMentor = await createMentor(alice.id);
    const bobMentor = await createMentor(bob.id);
    const k = key();
    const hers = await logCheckInAction(checkIn(aliceMentor.id, k));
    signInAs(bob);
    const his = await logCheckInAction(checkIn(bobMentor.id, k));
    expect(his).toMatchObject({ ok: true });
    expect(his).not.toHaveProperty("replayed");
    expect(his).not.toEqual(hers);
    expect(await db.checkIn.count({ where: { mentorId: bobMentor.id } })).toBe(1);
  });

  it("a key on an action that cannot be queued, or a malformed key, is refused and writes nothing", async () => {
    const mentor = await createMentor(alice.id);
    expect(await updateMentorProfileAction({ id: mentor.id, name: "Renamed", idempotencyKey: key() })).toEqual({
      ok: false,
      error: "This change cannot be queued offline; make it again online.",
    });
    expect(await logCheckInAction(checkIn(mentor.id, "short"))).toMatchObject({ ok: false });
    expect(await db.checkIn.count({ where: { mentorId: mentor.id } })).toBe(0);
    expect((await db.mentor.findUniqueOrThrow({ where: { id: mentor.id } })).name).not.toBe("Renamed");
  });

  it("keys older than KEYS_KEPT_DAYS are let go as the user's next queued write lands; other users' stay", async () => {
    const mentor = await createMentor(alice.id);
    const old = new Date(Date.now() - (KEYS_KEPT_DAYS + 1) * 86_400_000);
    await db.offlineWrite.createMany({
      data: [
        { userId: alice.id, key: "old-key-of-alice-0001", action: "logCheckInAction", createdAt: old },
        { userId: bob.id, key: "old-key-of-bob-000001", action: "logCheckInAction", createdAt: old },
      ],
    });
    await logCheckInAction(checkIn(mentor.id, key()));
    expect(
      (await db.offlineWrite.findMany({ where: { key: { startsWith: "old-key" } } })).map((w) => w.userId),
    ).toEqual([bob.id]);
  });
});
