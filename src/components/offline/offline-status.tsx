"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/button";
import { inputClass } from "@/components/field";
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
        // A 44 px target on phones around the small pill.
        <button
          type="button"
          onClick={() => dialog.current?.showModal()}
          className="flex min-h-11 shrink-0 items-center md:min-h-9"
        >
          <span
            className={`${pill} ${refused ? "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100" : "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100"}`}
          >
            {refused ? `${refused} refused, ` : ""}
            {writes.length} waiting to sync
          </span>
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
            <QueuedItem key={w.seq} write={w} onRetry={(input) => retryWrite(w, input).then(sync)} />
          ))}
        </ol>
      </dialog>
    </>
  );
}

/** The words a queued write carries, by field: what a refused one shows, and what can be edited. */
const TEXT_FIELDS: Record<string, string> = {
  name: "Name",
  notes: "Notes",
  takeaways: "Takeaways",
  note: "Note",
  description: "What",
  occurredOn: "Date",
};
/** Its words, empty ones too (an empty note is what a refusal may ask to fill in). */
const fields = (write: QueuedWrite) =>
  Object.entries(write.input).filter((e): e is [string, string] => e[0] in TEXT_FIELDS && typeof e[1] === "string");
const texts = (write: QueuedWrite) => fields(write).filter(([, value]) => value !== "");

function QueuedItem({ write, onRetry }: { write: QueuedWrite; onRetry: (input?: Record<string, unknown>) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState<Record<string, string> | null>(null);
  const errors = Object.values(write.fieldErrors ?? {}).flat();
  return (
    <li className="rounded-lg border border-zinc-200 p-3 text-sm dark:border-zinc-700" data-testid="queued-write">
      <p className="font-medium">{write.label}</p>
      <p className="text-zinc-600 dark:text-zinc-400">
        {write.error ? "Refused by the server" : "Waiting to sync"} · saved{" "}
        {new Date(write.queuedAt).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })}
      </p>
      {editing ? (
        <div className="mt-2 space-y-2">
          {Object.entries(editing).map(([field, value]) => (
            <label key={field} className="block">
              <span className="text-xs font-medium">{TEXT_FIELDS[field]}</span>
              <textarea
                className={inputClass}
                rows={field === "occurredOn" || field === "name" ? 1 : 3}
                value={value}
                onChange={(e) => setEditing({ ...editing, [field]: e.target.value })}
              />
            </label>
          ))}
        </div>
      ) : (
        texts(write).map(([field, value]) => (
          <p key={field} className="mt-1 break-words">
            <span className="text-zinc-600 dark:text-zinc-400">{TEXT_FIELDS[field]}: </span>
            {value}
          </p>
        ))
      )}
      {write.error ? (
        <div className="mt-2 space-y-2">
          <p role="alert" className="text-red-700 dark:text-red-400">
            {write.error}
            {errors.length ? ` ${errors.join(" ")}` : ""}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button
              type="button"
              variant="secondary"
              onClick={() => onRetry(editing ? { ...write.input, ...editing } : undefined)}
            >
              {editing ? "Save and try again" : "Try again"}
            </Button>
            {editing || !fields(write).length ? null : (
              <Button type="button" variant="ghost" onClick={() => setEditing(Object.fromEntries(fields(write)))}>
                Edit
              </Button>
            )}
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
