// `npm start` (and `npm run dev` with --dev): picks the database, applies
// migrations, builds when needed and runs the app (scripts/lib/app-server.mjs).
//
// - DATABASE_URL set: that Postgres; unset: the embedded PGlite database in .data/,
//   served to this machine alone (127.0.0.1) unless HOST says otherwise.
// - NEXTAUTH_SECRET unset with the embedded database: one is made and kept in .data/
//   (scripts/lib/app-env.ts, which the other commands read too).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { appEnvironment, rememberAppUrl } from "./lib/app-env";
import { DATA_DIR, DatabaseUnreachable } from "./lib/database";
import { migrate } from "./lib/migrate";

/** The app server's V8 heap ceiling in MB (room for a 50 MB backup being parsed on import). */
const APP_HEAP_MB = 1024;
/** Each of the young generation's two semi-spaces, in MB (V8's default is 16). */
const APP_SEMI_SPACE_MB = 4;
/**
 * glibc's malloc arenas for the app server (its default is 8 per core): V8's helper threads
 * and libuv's each allocate from an arena of their own, which keeps what they freed. Two cut
 * the 20,000-mentor export's growth from 57–83 MB to 44–61 (docs/performance.md), at the
 * same speed. Other C libraries ignore it; MALLOC_ARENA_MAX in the environment wins.
 */
const MALLOC_ARENAS = "2";

const dev = process.argv.includes("--dev");
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
  return ["src", "public", "prisma/schema.prisma", "next.config.ts", "package-lock.json"].some(
    (p) => newestMtime(p) > built,
  );
}

async function main() {
  const { env, database } = await appEnvironment({ dev });
  if (database.embedded) {
    console.log(
      `Using the embedded database in ${path.relative(process.cwd(), DATA_DIR)}/ (set DATABASE_URL to use your own Postgres).`,
    );
    rememberAppUrl(env.NEXTAUTH_URL!);
  }

  const { applied } = await migrate(database.url, { log: (line) => console.log(line) });
  if (applied.length === 0) console.log("Database schema is up to date.");

  if (!dev && needsBuild()) {
    console.log("Building the app (first start or sources changed)…");
    const build = spawnSync(process.execPath, [nextBin, "build"], {
      stdio: "inherit",
      env: { ...env, NODE_ENV: "production" },
    });
    if (build.status !== 0) throw new Error("next build failed");
  }

  // A heap ceiling makes V8 collect as it goes rather than grow towards its default
  // of several gigabytes: the 20,000-mentor export peaks at ~70 MB of heap instead of
  // ~170 MB, at the same speed. A young generation of 4 MB semi-spaces rather than 16
  // keeps 24 MB less resident at all times (in one run under load, ~360 MB against
  // ~550) and the export's peak near 300 MB instead of ~325, for page times 0–10%
  // longer where a view allocates most (docs/performance.md). Development keeps V8's
  // default. NODE_OPTIONS may set either.
  const v8Flags = [
    /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? "") ? null : `--max-old-space-size=${APP_HEAP_MB}`,
    dev || /--max-semi-space-size/.test(process.env.NODE_OPTIONS ?? "")
      ? null
      : `--max-semi-space-size=${APP_SEMI_SPACE_MB}`,
  ].filter((flag) => flag !== null);
  const child = spawn(process.execPath, [...v8Flags, "scripts/lib/app-server.mjs", ...(dev ? ["--dev"] : [])], {
    stdio: "inherit",
    env: {
      ...env,
      NODE_ENV: dev ? "development" : "production",
      MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX || MALLOC_ARENAS,
    },
  });
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
  console.error(
    error instanceof DatabaseUnreachable ? error.message : `Could not start Mentor Map: ${(error as Error).message}`,
  );
  process.exit(1);
});
