import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { db } from "./db";
import type { Tx } from "./ownership";

/**
 * Writes queued on a phone without a connection carry an idempotency key (the queue
 * in src/components/offline makes one per write). The key is recorded in the same
 * transaction as the write (`writeTransaction`), so a replay after a lost response,
 * or two replays racing, finds it and answers with the stored result: the write is
 * made exactly once. A refused write (bad input, a deleted mentor) records nothing
 * and can be replayed after it is fixed.
 */

export const idempotencyKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,64}$/, "The idempotency key must be 16–64 letters, digits, - or _.");

type Pending = { userId: string; key: string; action: string; recorded: boolean };
const pending = new AsyncLocalStorage<Pending>();

/** The key was recorded by an earlier (or a racing) replay: its write is not made again. */
export class AlreadyWritten extends Error {}

/**
 * The action's transaction. With an idempotency key, the key goes in first: a
 * replay racing this one waits on the key's row and, once this commits, finds it.
 */
export function writeTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  const write = pending.getStore();
  return db.$transaction(async (tx) => {
    if (write) {
      const recorded = await tx.$executeRaw`
        INSERT INTO "OfflineWrite" ("userId", "key", "action") VALUES (${write.userId}, ${write.key}, ${write.action})
        ON CONFLICT ("userId", "key") DO NOTHING`;
      if (!recorded) throw new AlreadyWritten();
      write.recorded = true;
    }
    return fn(tx);
  });
}

/** What an earlier replay of this key answered, or undefined when there was none. */
export async function storedResult(userId: string, key: string): Promise<{ result: unknown } | undefined> {
  const row = await db.offlineWrite.findUnique({ where: { userId_key: { userId, key } }, select: { result: true } });
  return row ? { result: row.result } : undefined;
}

/**
 * Runs an offline-capable action under its key: an answer already stored is
 * returned as it is; otherwise the action runs and its answer is stored with the key.
 */
export async function withIdempotencyKey<T>(
  write: { userId: string; key: string; action: string },
  run: () => Promise<T>,
): Promise<{ data: T | unknown; replayed: boolean }> {
  const earlier = await storedResult(write.userId, write.key);
  if (earlier) return { data: earlier.result, replayed: true };
  const state: Pending = { ...write, recorded: false };
  let data: T;
  try {
    data = await pending.run(state, run);
  } catch (error) {
    if (!(error instanceof AlreadyWritten)) throw error;
    return { data: (await storedResult(write.userId, write.key))?.result ?? null, replayed: true };
  }
  if (!state.recorded) throw new Error(`${write.action} took an idempotency key but wrote through no writeTransaction`);
  // Outside the write's transaction: a stop in between leaves the key with no result, still never written twice.
  await db.offlineWrite.update({
    where: { userId_key: { userId: write.userId, key: write.key } },
    data: { result: data == null ? Prisma.JsonNull : (data as Prisma.InputJsonValue) },
  });
  // The user's keys older than a phone stays offline are let go as new ones come.
  await db.offlineWrite.deleteMany({
    where: { userId: write.userId, createdAt: { lt: new Date(Date.now() - KEYS_KEPT_DAYS * 86_400_000) } },
  });
  return { data, replayed: false };
}

/** How long a key is kept: a write replayed later than this (after a lost answer) could be written again. */
export const KEYS_KEPT_DAYS = 30;
