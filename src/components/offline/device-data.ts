"use client";

import { queue } from "./queue";

/** The service worker's caches of the user's pages (src/app/sw.ts names them so). */
export const USER_CACHE_PREFIX = "mm-user-";
const USER_KEY = "mentor-map:user";

/**
 * Everything of the signed-in user's kept in this browser: the pages cached for
 * reading offline and the queue of writes. Cleared on sign-out, and when another
 * user signs in on this browser, before anything of theirs is cached.
 */
export async function clearDeviceData() {
  await queue.clear();
  if (typeof caches !== "undefined")
    for (const name of await caches.keys()) if (name.startsWith(USER_CACHE_PREFIX)) await caches.delete(name);
  localStorage.removeItem(USER_KEY);
}

/** On every load of the app: a browser last used by another user is cleared first. */
export async function claimDevice(userId: string) {
  const previous = localStorage.getItem(USER_KEY);
  if (previous && previous !== userId) await clearDeviceData();
  localStorage.setItem(USER_KEY, userId);
}
