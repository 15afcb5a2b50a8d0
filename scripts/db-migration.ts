// Makes the next migration: `npm run db:migration -- <name>`.
//
// Prisma 7's `migrate dev` needs its native schema engine, which cannot be
// downloaded everywhere. Prisma 6.19 ships a WASM schema engine (installed here as
// the `prisma-wasm-engine` alias); its `migrate diff` turns "schema as of the
// newest migration" → "schema.prisma now" into SQL. The "before" schema is the
// one committed with the newest migration, so commit each schema change together
// with its migration (tests/integration/migrations.test.ts fails otherwise).
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { startEmbeddedDatabase } from "./lib/embedded-database";

const root = process.cwd();
const migrationsDir = path.join(root, "prisma", "migrations");

export async function diffSchemas(fromSchema: string | null, toSchema: string): Promise<string> {
  const require = createRequire(import.meta.url);
  const cli = require.resolve("prisma-wasm-engine/build/index.js");
  const work = mkdtempSync(path.join(os.tmpdir(), "mentor-map-diff-"));
  // The engine only needs some Postgres to talk to; an in-memory one is enough.
  const db = await startEmbeddedDatabase();
  try {
    const write = (name: string, schema: string) => {
      const file = path.join(work, name);
      // Prisma 6 wants the URL in the datasource block; Prisma 7 wants it in prisma.config.ts.
      writeFileSync(
        file,
        schema.replace(/provider\s*=\s*"postgresql"/, `provider = "postgresql"\n  url = env("DATABASE_URL")`),
      );
      return file;
    };
    const to = write("to.prisma", toSchema);
    const from = fromSchema === null ? ["--from-empty"] : ["--from-schema-datamodel", write("from.prisma", fromSchema)];
    const config = path.join(root, "prisma", "tools", "wasm-engine.config.ts");
    // Asynchronous on purpose: the embedded database answers from this process.
    const result = await run(
      process.execPath,
      [cli, "migrate", "diff", "--config", config, ...from, "--to-schema-datamodel", to, "--script"],
      {
        env: {
          ...process.env,
          DATABASE_URL: db.url,
          // Stops the 6.x CLI from downloading native engines it does not use here.
          PRISMA_QUERY_ENGINE_LIBRARY: process.execPath,
          PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
          PRISMA_HIDE_UPDATE_MESSAGE: "1",
        },
      },
    );
    if (result.code !== 0) throw new Error(`prisma migrate diff failed:\n${result.stderr}`);
    return result.stdout;
  } finally {
    await db.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], options: { env: NodeJS.ProcessEnv }) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(command, args, { env: options.env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

function git(...args: string[]) {
  return execFileSync("git", args, { cwd: root, encoding: "utf8" });
}

function schemaAtNewestMigration(): string | null {
  const existing = existsSync(migrationsDir) ? readdirSync(migrationsDir).filter((n) => /^\d{14}_/.test(n)) : [];
  if (existing.length === 0) return null;
  const untracked = git("status", "--porcelain", "--", "prisma/migrations").trim();
  if (untracked) {
    throw new Error("prisma/migrations has uncommitted changes: commit the previous migration with its schema first.");
  }
  const commit = git("log", "-1", "--format=%H", "--", "prisma/migrations").trim();
  return git("show", `${commit}:prisma/schema.prisma`);
}

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error("usage: npm run db:migration -- <name_in_snake_case>");
    process.exit(2);
  }
  const { readFileSync } = await import("node:fs");
  const sql = await diffSchemas(
    schemaAtNewestMigration(),
    readFileSync(path.join(root, "prisma", "schema.prisma"), "utf8"),
  );
  if (!/^\s*(CREATE|ALTER|DROP)/m.test(sql)) {
    console.log("schema.prisma matches the migrations: nothing to do.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(migrationsDir, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  if (!existsSync(path.join(migrationsDir, "migration_lock.toml"))) {
    writeFileSync(path.join(migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');
  }
  console.log(`wrote ${path.relative(root, dir)}/migration.sql — review it, then commit it with schema.prisma.`);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  main().catch((error) => {
    console.error((error as Error).message);
    process.exit(1);
  });
}
