import { describe, expect, it } from "vitest";
import { todayIn } from "@/domain/calendar";
import { allMapCells, mapCellsAt } from "@/server/dashboard/map-cells";
import { db } from "@/server/db";
import { sprintCounts } from "@/server/sprint/sprint.queries";
import { createGapArea, createUser } from "../support/factories";

// The map's queries read the signed-in user's rows, never every user's: a shared
// database with one big map beside a small one must not make the small one slow.
// The plan once joined every user's value balances (a hash join over the whole
// table): the security fuzz timed out on a snapshot, 67 ms a case where 6 ms is usual.

const CROWD = 20_000;
/** As many as the fuzz's user had made by then. */
const OWN = 300;
const today = todayIn("UTC");

/** Rows this connection has read from each table so far, by scan or by index. */
async function rowsRead(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0]) {
  const rows = await tx.$queryRaw<{ relname: string; read: bigint }[]>`
    SELECT relname, coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0) AS read
    FROM pg_stat_xact_user_tables WHERE relname IN ('Mentor', 'MentorGapArea', 'MentorValueBalance')`;
  return Object.fromEntries(rows.map((r) => [r.relname, Number(r.read)]));
}

/** A user with `n` active mentors in one gap area, written in three statements. */
async function mapOf(label: string, n: number) {
  const user = await createUser(label);
  const area = await createGapArea(user.id, "Everything");
  await db.$executeRaw`
    INSERT INTO "Mentor" ("id", "userId", "name", "category", "stage", "updatedAt")
    SELECT ${user.id} || '_m' || i, ${user.id}, 'Person ' || i, 'PEER', 'ACTIVE', now() FROM generate_series(1, ${n}) i`;
  await db.$executeRaw`
    INSERT INTO "MentorGapArea" ("mentorId", "gapAreaId", "userId")
    SELECT ${user.id} || '_m' || i, ${area.id}, ${user.id} FROM generate_series(1, ${n}) i`;
  return user;
}

describe("the map's queries in a shared database", () => {
  it(`read only the user's own rows beside a crowd of ${CROWD} mentors with value exchanged`, async () => {
    const crowd = await mapOf("crowd", CROWD);
    await db.$executeRaw`
      INSERT INTO "ValueExchange" ("id", "userId", "mentorId", "direction", "kind", "occurredOn", "updatedAt")
      SELECT ${crowd.id} || '_v' || i, ${crowd.id}, ${crowd.id} || '_m' || i, 'GAVE', 'ADVICE', current_date, now()
      FROM generate_series(1, ${CROWD}) i`;
    const small = await mapOf("small", OWN);
    // As autovacuum would leave the tables: the planner knows how big they are.
    await db.$executeRawUnsafe(`ANALYZE "Mentor", "MentorGapArea", "MentorValueBalance"`);

    const read = await db.$transaction(async (tx) => {
      // Counts not yet reported by this connection's earlier transactions show here too: take the difference.
      const before = await rowsRead(tx);
      const cells = await allMapCells(tx, small.id, today);
      expect(cells.length).toBeGreaterThan(0);
      const { mapVersion } = await tx.user.findUniqueOrThrow({ where: { id: small.id }, select: { mapVersion: true } });
      await mapCellsAt(tx, small.id, today, mapVersion, { version: mapVersion - 1, today, rows: [] });
      await sprintCounts(tx, small, today);
      const after = await rowsRead(tx);
      return Object.fromEntries(Object.entries(after).map(([table, n]) => [table, n - (before[table] ?? 0)]));
    });
    for (const [table, n] of Object.entries(read)) expect(n, `rows read from ${table}`).toBeLessThan(4 * OWN);
  });
});
