import { expect, type Page, test } from "@playwright/test";
import { demoPages } from "./demo-pages";

// On a phone every control is a target a thumb can hit (44 × 44 px), and every link
// at least WCAG 2.5.8's 24 × 24 px, measured over all of them on each main page of the
// demo map (so lists, the map and the timeline have content).

/** Visible controls smaller than their minimum, described for the failure message. */
function smallTargets(page: Page) {
  return page.evaluate(() => {
    const CONTROL = 44;
    const LINK = 24;
    const small: string[] = [];
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // Visually hidden (sr-only, 1 px) and undisplayed elements are not targets.
      return r.width > 2 && r.height > 2 && style.visibility !== "hidden" && !el.closest("[hidden], [inert]");
    };
    /** A checkbox or radio is hit through its label too. */
    const targetBox = (el: Element) => {
      const own = el.getBoundingClientRect();
      const label = (el as HTMLInputElement).labels?.[0];
      const l = label?.getBoundingClientRect();
      return l && l.width * l.height > own.width * own.height ? l : own;
    };
    const label = (el: Element, r: DOMRect) =>
      `${el.localName}${el.getAttribute("type") ? `[${el.getAttribute("type")}]` : ""} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}" ${Math.round(r.width)}×${Math.round(r.height)}`;
    for (const el of document.querySelectorAll("button, input:not([type=hidden]), select, textarea, summary")) {
      if (!visible(el)) continue;
      const r = targetBox(el);
      if (r.width < CONTROL - 0.5 || r.height < CONTROL - 0.5) small.push(label(el, r));
    }
    for (const el of document.querySelectorAll("a[href]")) {
      // The picture view's dots: each has its equivalent link, a full-size one, in the table view (WCAG 2.5.8's
      // "equivalent" exception); a dot big enough for a thumb would cover its neighbours.
      if (!visible(el) || el.closest("svg")) continue;
      const r = el.getBoundingClientRect();
      const min = el.closest("nav") ? CONTROL : LINK;
      if (r.width < min - 0.5 || r.height < min - 0.5) small.push(label(el, r));
    }
    return small;
  });
}

test("on a 390 px phone every control is at least 44 px and every link at least 24 px, on every main page", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/signin");
  await page.getByRole("button", { name: "Explore the demo map" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  const mentorHref = await page.locator("table a[href^='/mentors/c']").first().getAttribute("href");
  const found: Record<string, string[]> = {};
  for (const path of demoPages(mentorHref!)) {
    await page.goto(path);
    const small = await smallTargets(page);
    if (small.length) found[path] = small;
  }
  expect(found).toEqual({});
});
