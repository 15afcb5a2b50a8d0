import { afterEach, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { batchExecute, batchRows, db } from "@/server/db";
import { createMentor, createUser } from "../support/factories";

// The digest run's statements go straight to pg (db.ts, batchRows): they must read and
// write exactly what Prisma's $queryRaw and $executeRaw do, in whatever time zone the
// process runs (pg reads a timestamp without a zone, and writes a Date, in local time).
const ZONES = ["UTC", "Pacific/Auckland", "America/Los_Angeles"];
const zoneBefore = process.env.TZ;
afterEach(() => {
  process.env.TZ = zoneBefore;
});

const AT = new Date("2026-11-26T23:30:45.123Z");

async function seeded() {
  const user = await createUser("batch-sql");
  const mentor = await createMentor(user.id, { name: "Ada" });
  await db.reminder.create({
    data: { userId: user.id, mentorId: mentor.id, kind: "CHECK_IN", title: "Ada", dueOn: new Date("2026-11-27") },
  });
  return { user, mentor };
}

describe("batchRows and batchExecute", () => {
  it.each(ZONES)("read every type as $queryRaw does, with any parameter, in %s", async (zone) => {
    const { user } = await seeded();
    process.env.TZ = zone;
    const probe = Prisma.sql`
      SELECT ${AT}::timestamp AS "at", ${AT}::timestamptz AS "atZoned", ${"2026-11-27"}::date AS "day",
        r."dueOn", r."createdAt", count(*) OVER () AS "n", ${7}::int AS "seven", ${2.5}::float8 AS "half",
        ${true} AS "yes", NULL::text AS "nothing", ${[user.id, "o'brien"]}::text[] AS "ids",
        ${["2026-11-27"]}::date[] @> ARRAY[r."dueOn"] AS "dueListed", json_build_object('at', ${AT}::timestamp) AS "json",
        r."createdAt" >= ${new Date(+AT - 86_400_000 * 3650)} AS "compared"
      FROM "Reminder" r WHERE r."userId" = ANY(${[user.id]}::text[])`;
    const [ours] = await batchRows<Record<string, unknown>>(probe);
    const [prisma] = await db.$queryRaw<Record<string, unknown>[]>(probe);
    expect(ours).toEqual(prisma);
    expect(ours).toMatchObject({ at: AT, atZoned: AT, day: new Date("2026-11-27T00:00:00Z"), n: 1n, compared: true });
    expect(ours!.dueOn).toEqual(new Date("2026-11-27T00:00:00Z"));
  });

  it.each(ZONES)("write a Date as Prisma writes it, and count the rows changed, in %s", async (zone) => {
    const { user, mentor } = await seeded();
    process.env.TZ = zone;
    const changed = await batchExecute(Prisma.sql`
      UPDATE "Mentor" SET "updatedAt" = ${AT}, "nextCheckInOn" = ${new Date("2026-12-01T00:00:00Z")}
      WHERE "userId" = ${user.id}`);
    expect(changed).toBe(1);
    const written = await db.mentor.findUniqueOrThrow({ where: { id: mentor.id } });
    expect(written.updatedAt).toEqual(AT);
    expect(written.nextCheckInOn).toEqual(new Date("2026-12-01T00:00:00Z"));
    expect(await batchExecute(Prisma.sql`UPDATE "Mentor" SET "name" = 'x' WHERE "userId" = 'nobody'`)).toBe(0);
  });
});
