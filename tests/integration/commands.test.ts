// `npm run digests` and `npm run export` as an operator runs them: with the same
// secret and address as `npm start`, and never with a made-up secret outside development.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "mentor-map-commands-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function run(script: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(
    process.execPath,
    ["--import", "./scripts/lib/server-only-hook.mjs", "--import", "tsx", script, ...args],
    { env, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout.on("data", (c) => (output += c));
  child.stderr.on("data", (c) => (output += c));
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on("exit", (code) => resolve({ code, output })),
  );
}

describe("the operator's commands", () => {
  it("read npm start's persisted secret and public address on the embedded set-up", async () => {
    const before = { ...process.env };
    process.env.MENTOR_MAP_DATA_DIR = dataDir;
    delete process.env.DATABASE_URL;
    try {
      const { appEnvironment, rememberAppUrl } = await import("../../scripts/lib/app-env");
      const { persistedSecret } = await import("../../scripts/lib/secret");
      rememberAppUrl("http://localhost:4321");
      const { env, database } = await appEnvironment();
      try {
        expect(env.MENTOR_MAP_EMBEDDED_DB).toBe("1");
        expect(env.NEXTAUTH_SECRET).toBe(persistedSecret(dataDir));
        expect(env.NEXTAUTH_URL).toBe("http://localhost:4321");
      } finally {
        await database.stop();
      }
    } finally {
      process.env = before;
    }
  }, 60_000);

  it.skipIf(inject("embedded"))(
    "refuse to run against a production database without its secret, rather than sign links with a made-up one",
    async () => {
      const { NODE_ENV: _test, NEXTAUTH_SECRET: _none, ...env } = process.env;
      const digests = await run("scripts/digests.ts", ["--now"], {
        ...env,
        DATABASE_URL: inject("databaseUrl"),
        SMTP_URL: "smtp://127.0.0.1:9",
      } as unknown as NodeJS.ProcessEnv);
      expect(digests.code).toBe(1);
      expect(digests.output).toMatch(/NEXTAUTH_SECRET is required in production/);
    },
    60_000,
  );
});
