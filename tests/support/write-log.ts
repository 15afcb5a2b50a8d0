// A log of every row written to the test database, kept by triggers: the security
// tests ask it what an action wrote (nothing, on invalid input; nothing of another
// user's; no smuggled field) for one query per case instead of a snapshot of every table.
// The triggers are installed by global-setup (write-log-install.ts).
import { db } from "@/server/db";

export type LoggedWrite = { seq: number; tbl: string; op: "INSERT" | "UPDATE" | "DELETE"; owner: string | null; row: Record<string, unknown> };

/** Where the log is now: pass it to `writesSince` after the code under test ran. */
export async function logPosition(): Promise<number> {
  const [row] = await db.$queryRaw<{ seq: bigint | null }[]>`SELECT max(seq) AS seq FROM "_test_write_log"`;
  return Number(row?.seq ?? 0);
}

/** Rows written since `position` that belong to any of `owners`. */
export async function writesSince(position: number, owners: string[]): Promise<LoggedWrite[]> {
  const rows = await db.$queryRaw<(Omit<LoggedWrite, "seq"> & { seq: bigint })[]>`
    SELECT seq, tbl, op, owner, row FROM "_test_write_log" WHERE seq > ${position} AND owner = ANY(${owners}::text[]) ORDER BY seq`;
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

/** The ids of every row ever written for `owner`: to find them referenced where they should not be. */
export async function idsOwnedBy(owner: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT row->>'id' AS id FROM "_test_write_log" WHERE owner = ${owner} AND row ? 'id'`;
  return rows.map((r) => r.id);
}
