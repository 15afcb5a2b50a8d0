import path from "node:path";
import { defineConfig } from "vitest/config";
import { postgresReachable } from "./tests/support/postgres.ts";

const alias = {
  "@": path.resolve(import.meta.dirname, "src"),
  // The marker package throws outside React Server Components; tests import server modules directly.
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
};

export default defineConfig(async () => {
  // Without a local Postgres the integration tests run on embedded PGlite, which is
  // one session: run its files one at a time.
  const postgres = await postgresReachable();
  return {
    resolve: { alias },
    test: {
      // Most of an integration test's time is spent waiting on Postgres: two files at
      // once keep both cores busy (vitest's default on two cores is one).
      maxWorkers: 2,
      projects: [
        {
          resolve: { alias },
          test: {
            name: "unit",
            include: [
              "src/**/*.test.ts",
              "src/**/*.test.tsx",
              "tests/support/**/*.test.ts",
              "tests/tree/**/*.test.ts",
              "bench/**/*.test.ts",
            ],
            environment: "node",
          },
        },
        {
          resolve: { alias },
          test: {
            name: "integration",
            include: ["tests/integration/**/*.test.ts"],
            environment: "node",
            globalSetup: ["tests/support/global-setup.ts"],
            setupFiles: ["tests/support/integration-setup.ts"],
            fileParallelism: postgres,
            testTimeout: 30_000,
            hookTimeout: 60_000,
          },
        },
      ],
    },
  };
});
