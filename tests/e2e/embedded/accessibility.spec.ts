import { expect, type Page, test } from "@playwright/test";
import { seriousViolations } from "../support/axe";
import { demoPages } from "./demo-pages";

// Every screen that exists, on the demo map (so lists, the map and the timeline have
// content): the whole WCAG 2.1 AA scan in light mode, then, on the same page, colour
// contrast in dark mode (colours are all the scheme changes). In four parts, so the
// two workers share the screens.

/** The rules whose answer depends on colours: the rest give the same answer in either scheme. */
const DARK_RULES = ["color-contrast", "link-in-text-block"];

/** Both scans of the page as it is; the colour scheme is back to light afterwards. */
async function scan(page: Page, path: string) {
  await page.waitForLoadState("networkidle");
  expect(await seriousViolations(page), `${path} (light)`).toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  // Buttons fade to their dark colours (transition-colors): measured mid-fade, a button
  // once read as light text on a light background. Colours are judged at rest.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))));
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

/** Signed out: sign-in and its steps, the unsubscribe confirmation, the outbox, a missing page. */
const SIGNED_OUT = [
  "/signin/check-email",
  "/signin/confirm?token=t&email=a%40example.org",
  "/unsubscribe?token=not-a-token",
  "/dev/outbox",
  "/no-such-page",
  "/signin",
];

/**
 * The screens in four parts of about a minute each: the signed-out screens and one of
 * the app's, then the rest of the app in three. Two long tests left the run waiting on
 * the last of them at its end.
 */
const PARTS = 4;
const appPart = <T>(pages: T[], part: number) => {
  const first = part === 0 ? 0 : 1 + Math.round(((part - 1) * (pages.length - 1)) / (PARTS - 1));
  const end = part === 0 ? 1 : 1 + Math.round((part * (pages.length - 1)) / (PARTS - 1));
  return pages.slice(first, end);
};

for (let part = 0; part < PARTS; part++) {
  test(`no serious or critical axe violations, light and dark: part ${part + 1} of ${PARTS}`, async ({ page }) => {
    test.setTimeout(180_000); // half a dozen screens, each scanned twice by axe, on a busy two-core machine
    await page.emulateMedia({ colorScheme: "light" });
    if (part === 0)
      for (const path of SIGNED_OUT) {
        await page.goto(path);
        await scan(page, path);
      }
    for (const path of appPart(demoPages(await signInToDemo(page)), part)) {
      await page.goto(path);
      await scan(page, path);
    }
  });
}

test("the parts cover every screen once", () => {
  const pages = demoPages("/mentors/x");
  expect(Array.from({ length: PARTS }, (_, part) => appPart(pages, part)).flat()).toEqual(pages);
});
