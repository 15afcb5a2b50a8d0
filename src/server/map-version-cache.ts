import "server-only";
import { db } from "./db";

/** What a cache reads first: the user's mapVersion, and anything to read in the same round trip. */
export type VersionReader<X> = (
  userId: string,
  heldVersion: number | undefined,
) => Promise<{ version: number; extra?: X }>;

const readVersion: VersionReader<never> = async (userId) => {
  const [row] = await db.$queryRaw<{ mapVersion: number }[]>`SELECT "mapVersion" FROM "User" WHERE "id" = ${userId}`;
  return { version: row?.mapVersion ?? 0 };
};

/**
 * Values computed per user under the user's mapVersion (and whatever else the value
 * depends on: the day, the time zone). Database triggers bump mapVersion on every
 * write to what the dashboard, the sprint and the audit read (the map_version
 * migration), so an entry is never stale, whichever app instance wrote. One entry per
 * user, the least recently used user out first. `read` may read more with the version
 * (the dashboard: what changed since the entry held), handed to `compute` as `extra`.
 */
export function mapVersionCache<T, X = never>(maxUsers: number, read: VersionReader<X> = readVersion) {
  const entries = new Map<string, { version: number; key: string; value: T }>();
  return {
    /**
     * The value under the user's current version and `key`, computed when there is
     * none. `compute` is handed the user's previous entry (another version, or day)
     * to start from, if it can.
     */
    async get(
      userId: string,
      key: string,
      compute: (version: number, previous: T | undefined, extra: X | undefined) => Promise<T>,
    ): Promise<T> {
      const held = entries.get(userId);
      // The version is read before the data: an entry may hold newer data than its key, never older.
      const { version, extra } = await read(userId, held?.version);
      entries.delete(userId);
      const value =
        held?.version === version && held.key === key ? held.value : await compute(version, held?.value, extra);
      entries.set(userId, { version, key, value });
      if (entries.size > maxUsers) entries.delete(entries.keys().next().value!);
      return value;
    },
  };
}
