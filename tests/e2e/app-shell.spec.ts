import { signIn, uniqueEmail } from "./support/auth";
import { addArea } from "./support/gaps";
import { addMentor } from "./support/mentors";
import { fromAccountMenu } from "./support/shell";
import { expect, test } from "./support/test";

// The app shell as people meet it: a sidebar on desktop, a bottom bar on phones, a
// top bar that never wraps, the current page marked, the account in one menu.

const PAGES = [
  "/dashboard",
  "/mentors",
  "/mentors/pipeline",
  "/mentors/new",
  "/gaps",
  "/sprint",
  "/audit",
  "/snapshots",
  "/introductions",
  "/wins",
  "/peer-groups",
  "/settings",
  "/help",
];

test("the top bar stays one row and no page scrolls sideways, from 320 to 1920 px", async ({ page, keyboardOnly }) => {
  // Skipped in the keyboard project: a layout does not depend on the input device, and the app project checks it.
  test.skip(keyboardOnly, "a layout check: the same whatever the input");
  test.setTimeout(120_000);
  await signIn(page, uniqueEmail("shell-widths"));
  // Each page loads once and is measured at every width: the layout follows the viewport, not the request.
  for (const path of PAGES) {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(path);
    for (const width of [320, 390, 1024, 1280, 1920]) {
      await page.setViewportSize({ width, height: 800 });
      const bar = await page.getByRole("banner").boundingBox();
      expect(bar?.height, `the top bar of ${path} at ${width} px`).toBeLessThanOrEqual(64);
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(sideways, `${path} at ${width} px scrolls sideways by`).toBeLessThanOrEqual(0);
    }
  }
});

test("the current page is marked in the sidebar, and Snapshots is in it", async ({ page }) => {
  await signIn(page, uniqueEmail("shell-current"));
  await page.goto("/mentors/pipeline");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Pipeline" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Mentors", exact: true })).not.toHaveAttribute("aria-current");
  await nav.getByRole("link", { name: "Snapshots" }).click();
  await expect(page).toHaveURL(/\/snapshots$/);
  await expect(nav.getByRole("link", { name: "Snapshots" })).toHaveAttribute("aria-current", "page");
  await expect(page.locator("[aria-current=page]")).toHaveCount(1);
});

test("on a phone: a bottom bar with 44 px targets, More for the rest, and Log check-in one tap away", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, uniqueEmail("shell-phone"));
  const bar = page.getByRole("navigation", { name: "Main" });
  await expect(bar.getByRole("link", { name: "Map" })).toHaveAttribute("aria-current", "page");
  for (const target of await bar.locator("a, button").all()) {
    const [box, name] = [await target.boundingBox(), (await target.textContent()) ?? ""];
    expect(box?.width, name).toBeGreaterThanOrEqual(44);
    expect(box?.height, name).toBeGreaterThanOrEqual(44);
  }
  const account = await page.getByRole("button", { name: /^Account:/ }).boundingBox();
  expect(Math.min(account?.width ?? 0, account?.height ?? 0)).toBeGreaterThanOrEqual(44);

  await bar.getByRole("link", { name: "Sprint" }).click();
  await expect(page).toHaveURL(/\/sprint$/);
  await bar.getByRole("button", { name: "More" }).click();
  await page.getByRole("menuitem", { name: "Wins" }).click();
  await expect(page).toHaveURL(/\/wins$/);
  await expect(bar.getByRole("button", { name: "More: Wins" })).toBeVisible();

  await bar.getByRole("button", { name: "Log check-in" }).click();
  await expect(page.getByRole("dialog", { name: "Log a check-in" })).toBeVisible();
});

test("Settings, Help and Sign out live in the account menu; the sidebar collapses and stays collapsed", async ({
  page,
}) => {
  const email = uniqueEmail("shell-account");
  await signIn(page, email);
  await fromAccountMenu(page, "Help");
  await expect(page).toHaveURL(/\/help$/);
  await fromAccountMenu(page, "Settings");
  await expect(page).toHaveURL(/\/settings$/);

  await page.getByRole("button", { name: "Collapse the sidebar" }).click();
  await expect(page.getByRole("button", { name: "Expand the sidebar" })).toHaveAttribute("aria-expanded", "false");
  await page.reload();
  await expect(page.getByRole("button", { name: "Expand the sidebar" })).toBeVisible();
  // Collapsed to icons, every link keeps its name.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Wins" }).click();
  await expect(page).toHaveURL(/\/wins$/);
  await page.getByRole("button", { name: "Expand the sidebar" }).click();

  await fromAccountMenu(page, "Sign out");
  await expect(page).toHaveURL(/\/signin/);
});

test("the account menu opens before the page's scripts run, and works by keyboard alone", async ({
  page,
  browser,
  keyboardOnly,
}) => {
  test.skip(keyboardOnly, "drives the keys itself");
  const email = uniqueEmail("shell-account-keys");
  await signIn(page, email);
  const account = page.getByRole("button", { name: /^Account:/ });
  const menu = page.getByRole("menu", { name: "Account" });
  const item = (name: string) => menu.getByRole("menuitem", { name });

  await account.focus();
  await page.keyboard.press("ArrowDown");
  await expect(item("Settings")).toBeFocused();
  await expect(account).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("End");
  await expect(item("Sign out")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(item("Settings")).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(item("Sign out")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(account).toBeFocused();
  await expect(account).toHaveAttribute("aria-expanded", "false");
  await page.keyboard.press("ArrowUp");
  await expect(item("Sign out")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(menu).toBeHidden();
  await account.focus();
  await page.keyboard.press("Enter");
  await expect(item("Settings")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/help$/);
  await expect(menu).toBeHidden();

  // The same session with JavaScript off: the menu is the browser's own popover.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  await noScript.addCookies(await page.context().cookies());
  const plain = await noScript.newPage();
  await plain.goto(page.url().replace(/\/help$/, "/dashboard"));
  await plain.getByRole("button", { name: /^Account:/ }).click();
  await plain.getByRole("menuitem", { name: "Settings" }).click();
  await expect(plain).toHaveURL(/\/settings$/);
  await noScript.close();
});

test("the map's ⋯ menu opens under its button on a phone and on a desktop: the SVG downloads, a snapshot is taken", async ({
  page,
}) => {
  await signIn(page, uniqueEmail("map-menu"));
  await addArea(page, "Negotiation", { now: 2, target: 7 });
  await page.goto("/dashboard");
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    const button = page.getByRole("button", { name: "Export and snapshots" });
    await button.click();
    const menu = page.getByRole("menu", { name: "Export and snapshots" });
    await expect(menu).toBeVisible();
    const [b, m] = [await button.boundingBox(), await menu.boundingBox()];
    expect(m!.y, "under its button").toBeGreaterThanOrEqual(b!.y + b!.height);
    expect(m!.x, "on screen").toBeGreaterThanOrEqual(0);
    expect(m!.x + m!.width, "on screen").toBeLessThanOrEqual(width);
    await page.keyboard.press("Escape");
    await expect(menu).toBeHidden();
  }
  await page.getByRole("button", { name: "Export and snapshots" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "Download SVG" }).click();
  expect((await download).suggestedFilename()).toMatch(/\.svg$/);
  await page.getByRole("button", { name: "Export and snapshots" }).click();
  const picture = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "Download PNG" }).click();
  expect((await picture).suggestedFilename()).toMatch(/^mentorship-map-\d{4}-\d{2}-\d{2}\.png$/);
  await page.getByRole("button", { name: "Export and snapshots" }).click();
  await page.getByRole("menuitem", { name: "Take a snapshot" }).click();
  await expect(page.getByText("Snapshot saved.").first()).toBeVisible();
});

test("links prefetch their page on intent, not on sight: a page view asks the server for no other page", async ({
  page,
  keyboardOnly,
}) => {
  test.skip(keyboardOnly, "hovers a link");
  await signIn(page, uniqueEmail("prefetch"));
  const prefetched: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["next-router-prefetch"] || new URL(request.url()).searchParams.has("_rsc"))
      prefetched.push(new URL(request.url()).pathname);
  });
  await page.goto("/help");
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1000); // Next prefetches visible links once the page is idle
  expect(prefetched, "nothing prefetched on load").toEqual([]);
  const sprint = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sprint" });
  await sprint.hover();
  await expect.poll(() => prefetched.includes("/sprint"), { message: "hovering prefetches" }).toBe(true);
  await sprint.click();
  await expect(page).toHaveURL(/\/sprint$/);
});

test("every script a page loads, on load or later, is compiled off the main thread (V8's compile hint on its first line)", async ({
  page,
  keyboardOnly,
}) => {
  test.skip(keyboardOnly, "what the server sends: the same whatever the input");
  await signIn(page, uniqueEmail("compile-hints"));
  const scripts: Promise<{ url: string; head: string }>[] = [];
  page.on("response", (response) => {
    if (new URL(response.url()).pathname.startsWith("/_next/static/") && response.url().endsWith(".js"))
      scripts.push(response.text().then((text) => ({ url: response.url(), head: text.slice(0, 40) })));
  });
  await page.goto("/dashboard");
  // The palette's dialog is a chunk of its own, loaded when first asked for.
  await page.keyboard.press("ControlOrMeta+k");
  await expect(page.getByRole("dialog", { name: "Search and commands" })).toBeVisible();
  const loaded = await Promise.all(scripts);
  expect(loaded.length, "the page loaded its scripts").toBeGreaterThan(5);
  expect(loaded.filter((s) => !s.head.startsWith("//# allFunctionsCalledOnLoad\n"))).toEqual([]);
});

test("pages write their dates without Intl in the browser: its first use on a page is a long task", async ({
  page,
  keyboardOnly,
}) => {
  test.skip(keyboardOnly, "what the page runs as it loads: the same whatever the input");
  await signIn(page, uniqueEmail("no-intl"));
  const mentorPage = await addMentor(page, "Ada Lovelace", "Sage", "ACTIVE");
  // A new account's time zone is found from the browser's, which takes Intl: chosen here once.
  await page.goto("/settings");
  const zone = page.getByLabel("Time zone", { exact: true });
  await zone.focus();
  await zone.selectOption("Europe/Lisbon");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  // Counts every use of Intl (and of the methods built on it) from the first script on.
  await page.addInitScript(() => {
    const w = window as unknown as { intlUses: string[] };
    w.intlUses = [];
    for (const name of ["DateTimeFormat", "NumberFormat", "PluralRules", "Collator", "RelativeTimeFormat"] as const) {
      const Original = Intl[name] as unknown as new (...a: unknown[]) => object;
      (Intl as unknown as Record<string, unknown>)[name] = new Proxy(Original, {
        construct: (target, args) => {
          w.intlUses.push(name);
          return new target(...args);
        },
        apply: (target, self, args) => {
          w.intlUses.push(name);
          return Reflect.apply(target, self, args);
        },
      });
    }
    const supportedValuesOf = Intl.supportedValuesOf;
    Intl.supportedValuesOf = (key) => {
      w.intlUses.push("supportedValuesOf");
      return supportedValuesOf(key);
    };
  });
  for (const path of ["/dashboard", "/mentors", mentorPage, "/settings", "/sprint", "/gaps"]) {
    await page.goto(path);
    await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
    // A day written in the browser: the relationship panel is a client component.
    if (path === mentorPage) await expect(page.locator("dt:text-is('Next check-in') + dd")).toHaveText(/\d{4}/);
    expect(await page.evaluate(() => (window as unknown as { intlUses: string[] }).intlUses), path).toEqual([]);
  }
  // Reached, the time zone field lists every zone, and still holds the one saved.
  await page.goto("/settings");
  await expect(zone.locator("option")).toHaveCount(1);
  await zone.focus();
  await expect(zone.locator("option")).not.toHaveCount(1);
  await expect(zone).toHaveValue("Europe/Lisbon");
});
