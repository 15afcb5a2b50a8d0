"use client";

import { unstable_isUnrecognizedActionError } from "next/navigation";
import type { ActionResult } from "@/server/action";
import { logCheckInAction } from "@/server/check-ins/check-ins.actions";
import { addMentorNoteAction, createMentorAction } from "@/server/mentors/mentors.actions";
import { logValueExchangeAction } from "@/server/value-exchanges/value-exchanges.actions";
import { type QueuedKind, type QueuedWrite, queue } from "./queue";

/**
 * The writes a phone can make without a connection, each through the same server
 * action as online. Every call carries an idempotency key, so the copy queued after
 * a lost response (the write may have landed) is written once when it replays.
 */
const ACTIONS: Record<QueuedKind, (input: Record<string, unknown>) => Promise<ActionResult<unknown>>> = {
  checkIn: (input) => logCheckInAction(input),
  valueExchange: (input) => logValueExchangeAction(input),
  note: (input) => addMentorNoteAction(input),
  prospect: (input) => createMentorAction(input),
};

/** What the session check answers; such a write waits for the user to sign in again. */
const SESSION_ENDED = "Your session has ended. Sign in again.";

export type Submitted<T> = ActionResult<T> | { ok: "queued" };

/** The ways a call fails without an answer: no connection, a server from another deployment, a dropped response. */
const offlineError = (error: unknown) => error instanceof TypeError || unstable_isUnrecognizedActionError(error);

/**
 * Sends a write now, or queues it when there is no connection (or the answer is
 * lost on the way, or this page is from an earlier deployment than the server).
 */
export async function submitOrQueue<T>(
  kind: QueuedKind,
  input: Record<string, unknown>,
  about: { userId: string; label: string; mentorId: string | null },
): Promise<Submitted<T>> {
  const write: QueuedWrite = { key: crypto.randomUUID(), kind, input, queuedAt: new Date().toISOString(), ...about };
  if (navigator.onLine !== false) {
    try {
      return (await ACTIONS[kind]({ ...input, idempotencyKey: write.key })) as ActionResult<T>;
    } catch (error) {
      if (!offlineError(error)) throw error;
    }
  }
  await queue.add(write);
  return { ok: "queued" };
}

export type SyncResult = { synced: number; refused: number; stopped: "offline" | "signed-out" | "new-version" | null };

/**
 * Replays the user's queue in the order it was made. A write the server takes
 * leaves the queue; one it refuses stays with the server's message (and the rest
 * go on); a call with no answer stops the replay, to be tried again later.
 * One tab replays at a time (Web Locks), though a race would still write once.
 */
export async function syncQueue(userId: string): Promise<SyncResult> {
  const run = async (): Promise<SyncResult> => {
    const result: SyncResult = { synced: 0, refused: 0, stopped: null };
    for (const write of await queue.all()) {
      if (write.userId !== userId || write.error) continue;
      let answer: ActionResult<unknown>;
      try {
        answer = await ACTIONS[write.kind]({ ...write.input, idempotencyKey: write.key });
      } catch (error) {
        result.stopped = unstable_isUnrecognizedActionError(error) ? "new-version" : "offline";
        return result;
      }
      if (answer.ok) {
        await queue.remove(write.seq!);
        result.synced++;
      } else if (answer.error === SESSION_ENDED) {
        result.stopped = "signed-out";
        return result;
      } else {
        await queue.update({ ...write, error: answer.error, fieldErrors: answer.fieldErrors });
        result.refused++;
      }
    }
    return result;
  };
  return navigator.locks ? navigator.locks.request("mentor-map-sync", run) : run();
}

/** A refused write, tried again as it is (after its mentor was restored, say) or with its fields fixed. */
export async function retryWrite(write: QueuedWrite, input = write.input) {
  await queue.update({ ...write, input, error: undefined, fieldErrors: undefined });
}
