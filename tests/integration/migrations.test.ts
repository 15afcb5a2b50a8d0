import { readFileSync } from "node:fs";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { diffSchemas } from "../../scripts/db-migration";
import { startEmbeddedDatabase } from "../../scripts/lib/embedded-database";
import { listMigrations, migrate } from "../../scripts/lib/migrate";
import { describeSchema } from "../support/catalog";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "../support/postgres";

const schema = readFileSync("prisma/schema.prisma", "utf8");

/** Indexes and CHECK constraints Prisma's schema language cannot express, added by hand-written migrations. */
const HAND_WRITTEN_INDEXES = [
  "Mentor_search_idx",
  "Mentor_live_name_idx",
  "Mentor_pipeline_idx",
  "Mentor_live_category_name_idx",
  "CheckIn_takeaways_idx",
  "Mentor_not_live_idx",
  "MentorSuggestDocument_document_idx",
  "Mentor_user_organisation_idx",
  "Mentor_active_rhythm_idx",
  "Mentor_live_due_idx",
  "CheckIn_one_person",
  "ValueExchange_one_person",
];

/**
 * Foreign keys whose ON DELETE SET NULL names its column by hand (Prisma's would clear
 * the user's id of a composite key too): compared without that column list.
 */
const HAND_TUNED_KEYS = [
  "Application_menteeId_userId_fkey",
  "GroupSessionInvite_checkInId_userId_fkey",
  "Ask_mentorId_userId_fkey",
];
const untuned = (lines: string[]) =>
  lines.map((l) => (HAND_TUNED_KEYS.some((k) => l.includes(k)) ? l.replace(/ SET NULL \("\w+"\)$/, " SET NULL") : l));

async function withFreshDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const db = await startEmbeddedDatabase();
  try {
    return await fn(db.url);
  } finally {
    await db.stop();
  }
}

async function exec(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The database the migrations build, and the one schema.prisma describes. */
async function schemaFromMigrations() {
  return withFreshDatabase(async (url) => {
    await migrate(url);
    const lines = await describeSchema(url);
    for (const name of HAND_WRITTEN_INDEXES) {
      expect(
        lines.some((l) => l.includes(name)),
        `${name} exists`,
      ).toBe(true);
    }
    return untuned(lines.filter((l) => !HAND_WRITTEN_INDEXES.some((name) => l.includes(name))));
  });
}

async function schemaFromPrisma(prismaSchema: string) {
  const sql = await diffSchemas(null, prismaSchema);
  return withFreshDatabase(async (url) => {
    await exec(url, sql);
    return describeSchema(url);
  });
}

describe("migrations", () => {
  it("agree with schema.prisma (run `npm run db:migration -- <name>` when this fails)", async () => {
    const [fromMigrations, fromSchema] = await Promise.all([schemaFromMigrations(), schemaFromPrisma(schema)]);
    expect(fromMigrations.length).toBeGreaterThan(100);
    expect(fromMigrations).toEqual(fromSchema);
  });

  it("the comparison notices a schema change that has no migration", async () => {
    const changed = schema.replace(/(model Mentor \{\n)/, "$1  nickname String?\n");
    expect(changed).not.toBe(schema);
    const [fromMigrations, fromSchema] = await Promise.all([schemaFromMigrations(), schemaFromPrisma(changed)]);
    expect(fromSchema.filter((line) => !fromMigrations.includes(line))).toEqual([expect.stringContaining("nickname")]);
  });

  // Several app instances share one Postgres; the embedded database is only ever
  // opened by one process (and PGlite's single session cannot show a lock), so this
  // runs where a real Postgres is available, as it is in CI.
  it.skipIf(inject("embedded"))("two instances starting at once apply each migration exactly once", async () => {
    const name = uniqueDatabaseName("mentormap_migrate");
    const url = await createDatabase(name);
    try {
      const results = await Promise.all([migrate(url), migrate(url)]);
      const total = (await listMigrations()).length;
      expect(results.map((r) => r.applied.length).sort()).toEqual([0, total]);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query(`SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"`);
      await client.end();
      expect(rows).toHaveLength(total);
      expect(rows.every((r) => r.finished_at !== null && /^[0-9a-f]{64}$/.test(r.checksum))).toBe(true);
      expect(await migrate(url)).toEqual({ applied: [], alreadyApplied: total });
    } finally {
      await dropDatabase(name);
    }
  });

  it("a failing migration leaves nothing half-applied and stops the start", async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import("node:fs");
    const dir = mkdtempSync("/tmp/mentor-map-migrations-");
    mkdirSync(`${dir}/20990101000000_ok`);
    writeFileSync(`${dir}/20990101000000_ok/migration.sql`, `CREATE TABLE "A" (id int);`);
    mkdirSync(`${dir}/20990102000000_broken`);
    writeFileSync(
      `${dir}/20990102000000_broken/migration.sql`,
      `CREATE TABLE "B" (id int); SELECT no_such_function();`,
    );
    await withFreshDatabase(async (url) => {
      await expect(migrate(url, { dir })).rejects.toThrow(/Migration 20990102000000_broken failed/);
      const tables = (await describeSchema(url)).filter((l) => l.startsWith("column"));
      expect(tables).toEqual([expect.stringContaining("column | A | id")]);
    });
  });
});
