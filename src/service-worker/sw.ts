/// <reference lib="webworker" />
// The service worker (Serwist), bundled by @serwist/turbopack's route
// (src/app/serwist/[path]/route.ts) and served at /serwist/sw.js with scope "/".
//
// - The build's static files are precached: the app's JavaScript and CSS work offline.
// - Pages are always fetched from the network first. A few of the user's pages (the
//   mentors list, mentor pages with their brief, the map, "Add mentor") are kept, so
//   they can be read offline, in a cache of this build (USER_CACHE): a new build's
//   worker deletes the old build's pages on activation, so an old page is never
//   served beside the new build's actions. The app deletes them on sign-out and when
//   another user signs in (src/components/offline/device-data.ts).
// - Nothing else is cached: no API response, calendar feed, sign-in link or action.
// - A new worker waits until the user chooses "Reload" (SKIP_WAITING, handled by Serwist).
import { type PrecacheEntry, Serwist } from "serwist";

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

const manifest = self.__SW_MANIFEST ?? [];

/** This build, from its precache manifest (every build's files carry new hashes). */
function hash(text: string) {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = (h * 33) ^ text.charCodeAt(i);
  return (h >>> 0).toString(36);
}
const BUILD = hash(JSON.stringify(manifest));
const USER_CACHE_PREFIX = "mm-user-";
const USER_CACHE = `${USER_CACHE_PREFIX}pages-${BUILD}`;
/** Mentor pages kept, the most recently viewed. */
const MAX_PAGES = 60;
/** A page slower than this offline-ish connection gets its kept copy instead. */
const NETWORK_TIMEOUT_MS = 8_000;
/** The page shown for a page never kept, when there is no connection. */
const OFFLINE_PAGE = "/offline";

/** The pages kept for reading offline: the user's own, never an API or an action. */
const readable = (path: string) =>
  path === "/mentors" || path === "/dashboard" || path === "/mentors/new" || /^\/mentors\/[A-Za-z0-9_-]+$/.test(path);

const serwist = new Serwist({
  precacheEntries: [...manifest, { url: OFFLINE_PAGE, revision: BUILD }],
  skipWaiting: false,
  clientsClaim: true,
  navigationPreload: false,
  disableDevLogs: true,
});

/** A kept copy younger than this is not fetched again after a client-side navigation. */
const FRESH_MS = 60_000;
const KEPT_AT = "X-Mentor-Map-Kept-At";

/**
 * Pages being written to the cache, by address. Chromium's Cache.put removes the old
 * copy before it writes the new one, so a lookup in between finds nothing: the
 * offline path waits for a write in progress, and writes of one page go one at a time.
 */
const keeping = new Map<string, Promise<void>>();

function keep(url: string, response: Response): Promise<void> {
  const write = (keeping.get(url) ?? Promise.resolve())
    .then(async () => {
      const cache = await caches.open(USER_CACHE);
      // Stamped, so a fresh copy is not fetched again (the page's own Date header is not ours to rely on).
      const headers = new Headers(response.headers);
      headers.set(KEPT_AT, String(Date.now()));
      await cache.put(
        url,
        new Response(response.body, { status: response.status, statusText: response.statusText, headers }),
      );
      const keys = await cache.keys();
      for (const old of keys.slice(0, Math.max(0, keys.length - MAX_PAGES))) await cache.delete(old);
    })
    .catch(() => {})
    .finally(() => {
      if (keeping.get(url) === write) keeping.delete(url);
    });
  keeping.set(url, write);
  return write;
}

async function keptCopy(url: URL) {
  await keeping.get(url.href);
  // Kept pages vary on Next's router headers and Accept-Encoding; a navigation sends none of the former.
  return (
    (await caches.match(url.href, { cacheName: USER_CACHE, ignoreVary: true })) ??
    (await caches.match(url.pathname, { cacheName: USER_CACHE, ignoreSearch: true, ignoreVary: true }))
  );
}

/** A page that can be kept: a full 200 answer of our own, not a redirect (to sign-in, say). */
const keepable = (response: Response) => response.ok && !response.redirected && response.type === "basic";

async function navigate(event: FetchEvent, url: URL): Promise<Response> {
  const { request } = event;
  try {
    const response = await fetch(request, { signal: AbortSignal.timeout(NETWORK_TIMEOUT_MS) });
    // Kept beside the answer, not before it: the page streams to the user as it renders.
    if (readable(url.pathname) && keepable(response)) event.waitUntil(keep(url.href, response.clone()));
    return response;
  } catch {
    const kept = readable(url.pathname) ? await keptCopy(url) : undefined;
    if (kept) return kept;
    return (
      (await serwist.matchPrecache(OFFLINE_PAGE)) ??
      new Response("You are offline, and this page was not saved on this device.", {
        status: 503,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      })
    );
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || request.mode !== "navigate") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith("/api/")) return;
  event.respondWith(navigate(event, url));
});

/** The app asks for a page it showed after a client-side navigation (which no navigate request saw). */
self.addEventListener("message", (event) => {
  const data = event.data as { type?: string; url?: string } | null;
  if (data?.type !== "KEEP_PAGE" || !data.url) return;
  const url = new URL(data.url, self.location.origin);
  if (url.origin !== self.location.origin || !readable(url.pathname)) return;
  event.waitUntil(
    (async () => {
      if (keeping.has(url.href)) return;
      const kept = await caches.match(url.href, { cacheName: USER_CACHE, ignoreVary: true });
      if (kept && Date.now() - Number(kept.headers.get(KEPT_AT)) < FRESH_MS) return;
      const response = await fetch(url, {
        credentials: "same-origin",
        signal: AbortSignal.timeout(NETWORK_TIMEOUT_MS),
      });
      if (keepable(response)) await keep(url.href, response);
    })().catch(() => undefined),
  );
});

/** A new build's worker: the old builds' kept pages go (their actions no longer exist on the server). */
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((n) => n.startsWith(USER_CACHE_PREFIX) && n !== USER_CACHE).map((n) => caches.delete(n)),
        ),
      ),
  );
});

serwist.addEventListeners();
