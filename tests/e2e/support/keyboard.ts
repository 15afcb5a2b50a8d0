import { type ElementHandle, expect, type Locator, type Page } from "@playwright/test";

/**
 * Presses Tab (or Shift+Tab) until `target` has focus: how a keyboard user gets there.
 * The target is found once and held, so each press costs one check of focus rather
 * than another search of the page by role and name; it is found again only if the
 * page replaced it.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 80 } = {}) {
  let handle: ElementHandle | null = await target.elementHandle({ timeout: 10_000 }).catch(() => null);
  // On a freshly loaded page, a keyboard user bound for the page's content takes
  // "Skip to content" (the first stop) rather than tabbing through the navigation.
  if (!backwards && handle && (await handle.evaluate(startsFromTopForMain).catch(() => false))) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.textContent?.trim() === "Skip to content"))
      await page.keyboard.press("Enter");
  }
  for (let i = 0; i < max; i++) {
    handle ??= await target.elementHandle({ timeout: 10_000 }).catch(() => null);
    const focus = handle
      ? await handle.evaluate((el) => (el.isConnected ? el === document.activeElement : null)).catch(() => null)
      : null;
    if (focus) {
      await handle?.dispose().catch(() => {});
      return;
    }
    if (focus === null) {
      await handle?.dispose().catch(() => {});
      handle = null;
    }
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  await expect(target, `reachable with ${backwards ? "Shift+Tab" : "Tab"}`).toBeFocused();
}

/** The element is in <main>, and nothing has focus yet (the page just loaded). */
function startsFromTopForMain(el: Element) {
  const active = document.activeElement;
  return !!el.closest("main") && (!active || active === document.body);
}

/** Tabs to a field and types into it, replacing what is there. */
export async function typeInto(page: Page, target: Locator, text: string) {
  await tabTo(page, target);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(text);
}
