// What an e2e run must not leave behind: its web servers' Postgres database
// (mentormap_e2e_…) and the embedded server's data directory in the temp folder.
// `npm test` compares the lists before and after Playwright (scripts/test.ts).
import { readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { E2E_DATABASE_PREFIX, E2E_EMBEDDED_DIR_PREFIX } from "../../tests/e2e/support/secret";
import { TEST_POSTGRES_ADMIN_URL } from "../../tests/support/postgres";

async function e2eDatabases(): Promise<string[]> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_ADMIN_URL, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
      [`${E2E_DATABASE_PREFIX}_`],
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
    .filter((name) => name.startsWith(E2E_EMBEDDED_DIR_PREFIX))
    .map((name) => path.join(os.tmpdir(), name));
  return [...(await e2eDatabases()).map((name) => `database ${name}`), ...dirs.map((dir) => `directory ${dir}`)];
}
