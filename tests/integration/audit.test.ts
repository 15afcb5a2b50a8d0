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
