"use client";

import { type DBSchema, type IDBPDatabase, openDB } from "idb";

/**
 * The offline queue: writes made without a connection, kept in this browser's
 * IndexedDB (the idb library) until they sync. Each carries the idempotency key the
 * server records with the write (src/server/offline-writes.ts), so replaying one
 * twice writes it once. A write the server refuses stays here with its message.
 */

export type QueuedKind = "checkIn" | "valueExchange" | "note" | "prospect";

export type QueuedWrite = {
  seq?: number;
  key: string;
  kind: QueuedKind;
  /** Whose write it is: another user's never replays (and is cleared when they change). */
  userId: string;
  /** What the list shows: "Check-in with Ada Okafor". */
  label: string;
  mentorId: string | null;
  input: Record<string, unknown>;
  queuedAt: string;
  /** The server's refusal, when a replay was refused. */
  error?: string;
  fieldErrors?: Record<string, string[]>;
};

interface QueueSchema extends DBSchema {
  writes: { key: number; value: QueuedWrite };
}

const DB_NAME = "mentor-map-offline";
let opened: Promise<IDBPDatabase<QueueSchema>> | null = null;
const database = () =>
  (opened ??= openDB<QueueSchema>(DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore("writes", { keyPath: "seq", autoIncrement: true });
    },
  }));

const listeners = new Set<() => void>();
let snapshot: QueuedWrite[] = [];

/** Re-reads the queue and tells every subscriber (the status in the top bar, the mentor page). */
export async function refresh() {
  snapshot = await (await database()).getAll("writes");
  for (const listener of listeners) listener();
  // Other tabs of the app hear it too.
  channel()?.postMessage("changed");
}

let broadcast: BroadcastChannel | null | undefined;
function channel() {
  if (broadcast === undefined) {
    broadcast = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(DB_NAME);
    broadcast?.addEventListener("message", async () => {
      snapshot = await (await database()).getAll("writes");
      for (const listener of listeners) listener();
    });
  }
  return broadcast;
}

export const queue = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    channel();
    return () => listeners.delete(listener);
  },
  snapshot: () => snapshot,
  empty: [] as QueuedWrite[],
  async add(write: QueuedWrite) {
    await (await database()).add("writes", write);
    await refresh();
  },
  async update(write: QueuedWrite) {
    await (await database()).put("writes", write);
    await refresh();
  },
  async remove(seq: number) {
    await (await database()).delete("writes", seq);
    await refresh();
  },
  /** In the order they were made. */
  async all() {
    return (await database()).getAll("writes");
  },
  async clear() {
    await (await database()).clear("writes");
    await refresh();
  },
};
