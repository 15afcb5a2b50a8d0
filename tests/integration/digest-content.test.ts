import { describe, expect, it } from "vitest";
import { addDaysToDay, dayToDate, todayIn } from "@/domain/calendar";
import { db } from "@/server/db";
import { collectDigest, collectDigests } from "@/server/digests/digest-content";
import { createMentor, createUser } from "../support/factories";

// 23:30 UTC: already tomorrow in Kiritimati (UTC+14), still yesterday's evening at UTC−12.
const NOW = new Date("2026-11-26T23:30:00Z");

async function userWithEverything(label: string, timeZone: string, sprint: boolean) {
  const user = await createUser(label, timeZone);
  const today = todayIn(timeZone, NOW);
  const mentor = await createMentor(user.id, { name: `${label}'s sage`, stage: "ACTIVE", cadenceDays: 30 });
  await db.reminder.createMany({
    data: [
      {
        userId: user.id,
        mentorId: mentor.id,
        kind: "CHECK_IN",
        title: `${label}: overdue`,
        dueOn: dayToDate(addDaysToDay(today, -1)),
      },
      { userId: user.id, mentorId: mentor.id, kind: "FOLLOW_UP", title: `${label}: today`, dueOn: dayToDate(today) },
      {
        userId: user.id,
        mentorId: mentor.id,
        kind: "FOLLOW_UP",
        title: `${label}: in eight days`,
        dueOn: dayToDate(addDaysToDay(today, 8)),
      },
    ],
  });
  await db.valueExchange.create({
    data: {
      userId: user.id,
      mentorId: mentor.id,
      direction: "RECEIVED",
      kind: "ADVICE",
      occurredOn: dayToDate(addDaysToDay(today, -200)),
    },
  });
  const win = await db.win.create({ data: { userId: user.id, title: `${label}'s win`, occurredOn: dayToDate(today) } });
  await db.winCredit.create({ data: { userId: user.id, winId: win.id, mentorId: mentor.id } });
  if (sprint) await db.sprint.create({ data: { userId: user.id, startOn: dayToDate(addDaysToDay(today, -9)) } });
  return user;
}

describe("digest content for many users at once", () => {
  it("gives each user their own items on their own calendar, the same as one at a time", async () => {
    const users = [
      await userWithEverything("east", "Pacific/Kiritimati", true),
      await userWithEverything("west", "Etc/GMT+12", false),
      await userWithEverything("berlin", "Europe/Berlin", false),
    ];
    await db.stageChange.create({
      data: {
        userId: users[2]!.id,
        mentorId: (await createMentor(users[2]!.id)).id,
        toStage: "CONTACTED",
        changedAt: new Date(+NOW - 86_400_000),
      },
    });
    const all = await collectDigests(users, NOW);
    for (const user of users) {
      const content = all.get(user.id)!;
      expect(content).toEqual(await collectDigest(user, NOW));
      expect(content.today).toBe(todayIn(user.timeZone, NOW));
      expect(content.overdue.map((i) => i.title)).toEqual([`${user.name}: overdue`]);
      expect(content.dueThisWeek.map((i) => i.title)).toEqual([`${user.name}: today`]);
      expect(content.oneWay.map((o) => o.text)).toEqual([expect.stringContaining(`${user.name}'s sage`)]);
      expect(content.unsharedWins.map((w) => w.title)).toEqual([`${user.name}'s win`]);
    }
    expect(all.get(users[0]!.id)!.sprint).toMatchObject({ day: 10, phase: "Foundation" });
    expect(all.get(users[1]!.id)!.sprint).toBeNull();
    expect([...all.values()].map((c) => c.outreachNudge)).toEqual([true, true, false]);
    expect(all.get(users[0]!.id)!.today).toBe("2026-11-27");
    expect(all.get(users[1]!.id)!.today).toBe("2026-11-26");
  });
});
