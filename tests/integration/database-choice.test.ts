import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { migrate } from "../../scripts/lib/migrate";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "mentor-map-data-"));
process.env.MENTOR_MAP_DATA_DIR = dataDir;
const { assertReachable, resolveDatabase } = await import("../../scripts/lib/database");

const savedUrl = process.env.DATABASE_URL;
afterEach(() => {
  process.env.DATABASE_URL = savedUrl;
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

describe("choosing the database", () => {
  it("without DATABASE_URL, uses an embedded database under .data/ that keeps its data across restarts", async () => {
    delete process.env.DATABASE_URL;
    const first = await resolveDatabase();
    expect(first.embedded).toBe(true);
    await migrate(first.url);
    await query(first.url, `INSERT INTO "User" (id, email, "updatedAt") VALUES ('u1', 'kept@test.example', now())`);
    await first.stop();

    const second = await resolveDatabase();
    try {
      expect(await migrate(second.url)).toMatchObject({ applied: [] });
      expect(await query(second.url, `SELECT email FROM "User"`)).toEqual([{ email: "kept@test.example" }]);
    } finally {
      await second.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("with DATABASE_URL set, uses that database", async () => {
    process.env.DATABASE_URL = savedUrl;
    const resolved = await resolveDatabase();
    expect(resolved).toMatchObject({ url: savedUrl, embedded: false });
  });

  it("says in one line, with no stack dump, when a configured database is unreachable", async () => {
    const error = await assertReachable("postgresql://postgres@127.0.0.1:1/nowhere").catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(
      "Cannot reach the database at 127.0.0.1:1/nowhere (ECONNREFUSED). Check DATABASE_URL, or unset it to use the embedded database.",
    );
  });
});

describe("npm start", () => {
  it("stops with one clear line when the configured database is unreachable", async () => {
    const { spawnSync } = await import("node:child_process");
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: "postgresql://postgres@127.0.0.1:1/nowhere" },
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      "Cannot reach the database at 127.0.0.1:1/nowhere (ECONNREFUSED). Check DATABASE_URL, or unset it to use the embedded database.",
    ]);
  });
});
