import { expect, type Page, test } from "@playwright/test";
import { seriousViolations } from "../support/axe";
import { demoPages } from "./demo-pages";

// Every screen that exists, on the demo map (so lists, the map and the timeline have
// content): the whole WCAG 2.1 AA scan in light mode, then, on the same page, colour
// contrast in dark mode (colours are all the scheme changes). Two tests, so the
// two workers share the screens.

/** The rules whose answer depends on colours: the rest give the same answer in either scheme. */
const DARK_RULES = ["color-contrast", "link-in-text-block"];

/** Both scans of the page as it is; the colour scheme is back to light afterwards. */
async function scan(page: Page, path: string) {
  await page.waitForLoadState("networkidle");
  expect(await seriousViolations(page), `${path} (light)`).toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await seriousViolations(page, { rules: DARK_RULES }), `${path} (dark)`).toEqual([]);
  await page.emulateMedia({ colorScheme: "light" });
}

async function signInToDemo(page: Page) {
  await page.goto("/signin");
  await page.getByRole("button", { name: "Explore the demo map" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  return (await page.locator("table a[href^='/mentors/c']").first().getAttribute("href"))!;
}

test.describe.configure({ mode: "parallel" });

test("no serious or critical axe violations, light and dark: signed-out screens and the first half of the app", async ({
  page,
}) => {
  test.setTimeout(240_000); // a dozen screens, each scanned twice by axe, on a busy two-core machine
  await page.emulateMedia({ colorScheme: "light" });
  // Signed out: sign-in and its steps, the unsubscribe confirmation, the outbox, a missing page.
  for (const path of [
    "/signin/check-email",
    "/signin/confirm?token=t&email=a%40example.org",
    "/unsubscribe?token=not-a-token",
    "/dev/outbox",
    "/no-such-page",
    "/signin",
  ]) {
    await page.goto(path);
    await scan(page, path);
  }
  const pages = demoPages(await signInToDemo(page));
  for (const path of pages.slice(0, Math.ceil(pages.length / 2) - 3)) {
    await page.goto(path);
    await scan(page, path);
  }
});

test("no serious or critical axe violations, light and dark: the second half of the app", async ({ page }) => {
  test.setTimeout(240_000);
  await page.emulateMedia({ colorScheme: "light" });
  const pages = demoPages(await signInToDemo(page));
  for (const path of pages.slice(Math.ceil(pages.length / 2) - 3)) {
    await page.goto(path);
    await scan(page, path);
  }
});
