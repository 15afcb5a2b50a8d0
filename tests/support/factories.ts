import { randomUUID } from "node:crypto";
import { db } from "@/server/db";
import type { CurrentUser } from "@/server/auth/session";

export async function createUser(label = "user"): Promise<CurrentUser> {
  const email = `${label}-${randomUUID()}@test.example`;
  const user = await db.user.create({ data: { email, name: label } });
  return { id: user.id, email: user.email, name: user.name };
}

export async function createGapArea(userId: string, name: string, priority = 1) {
  return db.gapArea.create({ data: { userId, name, priority } });
}

/** Row counts of every table that has a userId column, for one user. */
export async function countOwnedRows(userId: string): Promise<Record<string, number>> {
  const tables = await db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name = 'userId' ORDER BY table_name`;
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const rows = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${table_name}" WHERE "userId" = $1`, userId);
    counts[table_name] = Number(rows[0]!.n);
  }
  return counts;
}
