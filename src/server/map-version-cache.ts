import "server-only";
import { db } from "./db";

/**
 * Values computed per user under the user's mapVersion (and whatever else the value
 * depends on: the day, the time zone). Database triggers bump mapVersion on every
 * write to what the dashboard, the sprint and the audit read (the map_version
 * migration), so an entry is never stale, whichever app instance wrote. One entry per
 * user, the least recently used user out first.
 */
export function mapVersionCache<T>(maxUsers: number) {
  const entries = new Map<string, { key: string; value: T }>();
  return {
    /**
     * The value under the user's current version and `key`, computed when there is
     * none. `compute` is handed the user's previous entry (another version, or day)
     * to start from, if it can.
     */
    async get(
      userId: string,
      key: string,
      compute: (version: number, previous: T | undefined) => Promise<T>,
    ): Promise<T> {
      // The version is read before the data: an entry may hold newer data than its key, never older.
      const [row] = await db.$queryRaw<
        { mapVersion: number }[]
      >`SELECT "mapVersion" FROM "User" WHERE "id" = ${userId}`;
      const version = row?.mapVersion ?? 0;
      const full = `${version}|${key}`;
      const held = entries.get(userId);
      entries.delete(userId);
      const value = held?.key === full ? held.value : await compute(version, held?.value);
      entries.set(userId, { key: full, value });
      if (entries.size > maxUsers) entries.delete(entries.keys().next().value!);
      return value;
    },
  };
}
