"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/button";
import { useOffline } from "./offline-provider";
import { retryWrite } from "./offline-writes";
import { type QueuedWrite, queue } from "./queue";

const pill = "rounded-full px-2.5 py-1 text-xs font-medium whitespace-nowrap";

/** In the top bar: "Offline", and the writes waiting to sync, each with what became of it. */
export function OfflineStatus() {
  const { online, writes, sync } = useOffline();
  const dialog = useRef<HTMLDialogElement>(null);
  const refused = writes.filter((w) => w.error).length;
  return (
    <>
      {online ? null : (
        <span role="status" className={`${pill} bg-zinc-200 text-zinc-800 dark:bg-zinc-700 dark:text-zinc-100`}>
          Offline
        </span>
      )}
      {writes.length ? (
        <button
          type="button"
          onClick={() => dialog.current?.showModal()}
          className={`${pill} ${refused ? "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100" : "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100"}`}
        >
          {refused ? `${refused} refused, ` : ""}
          {writes.length} waiting to sync
        </button>
      ) : null}
      <dialog
        ref={dialog}
        aria-labelledby="waiting-title"
        className="m-auto w-full max-w-lg rounded-xl bg-white p-6 text-zinc-900 shadow-xl backdrop:bg-black/40 dark:bg-zinc-900 dark:text-zinc-100"
      >
        <div className="mb-2 flex items-center justify-between">
          <h2 id="waiting-title" className="text-lg font-semibold">
            Waiting to sync
          </h2>
          <Button type="button" variant="ghost" onClick={() => dialog.current?.close()} aria-label="Close">
            ×
          </Button>
        </div>
        <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
          Saved on this device. They sync by themselves, in order, when the connection returns; nothing is lost if you
          close the app.
        </p>
        {writes.length === 0 ? <p className="text-sm">Everything has synced.</p> : null}
        <ol className="space-y-3">
          {writes.map((w) => (
            <QueuedItem key={w.seq} write={w} onRetry={() => retryWrite(w).then(sync)} />
          ))}
        </ol>
      </dialog>
    </>
  );
}

/** What a queued write says, in its own words: so a refused one can be copied before it is discarded. */
function summary(write: QueuedWrite) {
  const i = write.input as Record<string, string | undefined>;
  return [i.notes, i.takeaways, i.note, i.description, i.name].filter(Boolean).join(" · ");
}

function QueuedItem({ write, onRetry }: { write: QueuedWrite; onRetry: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const errors = Object.values(write.fieldErrors ?? {}).flat();
  return (
    <li className="rounded-lg border border-zinc-200 p-3 text-sm dark:border-zinc-700" data-testid="queued-write">
      <p className="font-medium">{write.label}</p>
      <p className="text-zinc-600 dark:text-zinc-400">
        {write.error ? "Refused by the server" : "Waiting to sync"} · saved{" "}
        {new Date(write.queuedAt).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })}
      </p>
      {summary(write) ? <p className="mt-1 break-words">{summary(write)}</p> : null}
      {write.error ? (
        <div className="mt-2 space-y-2">
          <p role="alert" className="text-red-700 dark:text-red-400">
            {write.error}
            {errors.length ? ` ${errors.join(" ")}` : ""}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button type="button" variant="secondary" onClick={onRetry}>
              Try again
            </Button>
            {confirming ? (
              <Button type="button" variant="primary" onClick={() => queue.remove(write.seq!)}>
                Discard for good
              </Button>
            ) : (
              <Button type="button" variant="ghost" onClick={() => setConfirming(true)}>
                Discard…
              </Button>
            )}
          </div>
        </div>
      ) : null}
    </li>
  );
}
