"use client";

import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { useToast } from "@/components/toast";
import { claimDevice } from "./device-data";
import { type SyncResult, syncQueue } from "./offline-writes";
import { type QueuedWrite, queue, refresh } from "./queue";

type Offline = {
  userId: string;
  online: boolean;
  /** This user's writes waiting in the queue, oldest first. */
  writes: QueuedWrite[];
  sync: () => Promise<SyncResult | null>;
  /** The server runs a newer deployment than this page: reload before replaying. */
  stale: boolean;
};

const OfflineContext = createContext<Offline | null>(null);

export function useOffline() {
  const offline = useContext(OfflineContext);
  if (!offline) throw new Error("useOffline needs the OfflineProvider of the app shell");
  return offline;
}

/** How often a non-empty queue is tried again while the page is open (besides on "online"). */
const RETRY_MS = 30_000;

/**
 * The offline side of the app shell: whether there is a connection, the queue of
 * writes made without one, and its replay when the connection returns.
 */
export function OfflineProvider({ userId, children }: { userId: string; children: React.ReactNode }) {
  const router = useRouter();
  const toast = useToast();
  const all = useSyncExternalStore(queue.subscribe, queue.snapshot, () => queue.empty);
  const writes = useMemo(() => all.filter((w) => w.userId === userId), [all, userId]);
  const [online, setOnline] = useState(true);
  const [stale, setStale] = useState(false);

  const sync = useCallback(async () => {
    if (!navigator.onLine) return null;
    const result = await syncQueue(userId);
    if (result.stopped === "new-version") setStale(true);
    if (result.synced) {
      toast({ message: `${result.synced} change${result.synced === 1 ? "" : "s"} made offline synced.` });
      router.refresh();
    }
    if (result.refused)
      toast({
        message: `${result.refused} change${result.refused === 1 ? " was" : "s were"} refused; see "Waiting to sync".`,
      });
    return result;
  }, [userId, router, toast]);

  useEffect(() => {
    setOnline(navigator.onLine);
    const up = () => {
      setOnline(true);
      void sync();
    };
    const down = () => setOnline(false);
    window.addEventListener("online", up);
    window.addEventListener("offline", down);
    void claimDevice(userId)
      .then(refresh)
      .then(() => sync());
    const timer = setInterval(() => {
      if (queue.snapshot().some((w) => w.userId === userId && !w.error)) void sync();
    }, RETRY_MS);
    return () => {
      window.removeEventListener("online", up);
      window.removeEventListener("offline", down);
      clearInterval(timer);
    };
  }, [userId, sync]);

  const value = useMemo(() => ({ userId, online, writes, sync, stale }), [userId, online, writes, sync, stale]);
  return <OfflineContext.Provider value={value}>{children}</OfflineContext.Provider>;
}
