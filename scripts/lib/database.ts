// Which database the app and the scripts use: DATABASE_URL when set, otherwise
// the embedded PGlite database persisted under .data/.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase } from "./embedded-database";

export const DATA_DIR = path.resolve(process.env.MENTOR_MAP_DATA_DIR ?? ".data");
const RUNNING_FILE = path.join(DATA_DIR, "embedded-db.json");

export type ResolvedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

export class DatabaseUnreachable extends Error {}

function withoutPassword(url: string) {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return "the configured address";
  }
}

/** Fails with one clear line, not a stack dump, when the database cannot be reached. */
export async function assertReachable(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new DatabaseUnreachable(
      `Cannot reach the database at ${withoutPassword(url)} (${e.code ?? e.message}). Check DATABASE_URL, or unset it to use the embedded database.`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

function pidAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The embedded database can only be opened by one process. If the app is already
 * running on it, scripts connect to the app's socket instead of opening it twice.
 */
export async function resolveDatabase(): Promise<ResolvedDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    await assertReachable(configured);
    return { url: configured, embedded: false, stop: async () => {} };
  }
  if (existsSync(RUNNING_FILE)) {
    const running = JSON.parse(readFileSync(RUNNING_FILE, "utf8")) as { pid: number; url: string };
    if (running.pid !== process.pid && pidAlive(running.pid)) {
      return { url: running.url, embedded: true, stop: async () => {} };
    }
  }
  mkdirSync(DATA_DIR, { recursive: true });
  const db = await startEmbeddedDatabase({
    dataDir: path.join(DATA_DIR, "pglite"),
    port: Number(process.env.EMBEDDED_DB_PORT ?? 0),
  });
  writeFileSync(RUNNING_FILE, JSON.stringify({ pid: process.pid, url: db.url }));
  return {
    url: db.url,
    embedded: true,
    stop: async () => {
      rmSync(RUNNING_FILE, { force: true });
      await db.stop();
    },
  };
}
