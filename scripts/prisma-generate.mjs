// `prisma generate` never runs the schema engine, but Prisma 7's CLI downloads it
// first unless PRISMA_SCHEMA_ENGINE_BINARY names an executable; on machines with no
// route to Prisma's binary host that download fails. Any executable will do.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const result = spawnSync(process.execPath, [cli, "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
