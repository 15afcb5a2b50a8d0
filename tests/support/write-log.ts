// A log of every row written to the test database, kept by triggers: the security
// tests ask it what an action wrote (nothing, on invalid input; nothing of another
// user's; no smuggled field) for one query per case instead of a snapshot of every table.
// The triggers are installed by global-setup (write-log-install.ts).
import { db } from "@/server/db";

export type LoggedWrite = {
  seq: number;
  tbl: string;
  op: "INSERT" | "UPDATE" | "DELETE";
  owner: string | null;
  row: Record<string, unknown>;
};

/** Where the log is now: pass it to `writesSince` after the code under test ran. */
export async function logPosition(): Promise<number> {
  const [row] = await db.$queryRaw<{ seq: bigint | null }[]>`SELECT max(seq) AS seq FROM "_test_write_log"`;
  return Number(row?.seq ?? 0);
}

/** Rows written since `position` that belong to any of `owners`, and the log's position now. */
export async function readLog(
  position: number,
  owners: string[],
): Promise<{ writes: LoggedWrite[]; position: number }> {
  const [row] = await db.$queryRaw<{ position: bigint | null; writes: LoggedWrite[] }[]>`
    SELECT (SELECT max(seq) FROM "_test_write_log") AS position,
           coalesce((SELECT json_agg(w ORDER BY seq) FROM (
             SELECT seq, tbl, op, owner, row FROM "_test_write_log" WHERE seq > ${position} AND owner = ANY(${owners}::text[])) w), '[]') AS writes`;
  return { writes: row!.writes, position: Number(row!.position ?? 0) };
}

/** Rows written since `position` that belong to any of `owners`. */
export const writesSince = async (position: number, owners: string[]) => (await readLog(position, owners)).writes;

/** The ids of every row ever written for `owner`: to find them referenced where they should not be. */
export async function idsOwnedBy(owner: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT row->>'id' AS id FROM "_test_write_log" WHERE owner = ${owner} AND row ? 'id'`;
  return rows.map((r) => r.id);
}
