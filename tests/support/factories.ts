import { randomUUID } from "node:crypto";
import type { MentorStage } from "@/generated/prisma/enums";
import type { CurrentUser } from "@/server/auth/session";
import { db } from "@/server/db";

export async function createUser(label = "user", timeZone = "UTC"): Promise<CurrentUser> {
  const email = `${label}-${randomUUID()}@test.example`;
  const user = await db.user.create({ data: { email, name: label, timeZone } });
  return { id: user.id, email: user.email, name: user.name, timeZone };
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
    const rows = await db.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "${table_name}" WHERE "userId" = $1`,
      userId,
    );
    counts[table_name] = Number(rows[0]!.n);
  }
  return counts;
}

export async function createMentor(
  userId: string,
  data: Partial<{
    name: string;
    category: "SAGE" | "PEER" | "REVERSE" | "SPECIALIST" | "ACCOUNTABILITY";
    stage: MentorStage;
    cadenceDays: number | null;
    tags: string[];
    organisation: string;
    notes: string;
    email: string;
  }> = {},
) {
  return db.mentor.create({
    data: {
      userId,
      name: data.name ?? `Mentor ${randomUUID().slice(0, 6)}`,
      category: data.category ?? "PEER",
      ...data,
    },
  });
}

/** Runs `fn` and proves it changed none of the user's rows. */
export async function expectNothingWritten<T>(userId: string, fn: () => Promise<T>): Promise<T> {
  const before = await snapshotOwnedRows(userId);
  const result = await fn();
  const after = await snapshotOwnedRows(userId);
  if (JSON.stringify(before) !== JSON.stringify(after)) throw new Error("rows changed");
  return result;
}

/** Every row the user owns, in every table, for before/after comparisons. */
async function snapshotOwnedRows(userId: string) {
  const tables = await db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name = 'userId' ORDER BY table_name`;
  const snapshot: Record<string, unknown[]> = {};
  for (const { table_name } of tables) {
    // As JSON: every column type reads (a tsvector does not, through Prisma).
    snapshot[table_name] = await db.$queryRawUnsafe(
      `SELECT to_jsonb(t) AS row FROM "${table_name}" t WHERE t."userId" = $1 ORDER BY 1`,
      userId,
    );
  }
  return snapshot;
}
