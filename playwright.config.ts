import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3210);
const EMBEDDED_PORT = PORT + 1;
export const E2E_MAIL_DIR = "test-reports/e2e-mail";

// Debian's Chromium where it is installed (CI and these machines); otherwise the
// browser `npx playwright install chromium` downloads.
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

// Playwright stops its web servers with SIGKILL unless told otherwise: serve.ts then never
// drops its database nor removes the embedded server's data directory. SIGTERM lets it
// (it gives up after 10 s on its own).
const gracefulShutdown = { signal: "SIGTERM" as const, timeout: 15_000 };

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  // A guard against a hang, not a speed check: two workers on a two-core CI machine
  // that runs a third slower than these put the longest flows near a minute.
  timeout: 120_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    // Recording a trace (a DOM snapshot and screenshots at every action, every Tab of a keyboard
    // flow) costs CPU on every test; a failure is retried once in CI, and that retry is traced.
    trace: "on-first-retry",
    ...devices["Desktop Chrome"],
    // The browser's language decides how dates read (the app follows Accept-Language) and how date fields take
    // their digits (tests/e2e/support/test.ts types month, day, year): fixed, whatever the machine's LANG.
    locale: "en-US",
    // The service worker is tested where it is the subject (pwa.spec.ts allows it): elsewhere each
    // fresh browser context would precache the whole build again, hundreds of times a run.
    serviceWorkers: "block",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? systemChromium,
      // Root needs --no-sandbox; the rest stop Chromium calling home on a closed network.
      args: [
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    // Production-like: Postgres, real SMTP, no demo.
    { name: "app", testIgnore: /embedded\// },
    // The same user flows, keyboard-only (tests/e2e/support/test.ts): every click, fill,
    // check and select done with Tab, Enter, Space, arrows and typing.
    // (Sign-in's security checks, which have no flow of their own beyond signing in, run once.)
    {
      name: "keyboard",
      // Tabbing to every control takes a flow two or three times as long.
      timeout: 240_000,
      testMatch:
        /(sign-in|mentors|mentees|asks|outreach|settings|export-import|gap-wizard|app-shell|palette)\.spec\.ts/,
      grepInvert: /callbackUrl|too many links|health check|malformed email|used link|mail scanner/,
    },
    // A newcomer's `npm start`: embedded database, outbox, demo map.
    { name: "embedded", testMatch: /embedded\/.*\.spec\.ts/, use: { baseURL: `http://localhost:${EMBEDDED_PORT}` } },
  ],
  webServer: [
    {
      command: "tsx tests/e2e/support/serve.ts",
      url: `http://localhost:${PORT}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      gracefulShutdown,
      stdout: "pipe",
      env: { E2E_PORT: String(PORT), E2E_MAIL_DIR },
    },
    {
      command: "tsx tests/e2e/support/serve.ts",
      url: `http://localhost:${EMBEDDED_PORT}/api/health`,
      timeout: 360_000,
      reuseExistingServer: false,
      gracefulShutdown,
      stdout: "pipe",
      env: {
        E2E_PORT: String(EMBEDDED_PORT),
        E2E_MAIN_PORT: String(PORT),
        E2E_MODE: "embedded",
        E2E_MAIL_DIR: `${E2E_MAIL_DIR}-embedded`,
      },
    },
  ],
});
