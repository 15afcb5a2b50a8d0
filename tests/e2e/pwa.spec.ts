// Phone-first: the installable app, check-ins logged offline that sync exactly once,
// pages read offline, nothing left behind for the next user, the share target.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { BrowserContext, Page } from "@playwright/test";
import pg from "pg";
import { signIn, uniqueEmail } from "./support/auth";
import { addMentor } from "./support/mentors";
import { E2E_DATABASE_FILE } from "./support/secret";
import { expect, test } from "./support/test";

test.use({ serviceWorkers: "allow" });

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) {
  const { url } = JSON.parse(readFileSync(E2E_DATABASE_FILE, "utf8")) as { url: string };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const mentorIdOf = (page: Page) => new URL(page.url()).pathname.split("/").at(-1)!;

/** The service worker controls the page and has kept this page for reading offline. */
async function keptForOffline(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  await page.waitForFunction(
    async () => {
      for (const name of await caches.keys())
        if (name.startsWith("mm-user-") && (await (await caches.open(name)).match(location.pathname))) return true;
      return false;
    },
    null,
    { timeout: 30_000, polling: 250 },
  );
}

async function deviceData(page: Page) {
  return page.evaluate(async () => {
    const names = (await caches.keys()).filter((n) => n.startsWith("mm-user-"));
    const pages = (await Promise.all(names.map(async (n) => (await caches.open(n)).keys()))).flat().map((r) => r.url);
    const queued = await new Promise<number>((resolve) => {
      const open = indexedDB.open("mentor-map-offline");
      open.onupgradeneeded = () => open.result.createObjectStore("writes", { keyPath: "seq", autoIncrement: true });
      open.onsuccess = () => {
        const count = open.result.transaction("writes").objectStore("writes").count();
        count.onsuccess = () => resolve(count.result);
      };
    });
    return { pages, queued };
  });
}

async function logCheckIn(page: Page, notes: string) {
  await page.getByRole("button", { name: "Log a check-in" }).click();
  const form = page.getByRole("form", { name: "Log a check-in" });
  await form.getByLabel("Notes").fill(notes);
  await form.getByRole("button", { name: "Log check-in" }).click();
}

const offline = (context: BrowserContext, on: boolean) => context.setOffline(on);

test("manifest, service worker and offline page are served as installable, under the CSP", async ({
  page,
  request,
}) => {
  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  expect(manifest.headers()["content-type"]).toContain("application/manifest+json");
  const body = await manifest.json();
  expect(body).toMatchObject({ display: "standalone", start_url: "/dashboard" });
  expect(body.share_target).toMatchObject({ action: "/mentors/new", method: "GET" });
  for (const icon of body.icons) expect((await request.get(icon.src)).status()).toBe(200);

  const worker = await request.get("/serwist/sw.js");
  expect(worker.status()).toBe(200);
  expect(worker.headers()["content-type"]).toContain("javascript");
  expect(worker.headers()["service-worker-allowed"]).toBe("/");

  await signIn(page, uniqueEmail("pwa-install"));
  const csp = (await page.request.get("/dashboard")).headers()["content-security-policy"]!;
  expect(csp).toContain("worker-src 'self'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
});

test("Chromium finds the app installable (a profile of its own: an incognito one never is)", async ({
  browserName,
  playwright,
}, testInfo) => {
  const profile = mkdtempSync(path.join(os.tmpdir(), "mentor-map-pwa-"));
  const { launchOptions, baseURL } = testInfo.project.use;
  const context = await playwright.chromium.launchPersistentContext(profile, { ...launchOptions, baseURL });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await signIn(page, uniqueEmail("pwa-installable"));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    // What Lighthouse's installability audit asked Chromium (Lighthouse 12 dropped the audit itself).
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send("Page.getInstallabilityErrors")) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(browserName).toBe("chromium");
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test("a check-in logged offline survives a reload offline and syncs once, moving the next check-in", async ({
  page,
  context,
}) => {
  await signIn(page, uniqueEmail("pwa-offline"));
  await addMentor(page, "Ada Offline", "Sage", "ACTIVE");
  const mentorId = mentorIdOf(page);
  await keptForOffline(page);

  await offline(context, true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Ada Offline" })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("banner").getByRole("status")).toHaveText("Offline");
  await logCheckIn(page, "Talked on the platform, no signal.");
  await expect(page.getByText("No connection: saved on this device, waiting to sync.")).toBeVisible();
  await expect(page.getByRole("button", { name: "1 waiting to sync" })).toBeVisible();
  await expect(page.getByTestId("waiting-here")).toContainText("Check-in with Ada Offline");

  // The queue is kept on the device: a reload offline still has it.
  await page.reload();
  await expect(page.getByRole("button", { name: "1 waiting to sync" })).toBeVisible();
  expect(await query(`SELECT 1 FROM "CheckIn" WHERE "mentorId" = $1`, [mentorId])).toHaveLength(0);

  await offline(context, false);
  await expect(page.getByText("1 change made offline synced.")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("button", { name: /waiting to sync/ })).toHaveCount(0);
  const rows = await query<{ n: number; next: boolean }>(
    `SELECT count(c.*)::int AS n, bool_and(m."nextCheckInOn" > current_date) AS next
     FROM "Mentor" m JOIN "CheckIn" c ON c."mentorId" = m.id WHERE m.id = $1`,
    [mentorId],
  );
  expect(rows[0]).toEqual({ n: 1, next: true });
});

test("a write whose answer is lost is queued with its key and written once when replayed", async ({ page }) => {
  await signIn(page, uniqueEmail("pwa-lost"));
  await addMentor(page, "Grace Lost", "Peer", "ACTIVE");
  const mentorId = mentorIdOf(page);
  // The check-in reaches the server and is written; its answer never comes back.
  let lost = 0;
  await page.route("**/*", async (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"] && !lost++) {
      await route.fetch();
      return route.abort("connectionreset");
    }
    return route.fallback();
  });
  await logCheckIn(page, "The answer to this one is lost.");
  await expect(page.getByRole("button", { name: "1 waiting to sync" })).toBeVisible();
  expect(await query(`SELECT 1 FROM "CheckIn" WHERE "mentorId" = $1`, [mentorId])).toHaveLength(1);

  await page.reload(); // replays the queue: the server has the key and answers without writing
  await expect(page.getByRole("button", { name: /waiting to sync/ })).toHaveCount(0, { timeout: 20_000 });
  expect(await query(`SELECT 1 FROM "CheckIn" WHERE "mentorId" = $1`, [mentorId])).toHaveLength(1);
});

test("a queued write for a mentor deleted meanwhile stays, with the server's message, until discarded", async ({
  page,
  context,
}) => {
  await signIn(page, uniqueEmail("pwa-refused"));
  await addMentor(page, "Tom Gone", "Peer", "ACTIVE");
  const mentorId = mentorIdOf(page);
  await offline(context, true);
  await logCheckIn(page, "Notes that must not vanish.");
  await expect(page.getByRole("button", { name: "1 waiting to sync" })).toBeVisible();
  await query(`UPDATE "Mentor" SET "deletedAt" = now() WHERE id = $1`, [mentorId]);

  await offline(context, false);
  const status = page.getByRole("button", { name: "1 refused, 1 waiting to sync" });
  await expect(status).toBeVisible({ timeout: 20_000 });
  await status.click();
  const item = page.getByRole("dialog", { name: "Waiting to sync" }).getByTestId("queued-write");
  await expect(item).toContainText("Mentor not found.");
  await expect(item).toContainText("Notes that must not vanish.");
  await page.reload();
  await expect(page.getByRole("button", { name: "1 refused, 1 waiting to sync" })).toBeVisible();

  await page.getByRole("button", { name: "1 refused, 1 waiting to sync" }).click();
  await item.getByRole("button", { name: "Discard…" }).click();
  await item.getByRole("button", { name: "Discard for good" }).click();
  await expect(page.getByRole("button", { name: /waiting to sync/ })).toHaveCount(0);
});

test("a refused write can be fixed where it waits: the mentor restored, or its words edited", async ({
  page,
  context,
}) => {
  await signIn(page, uniqueEmail("pwa-fix"));
  await addMentor(page, "Mei Restored", "Peer", "ACTIVE");
  const mentorId = mentorIdOf(page);
  await offline(context, true);
  await logCheckIn(page, "Kept through a delete and an undo.");
  await page.getByRole("button", { name: "Add a note" }).click();
  await page.getByRole("form", { name: "Add a note" }).getByRole("button", { name: "Add note" }).click(); // empty
  await expect(page.getByRole("button", { name: "2 waiting to sync" })).toBeVisible();
  await query(`UPDATE "Mentor" SET "deletedAt" = now() WHERE id = $1`, [mentorId]);
  await offline(context, false);
  const status = page.getByRole("button", { name: "2 refused, 2 waiting to sync" });
  await expect(status).toBeVisible({ timeout: 20_000 });

  await query(`UPDATE "Mentor" SET "deletedAt" = NULL WHERE id = $1`, [mentorId]); // the undo
  await status.click();
  const dialog = page.getByRole("dialog", { name: "Waiting to sync" });
  const checkIn = dialog.getByTestId("queued-write").filter({ hasText: "Check-in with Mei Restored" });
  await checkIn.getByRole("button", { name: "Try again" }).click();
  await expect(checkIn).toHaveCount(0, { timeout: 20_000 });

  const note = dialog.getByTestId("queued-write").filter({ hasText: "Note on Mei Restored" });
  await expect(note).toContainText("Write a note.");
  await note.getByRole("button", { name: "Edit" }).click();
  await note.getByLabel("Note").fill("Prefers mornings.");
  await note.getByRole("button", { name: "Save and try again" }).click();
  await expect(note).toHaveCount(0, { timeout: 20_000 });
  const [mentor] = await query<{ notes: string; checkIns: number }>(
    `SELECT m.notes, (SELECT count(*)::int FROM "CheckIn" c WHERE c."mentorId" = m.id) AS "checkIns" FROM "Mentor" m WHERE m.id = $1`,
    [mentorId],
  );
  expect(mentor).toMatchObject({ checkIns: 1, notes: expect.stringContaining("Prefers mornings.") });
});

test("signing out clears the pages kept offline and the queue; the next user sees nothing of them", async ({
  page,
  context,
}) => {
  await signIn(page, uniqueEmail("pwa-first"));
  await addMentor(page, "Private Sage", "Sage", "ACTIVE");
  const mentorUrl = page.url();
  await keptForOffline(page);
  // A write that cannot sync yet: its replays get no answer.
  await page.route("**/*", (route) =>
    route.request().headers()["next-action"] ? route.abort("internetdisconnected") : route.fallback(),
  );
  await offline(context, true);
  await logCheckIn(page, "Unsynced, and private.");
  await offline(context, false);
  await expect(page.getByRole("button", { name: "1 waiting to sync" })).toBeVisible();
  await expect.poll(() => deviceData(page)).toMatchObject({ queued: 1, pages: expect.arrayContaining([mentorUrl]) });
  await page.unroute("**/*");

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: /^Account:/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await expect.poll(() => deviceData(page)).toEqual({ pages: [], queued: 0 });

  await signIn(page, uniqueEmail("pwa-second"));
  await offline(context, true);
  await page.goto(mentorUrl).catch(() => {});
  await expect(page.getByText("Private Sage")).toHaveCount(0);
  await expect(page.getByText("Unsynced, and private.")).toHaveCount(0);
  await offline(context, false);
});

test("the server's sign-out answer clears the browser's data, only for a genuine sign-out", async ({ page }) => {
  await signIn(page, uniqueEmail("pwa-clear"));
  const signOut = (form: Record<string, string>, origin: string) =>
    page.request.post("/api/auth/signout", { form, headers: { origin }, maxRedirects: 0 });
  // Another site's POST (its own origin, no valid CSRF token) clears nothing: it could wipe a queue of unsynced writes.
  const forged = await signOut({ csrfToken: "forged", json: "true" }, "https://evil.example");
  expect(forged.headers()["clear-site-data"]).toBeUndefined();
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  const genuine = await signOut({ csrfToken, json: "true" }, new URL(page.url()).origin);
  expect(genuine.headers()["clear-site-data"]).toBe('"cache", "storage"');
});

test("sharing a LinkedIn profile to the app opens Add prospect filled in", async ({ page }) => {
  await signIn(page, uniqueEmail("pwa-share"));
  const shared = new URLSearchParams({
    title: "Priya Raman - Staff Engineer - Northwind | LinkedIn",
    text: "",
    url: "https://www.linkedin.com/in/priya-raman",
  });
  await page.goto(`/mentors/new?${shared}`);
  await expect(page.getByLabel("Name")).toHaveValue("Priya Raman");
  await expect(page.getByLabel("Role (optional)")).toHaveValue("Staff Engineer, Northwind");
  await expect(page.getByLabel("LinkedIn (optional)")).toHaveValue("https://www.linkedin.com/in/priya-raman");
  await page.getByRole("button", { name: "Add mentor" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Priya Raman" })).toBeVisible();
});
