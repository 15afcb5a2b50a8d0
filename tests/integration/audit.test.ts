import { beforeEach, describe, expect, it } from "vitest";
import { GET as mapSvgRoute } from "@/app/api/map/svg/route";
import { addDaysToDay, dayToDate, todayIn } from "@/domain/calendar";
import { getAudit } from "@/server/audit/audit.queries";
import type { CurrentUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { createGapArea, createMentor } from "../support/factories";
import { signInAs } from "../support/session-double";
import { aliceAndBob } from "../support/two-users";

let alice: CurrentUser;
let bob: CurrentUser;
const today = todayIn("UTC");

beforeEach(async () => {
  ({ alice, bob } = await aliceAndBob({ signedIn: false }));
});

describe("the audit", () => {
  it("lists the user's relationships with ratings, frequency from the log and the ledger", async () => {
    const area = await createGapArea(alice.id, "Career navigation");
    const ada = await createMentor(alice.id, { name: "Ada", category: "SAGE", stage: "ACTIVE" });
    await db.mentor.update({
      where: { id: ada.id },
      data: { valueReceivedRating: 9, valueProvidedRating: 3, growthPotentialRating: 8 },
    });
    await db.mentorGapArea.create({ data: { userId: alice.id, mentorId: ada.id, gapAreaId: area.id } });
    for (const daysAgo of [10, 40, 70, 100, 400]) {
      await db.checkIn.create({
        data: {
          userId: alice.id,
          mentorId: ada.id,
          occurredOn: dayToDate(addDaysToDay(today, -daysAgo)),
          channel: "CALL",
        },
      });
    }
    await db.valueExchange.create({
      data: {
        userId: alice.id,
        mentorId: ada.id,
        direction: "RECEIVED",
        kind: "SPONSORSHIP",
        occurredOn: dayToDate(today),
      },
    });
    await db.valueExchange.create({
      data: {
        userId: alice.id,
        mentorId: ada.id,
        direction: "GAVE",
        kind: "RESEARCH_OR_CONTENT",
        occurredOn: dayToDate(today),
      },
    });
    await createMentor(alice.id, { name: "Prospect", stage: "PROSPECT" });
    const bobs = await createMentor(bob.id, { name: "Bob's sage", stage: "ACTIVE" });
    await db.checkIn.create({
      data: { userId: bob.id, mentorId: bobs.id, occurredOn: dayToDate(today), channel: "CALL" },
    });

    const audit = await getAudit(alice);
    expect(audit.rows).toEqual([
      expect.objectContaining({
        name: "Ada",
        valueReceivedRating: 9,
        valueProvidedRating: 3,
        checkInsInWindow: 4, // the one 400 days ago is outside the six months
        gave: 1,
        received: 1,
        receivedKinds: ["SPONSORSHIP"],
        areaNames: ["Career navigation"],
      }),
    ]);
    expect(audit.prospects).toBe(1);
    expect(audit.map.gaps.map((g) => g.category)).toEqual(["PEER", "REVERSE"]);

    // The page is kept under mapVersion: a rating changed by any path shows on the next read.
    await db.mentor.updateMany({ where: { userId: alice.id, name: "Ada" }, data: { valueProvidedRating: 7 } });
    expect((await getAudit(alice)).rows[0]).toMatchObject({ name: "Ada", valueProvidedRating: 7 });
  });

  it("answers the questions and draws the chart in the database, naming a few and counting the rest", async () => {
    const area = await createGapArea(alice.id, "Career navigation");
    const person = async (
      name: string,
      extra: { category?: "SAGE" | "PEER" | "REVERSE"; received?: number; provided?: number } = {},
    ) => {
      const m = await createMentor(alice.id, { name, category: extra.category ?? "SAGE", stage: "ACTIVE" });
      await db.mentor.update({
        where: { id: m.id },
        data: { valueReceivedRating: extra.received ?? null, valueProvidedRating: extra.provided ?? null },
      });
      return m;
    };
    const exchange = (
      mentorId: string,
      direction: "GAVE" | "RECEIVED",
      kind: "ADVICE" | "FEEDBACK" | "SKILL_TEACHING",
    ) =>
      db.valueExchange.create({ data: { userId: alice.id, mentorId, direction, kind, occurredOn: dayToDate(today) } });
    const checkIns = (mentorId: string, n: number) =>
      db.checkIn.createMany({
        data: Array.from({ length: n }, (_, i) => ({
          userId: alice.id,
          mentorId,
          occurredOn: dayToDate(addDaysToDay(today, -10 * (i + 1))),
          channel: "CALL" as const,
        })),
      });
    const careerSage = await person("Career sage", { received: 9, provided: 3 });
    await db.mentorGapArea.create({ data: { userId: alice.id, mentorId: careerSage.id, gapAreaId: area.id } });
    await exchange((await person("Advisor", { received: 5 })).id, "RECEIVED", "ADVICE");
    await exchange((await person("Critic")).id, "RECEIVED", "FEEDBACK");
    await checkIns((await person("Monthly peer", { category: "PEER" })).id, 3);
    await checkIns((await person("Rare peer", { category: "PEER" })).id, 2);
    await exchange((await person("Student", { category: "REVERSE" })).id, "GAVE", "SKILL_TEACHING");
    await person("Mentee", { received: 3, provided: 7 });
    for (let i = 0; i < 14; i++) await person(`Same ${String(i).padStart(2, "0")}`, { received: 9, provided: 3 });
    // Bob's relationships never count in Alice's answers.
    const bobs = await createMentor(bob.id, { name: "Bob's critic", stage: "ACTIVE" });
    await db.valueExchange.create({
      data: {
        userId: bob.id,
        mentorId: bobs.id,
        direction: "RECEIVED",
        kind: "FEEDBACK",
        occurredOn: dayToDate(today),
      },
    });

    const audit = await getAudit(alice);
    const names = (l: { people: { name: string }[] }) => l.people.map((p) => p.name);
    expect(names(audit.answers.careerGuidance)).toEqual(["Career sage", "Advisor"]);
    expect(names(audit.answers.challengesThinking)).toEqual(["Critic", "Monthly peer"]);
    expect(names(audit.answers.teaching)).toEqual(["Mentee", "Student"]);
    expect(audit.total).toBe(21);
    expect(audit.unrated).toBe(5);
    // Fifteen people rated 9 and 3: one point, twelve named, fifteen counted.
    const crowded = audit.points.find((p) => p.received === 9 && p.provided === 3)!;
    expect(crowded).toMatchObject({ count: 15, quadrant: "give-back" });
    expect(crowded.names).toHaveLength(12);
    expect(audit.points.find((p) => p.received === 3)).toMatchObject({
      count: 1,
      names: ["Mentee"],
      quadrant: "teaching",
    });
    // The table's rows come a page at a time, by name.
    expect(audit.rows.map((r) => r.name).slice(0, 3)).toEqual(["Advisor", "Career sage", "Critic"]);
  });
});

describe("Download my map", () => {
  it("draws the signed-in user's own map as SVG, and nobody else's", async () => {
    const area = await createGapArea(alice.id, "Leadership");
    const ada = await createMentor(alice.id, { name: "Ada <Lovelace>", category: "SAGE", stage: "ACTIVE" });
    await db.mentorGapArea.create({ data: { userId: alice.id, mentorId: ada.id, gapAreaId: area.id } });
    signInAs(alice);
    const response = await mapSvgRoute(new Request("http://localhost/api/map/svg"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="mentorship-map-\d{4}-\d{2}-\d{2}\.svg"$/,
    );
    const svg = await response.text();
    expect(svg).toContain("Ada &lt;Lovelace&gt;");

    signInAs(bob);
    expect(await (await mapSvgRoute(new Request("http://localhost/api/map/svg"))).text()).not.toContain("Ada");
    signInAs(null);
    expect((await mapSvgRoute(new Request("http://localhost/api/map/svg"))).status).toBe(401);
    signInAs(alice);
    expect((await mapSvgRoute(new Request("http://localhost/api/map/svg?download=yes"))).status).toBe(400);
  });
});
