"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { Button } from "@/components/button";
import { useOffline } from "./offline-provider";

const SW_URL = "/serwist/sw.js";

/**
 * Registers the service worker (src/service-worker/sw.ts) for the signed-in app,
 * asks it to keep each page shown after a client-side navigation, and says when a
 * new version is ready: the new worker waits until the user reloads into it.
 */
export function ServiceWorker() {
  const { stale } = useOffline();
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  const pathname = usePathname();
  const search = useSearchParams().toString();

  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    let registration: ServiceWorkerRegistration | undefined;
    const watch = (worker: ServiceWorker | null) => {
      worker?.addEventListener("statechange", () => {
        if (worker.state === "installed" && navigator.serviceWorker.controller) setWaiting(worker);
      });
    };
    navigator.serviceWorker
      .register(SW_URL, { scope: "/", updateViaCache: "none" })
      .then((r) => {
        registration = r;
        if (r.waiting && navigator.serviceWorker.controller) setWaiting(r.waiting);
        watch(r.installing);
        r.addEventListener("updatefound", () => watch(r.installing));
      })
      .catch(() => {}); // no service worker (an insecure origin, a private window): the app works without one
    // A new deployment: look for its worker when the app comes back to the foreground.
    const check = () => {
      if (document.visibilityState === "visible") void registration?.update().catch(() => {});
    };
    document.addEventListener("visibilitychange", check);
    return () => document.removeEventListener("visibilitychange", check);
  }, []);

  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    const url = search ? `${pathname}?${search}` : pathname;
    void navigator.serviceWorker.ready.then((r) => r.active?.postMessage({ type: "KEEP_PAGE", url }));
  }, [pathname, search]);

  function reload() {
    if (!waiting) return window.location.reload();
    navigator.serviceWorker.addEventListener("controllerchange", () => window.location.reload(), { once: true });
    waiting.postMessage({ type: "SKIP_WAITING" });
  }

  if (!waiting && !stale) return null;
  return (
    <div
      role="status"
      className="fixed inset-x-4 bottom-20 z-50 mx-auto flex max-w-md items-center justify-between gap-3 rounded-lg bg-zinc-900 p-3 text-sm text-white shadow-lg md:bottom-6 dark:bg-zinc-100 dark:text-zinc-900"
    >
      <span>A new version is ready.</span>
      <Button type="button" variant="secondary" onClick={reload}>
        Reload
      </Button>
    </div>
  );
}
