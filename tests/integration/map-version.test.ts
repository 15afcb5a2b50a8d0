import { beforeEach, describe, expect, it } from "vitest";
import { dayToDate, todayIn } from "@/domain/calendar";
import type { CurrentUser } from "@/server/auth/session";
import { getDashboard } from "@/server/dashboard/dashboard.queries";
import { db } from "@/server/db";
import { createGapArea, createMentor } from "../support/factories";
import { aliceAndBob } from "../support/two-users";

let alice: CurrentUser;
let bob: CurrentUser;
const today = dayToDate(todayIn("UTC"));

beforeEach(async () => {
  ({ alice, bob } = await aliceAndBob({ signedIn: false }));
});

const version = async (userId: string) =>
  (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { mapVersion: true } })).mapVersion;

/** Runs a write and returns how much Alice's and Bob's versions moved. */
async function bumps(write: () => Promise<unknown>) {
  const [a, b] = [await version(alice.id), await version(bob.id)];
  await write();
  return [(await version(alice.id)) - a, (await version(bob.id)) - b];
}

describe("mapVersion", () => {
  it("moves on every insert, update and delete of what the dashboard reads, for the owner only", async () => {
    const area = await createGapArea(alice.id, "Leadership");
    const mentor = await createMentor(alice.id, { name: "Ada" });
    const other = await createMentor(alice.id, { name: "Bo" });
    const writes: [string, () => Promise<unknown>][] = [
      ["gap area", () => db.gapArea.update({ where: { id: area.id }, data: { currentLevel: 4 } })],
      ["mentor", () => db.mentor.update({ where: { id: mentor.id }, data: { stage: "ACTIVE" } })],
      [
        "mentor in area",
        () => db.mentorGapArea.create({ data: { userId: alice.id, mentorId: mentor.id, gapAreaId: area.id } }),
      ],
      [
        "stage change",
        () => db.stageChange.create({ data: { userId: alice.id, mentorId: mentor.id, toStage: "ACTIVE" } }),
      ],
      [
        "check-in",
        () =>
          db.checkIn.create({ data: { userId: alice.id, mentorId: mentor.id, occurredOn: today, channel: "CALL" } }),
      ],
      [
        "reminder",
        () => db.reminder.create({ data: { userId: alice.id, mentorId: mentor.id, kind: "CHECK_IN", dueOn: today } }),
      ],
      [
        "value exchange",
        () =>
          db.valueExchange.create({
            data: { userId: alice.id, mentorId: mentor.id, direction: "GAVE", kind: "ADVICE", occurredOn: today },
          }),
      ],
      ["outreach plan", () => db.outreachPlan.create({ data: { userId: alice.id, mentorId: mentor.id } })],
      [
        "introduction",
        () =>
          db.introduction.create({
            data: { userId: alice.id, fromMentorId: mentor.id, toMentorId: other.id, introducedOn: today },
          }),
      ],
      ["win", () => db.win.create({ data: { userId: alice.id, title: "Promoted", occurredOn: today } })],
      ["peer group", () => db.peerGroup.create({ data: { userId: alice.id, name: "Circle" } })],
      [
        "dream-team profile",
        () =>
          db.dreamTeamSlot.create({
            data: { userId: alice.id, gapAreaId: area.id, category: "SAGE", profile: "A VP" },
          }),
      ],
      ["sprint", () => db.sprint.create({ data: { userId: alice.id, startOn: today } })],
      [
        "a suggestion dismissed",
        () =>
          db.dismissedSuggestion.create({
            data: { userId: alice.id, gapAreaId: area.id, category: "PEER", mentorId: other.id },
          }),
      ],
      [
        "the user's headline (suggestions read it)",
        () => db.user.update({ where: { id: alice.id }, data: { headline: "CTO" } }),
      ],
      ["digest setting", () => db.user.update({ where: { id: alice.id }, data: { digestFrequency: "OFF" } })],
      [
        "a half-done gap analysis",
        () => db.user.update({ where: { id: alice.id }, data: { gapWizardState: { step: 1 } } }),
      ],
      [
        "many rows at once: one statement",
        () => db.mentor.updateMany({ where: { userId: alice.id }, data: { tags: ["x"] } }),
      ],
      ["a delete that cascades", () => db.mentor.delete({ where: { id: other.id } })],
    ];
    for (const [what, write] of writes) {
      const [own, others] = await bumps(write);
      expect(own, what).toBeGreaterThan(0);
      expect(others, `${what} (Bob's version)`).toBe(0);
    }
    // Saving the wizard's answers again, or a new name, changes nothing the dashboard shows.
    expect(
      await bumps(() =>
        db.user.update({ where: { id: alice.id }, data: { gapWizardState: { step: 2 }, name: "Alice A." } }),
      ),
    ).toEqual([0, 0]);
  });
});

describe("the dashboard's cache", () => {
  it("answers from memory while nothing changed, and recomputes after any write", async () => {
    await createGapArea(alice.id, "Leadership");
    const first = await getDashboard(alice);
    expect(await getDashboard(alice)).toBe(first);
    await createMentor(alice.id, { name: "Ada" });
    const second = await getDashboard(alice);
    expect(second).not.toBe(first);
    expect(second.mentorCount).toBe(1);
    // Another user's write leaves Alice's entry alone; their dashboards never mix.
    await createMentor(bob.id, { name: "Bob's" });
    expect(await getDashboard(alice)).toBe(second);
    expect((await getDashboard(bob)).mentorCount).toBe(1);
  });

  it("keys by the user's day and zone: the same map in another zone is computed for that zone", async () => {
    const first = await getDashboard(alice);
    const elsewhere = await getDashboard({ ...alice, timeZone: "Pacific/Kiritimati" });
    expect(elsewhere).not.toBe(first);
  });
});
