// `npm run screenshots`: the README's images, taken from the built app as a newcomer
// meets it (`npm start` on a fresh embedded database, "Explore the demo map"), so they
// stay true as the screens change. Writes docs/screenshots/*.png.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";

const PORT = process.env.SCREENSHOTS_PORT ?? "3299";
const BASE = `http://localhost:${PORT}`;
const OUT = path.resolve("docs/screenshots");
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

async function waitForApp(server: ChildProcess, timeoutMs = 600_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`npm start exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${BASE}/api/health`, { signal: AbortSignal.timeout(2_000) })).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
  throw new Error(`the app did not answer at ${BASE} within ${timeoutMs / 1000} s`);
}

async function demo(page: Page) {
  await page.goto(`${BASE}/signin`);
  await page.getByRole("button", { name: "Explore the demo map" }).click();
  await page.waitForURL(/\/dashboard$/);
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), "mentor-map-screenshots-"));
// As a newcomer runs it: no database or mail server of their own.
const { DATABASE_URL: _db, SMTP_URL: _smtp, ...env } = process.env;
const server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
  env: { ...env, PORT, MENTOR_MAP_DATA_DIR: dataDir },
  stdio: ["ignore", "inherit", "inherit"],
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? systemChromium,
  args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
try {
  await waitForApp(server);
  mkdirSync(OUT, { recursive: true });
  const shots: { file: string; width: number; height: number; dark?: boolean; path?: string; full?: boolean }[] = [
    { file: "map-desktop.png", width: 1280, height: 900 },
    { file: "map-picture-desktop.png", width: 1280, height: 900, path: "/dashboard?view=picture" },
    { file: "map-desktop-dark.png", width: 1280, height: 900, dark: true },
    { file: "map-phone.png", width: 390, height: 844 },
    { file: "mentor-phone.png", width: 390, height: 844, path: "mentor" },
  ];
  for (const shot of shots) {
    const context = await browser.newContext({
      viewport: { width: shot.width, height: shot.height },
      deviceScaleFactor: 1,
      colorScheme: shot.dark ? "dark" : "light",
    });
    const page = await context.newPage();
    await demo(page);
    if (shot.path === "mentor") {
      const href = await page.locator("table a[href^='/mentors/c']").first().getAttribute("href");
      await page.goto(`${BASE}${href}`);
    } else if (shot.path) await page.goto(`${BASE}${shot.path}`);
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: path.join(OUT, shot.file) });
    console.log(`wrote docs/screenshots/${shot.file}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.kill("SIGTERM");
  await new Promise((r) => server.once("exit", r));
  rmSync(dataDir, { recursive: true, force: true });
}
