// What an e2e run must not leave behind: its web servers' Postgres database
// (mentormap_e2e_…) and the embedded server's data directory in the temp folder.
// `npm test` compares the lists before and after Playwright (scripts/test.ts).
import { readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
/** tests/e2e/support/serve.ts's mkdtemp prefix for the embedded server's data. */
const EMBEDDED_DIR_PREFIX = "mentor-map-e2e-embedded-";

async function e2eDatabases(): Promise<string[]> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'mentormap\\_e2e\\_%'",
    );
    return rows.map((r) => r.datname);
  } catch {
    return []; // no Postgres here: the e2e servers ran on PGlite
  } finally {
    await client.end().catch(() => {});
  }
}

/** The e2e databases and embedded data directories there are now. */
export async function e2eLeftovers(): Promise<string[]> {
  const dirs = readdirSync(os.tmpdir())
    .filter((name) => name.startsWith(EMBEDDED_DIR_PREFIX))
    .map((name) => path.join(os.tmpdir(), name));
  return [...(await e2eDatabases()).map((name) => `database ${name}`), ...dirs.map((dir) => `directory ${dir}`)];
}
