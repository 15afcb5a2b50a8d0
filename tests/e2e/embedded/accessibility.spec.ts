import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { demoPages } from "./demo-pages";

// Every screen that exists, on the demo map (so lists, the map and the timeline
// have content), in light and dark mode.
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`no serious or critical axe violations on any screen (${colorScheme})`, async ({ page }) => {
    test.setTimeout(180_000); // a score of screens, each scanned by axe: over a minute on a busy two-core machine
    await page.emulateMedia({ colorScheme });
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
      await page.waitForLoadState("networkidle");
      expect(await seriousViolations(page), path).toEqual([]);
    }
    await page.getByRole("button", { name: "Explore the demo map" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    const mentorHref = await page.locator("table a[href^='/mentors/c']").first().getAttribute("href");
    for (const path of demoPages(mentorHref!)) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      expect(await seriousViolations(page), path).toEqual([]);
    }
  });
}
