import pg from "pg";

/** The test Postgres: the machine's own, on 127.0.0.1:5432 (override with TEST_POSTGRES_URL). */
export const TEST_POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export async function postgresReachable(url = TEST_POSTGRES_ADMIN_URL): Promise<boolean> {
  if (process.env.TEST_EMBEDDED_DB === "1") return false;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Tests create and drop databases: never let them near anything but this machine. */
export function assertLocalDatabase(url: string) {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run tests against a non-local database (${host}).`);
  }
}

export async function createDatabase(name: string): Promise<string> {
  assertLocalDatabase(TEST_POSTGRES_ADMIN_URL);
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(name: string) {
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

export function uniqueDatabaseName(prefix: string) {
  return `${prefix}_${Date.now().toString(36)}_${process.pid}_${Math.random().toString(36).slice(2, 6)}`;
}

/**
 * Databases left by runs that were killed before their clean-up (the e2e servers drop
 * theirs when Playwright stops them with SIGTERM, not when a run is killed): the
 * creating process's pid is in the name, so drop those whose process is gone.
 */
export async function dropOrphanedDatabases() {
  assertLocalDatabase(TEST_POSTGRES_ADMIN_URL);
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname ~ '^mentormap_(test|e2e|bench|migrate)_'`,
    );
    for (const { datname } of rows) {
      const pid = Number(datname.split("_")[3]);
      if (!pid || isAlive(pid)) continue;
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).catch(() => {});
    }
  } finally {
    await admin.end();
  }
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
