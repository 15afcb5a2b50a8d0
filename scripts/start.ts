// `npm start` (and `npm run dev` with --dev): picks the database, applies
// migrations, builds when needed and runs Next.
//
// - DATABASE_URL set: that Postgres; unset: the embedded PGlite database in .data/.
// - NEXTAUTH_SECRET unset with the embedded database: one is made and kept in .data/.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import nextEnv from "@next/env";
import { migrate } from "../src/server/db/migrate";
import { DATA_DIR, DatabaseUnreachable, resolveDatabase } from "./lib/database";
import { persistedSecret } from "./lib/secret";

const dev = process.argv.includes("--dev");
nextEnv.loadEnvConfig(process.cwd(), dev);
const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(target).map((name) => newestMtime(path.join(target, name))));
}

/** A build older than the sources (say, after `git pull`) is rebuilt. */
function needsBuild(): boolean {
  const buildId = path.join(".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return ["src", "public", "prisma/schema.prisma", "next.config.ts", "package-lock.json"].some((p) => newestMtime(p) > built);
}

async function main() {
  const database = await resolveDatabase();
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: database.url };
  if (database.embedded) {
    env.MENTOR_MAP_EMBEDDED_DB = "1";
    env.NEXTAUTH_SECRET ??= persistedSecret(DATA_DIR);
    console.log(`Using the embedded database in ${path.relative(process.cwd(), DATA_DIR)}/ (set DATABASE_URL to use your own Postgres).`);
  }
  env.OUTBOX_DIR ??= path.join(DATA_DIR, "outbox");
  const port = env.PORT ?? "3000";
  env.NEXTAUTH_URL ??= `http://localhost:${port}`;

  const { applied } = await migrate(database.url, { log: (line) => console.log(line) });
  if (applied.length === 0) console.log("Database schema is up to date.");

  if (!dev && needsBuild()) {
    console.log("Building the app (first start or sources changed)…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
    if (build.status !== 0) throw new Error("next build failed");
  }

  const child = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "--port", port], { stdio: "inherit", env });
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    child.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  child.on("exit", async (code) => {
    // Close PGlite cleanly so its files are consistent for the next start.
    await database.stop();
    process.exit(code ?? 0);
  });
}

main().catch((error) => {
  console.error(error instanceof DatabaseUnreachable ? error.message : `Could not start Mentor Map: ${(error as Error).message}`);
  process.exit(1);
});
