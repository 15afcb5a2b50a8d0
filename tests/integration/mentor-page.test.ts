import { describe, expect, it } from "vitest";
import { addDaysToDay, dateToDay, todayIn } from "@/domain/calendar";
import { valueBalance } from "@/domain/value-balance";
import { db } from "@/server/db";
import { getMentorPage } from "@/server/mentors/mentors.detail.queries";
import { TIMELINE_LIMIT } from "@/server/mentors/mentors.history.queries";
import { createMentor, createUser } from "../support/factories";

// The mentor page reads its history in one query: the timeline shows the newest of
// each kind, while the value balance counts every exchange there has ever been.

const today = todayIn("UTC");

/** `n` exchanges in one direction, one a day going back from `newest`. */
async function exchanges(userId: string, mentorId: string, direction: "GAVE" | "RECEIVED", n: number, newest: string) {
  await db.$executeRaw`
    INSERT INTO "ValueExchange" ("id", "userId", "mentorId", "direction", "kind", "occurredOn", "updatedAt")
    SELECT ${mentorId} || ${direction} || i, ${userId}, ${mentorId}, ${direction}::"ValueDirection", 'ADVICE',
      ${newest}::date - i + 1, now()
    FROM generate_series(1, ${n}) i`;
}

async function reference(mentorId: string) {
  const all = await db.valueExchange.findMany({ where: { mentorId } });
  return valueBalance(
    all.map((v) => ({ direction: v.direction, occurredOn: dateToDay(v.occurredOn) })),
    today,
  );
}

describe("the mentor page's history", () => {
  it("balances every exchange while the timeline shows the newest of them", async () => {
    const alice = await createUser("alice");
    const tom = await createMentor(alice.id, { name: "Tom", stage: "ACTIVE" });
    const given = TIMELINE_LIMIT + 30;
    await exchanges(alice.id, tom.id, "GAVE", given, addDaysToDay(today, -100));

    const page = (await getMentorPage(alice, tom.id))!;
    expect(page.value).toEqual(await reference(tom.id));
    expect(page.value).toMatchObject({ gave: given, received: 0, balance: given, oneWay: { direction: "GAVE" } });
    const shown = page.timeline.filter((e) => e.kind === "value");
    expect(shown).toHaveLength(TIMELINE_LIMIT);
    expect(shown[0]!.day).toBe(addDaysToDay(today, -100));
    expect(shown.at(-1)!.day).toBe(addDaysToDay(today, -100 - TIMELINE_LIMIT + 1));

    // Value received since: no longer one way, and counted.
    await exchanges(alice.id, tom.id, "RECEIVED", 2, today);
    const after = (await getMentorPage(alice, tom.id))!;
    expect(after.value).toEqual(await reference(tom.id));
    expect(after.value).toMatchObject({ gave: given, received: 2, balance: given - 2, oneWay: null });
    expect(after.timeline[0]).toMatchObject({ kind: "value", direction: "RECEIVED", day: today });
  });

  it("shows another user's mentor, history and all, to no one but them", async () => {
    const alice = await createUser("alice");
    const bob = await createUser("bob");
    const tom = await createMentor(alice.id, { name: "Tom" });
    await exchanges(alice.id, tom.id, "RECEIVED", 3, today);
    expect(await getMentorPage(bob, tom.id)).toBeNull();
    expect((await getMentorPage(alice, tom.id))!.value.received).toBe(3);
  });
});
