// The e2e `test`: Playwright's, plus a keyboard-only mode. In the "keyboard"
// project every click, fill, check, select and focus the specs do is done the way
// a keyboard user does it: Tab (and Shift+Tab) until the element has focus, then
// Enter, Space, arrow keys or typing. An element a keyboard cannot reach fails
// the flow. So each flow in the suite runs twice: with the mouse and keyboard-only.
import { test as base, expect, type Locator, type Page } from "@playwright/test";
import { tabTo } from "./keyboard";

export { expect };

const keyboardPages = new WeakSet<Page>();

type Kind = { tag: string; type: string; role: string | null; checked: boolean; name: string };
const kindOf = (l: Locator): Promise<Kind> =>
  l.evaluate((el) => ({
    tag: el.localName,
    type: (el as HTMLInputElement).type ?? "",
    role: el.getAttribute("role"),
    checked: (el as HTMLInputElement).checked ?? el.getAttribute("aria-checked") === "true",
    name: (el as HTMLInputElement).name ?? "",
  }));

/** Focuses a radio button by keyboard: Tab reaches its group (one stop), arrows move within it. */
async function checkRadio(page: Page, radio: Locator, name: string) {
  const group = page.locator(`input[type="radio"][name="${name}"]`);
  for (let i = 0; i < 200; i++) {
    if (await group.evaluateAll((els) => els.some((el) => el === document.activeElement))) break;
    await page.keyboard.press("Tab");
  }
  for (let i = 0; i < 12 && !(await radio.isChecked()); i++) await page.keyboard.press("ArrowDown");
  await expect(radio).toBeChecked();
}

async function toggle(page: Page, l: Locator, want: boolean | "flip") {
  const k = await kindOf(l);
  if (k.type === "radio") return checkRadio(page, l, k.name);
  if (want !== "flip" && k.checked === want) return;
  await tabTo(page, l, { max: 200 });
  await page.keyboard.press("Space");
}

/** A native <select>: focused by Tab, moved to the option with the arrow keys (which fire change as they go). */
async function selectByKeyboard(page: Page, l: Locator, wanted: unknown) {
  const values = Array.isArray(wanted) ? wanted : [wanted];
  const target = await l.evaluate((el, want) => {
    const s = el as HTMLSelectElement;
    const w = want[0] as string | { label?: string; value?: string; index?: number };
    const options = Array.from(s.options);
    const index =
      typeof w === "string"
        ? options.findIndex((o) => o.value === w || o.label === w)
        : (w.index ?? options.findIndex((o) => (w.value !== undefined ? o.value === w.value : o.label === w.label)));
    return { index, current: s.selectedIndex, label: options[index]?.label ?? "" };
  }, values);
  if (target.index < 0) throw new Error(`no option ${JSON.stringify(wanted)}`);
  await tabTo(page, l, { max: 200 });
  // Far down a long list (a time zone), a keyboard user types the start of the option's
  // name (the select's type-ahead), then the arrows finish the job.
  if (Math.abs(target.index - target.current) > 10) {
    await page.keyboard.type(target.label.slice(0, 12));
    target.current = await l.evaluate((el) => (el as HTMLSelectElement).selectedIndex);
  }
  const key = target.index > target.current ? "ArrowDown" : "ArrowUp";
  for (let i = 0; i < Math.abs(target.index - target.current); i++) await page.keyboard.press(key);
  return [String(target.index)];
}

async function typeByKeyboard(page: Page, l: Locator, value: string) {
  const k = await kindOf(l);
  await tabTo(page, l, { max: 200 });
  await page.keyboard.press("ControlOrMeta+a");
  if (k.type === "date" && value) {
    // A date field takes its digits in the locale's order (en-US: month, day, year).
    const [y, m, d] = value.split("-");
    await page.keyboard.type(`${m}${d}${y}`);
  } else if (value)
    await page.keyboard.insertText(value); // the text arrives as typed, in one event rather than one per key
  else await page.keyboard.press("Delete");
}

/** In an open menu a keyboard user moves with the arrow keys (Tab would close it), then presses Enter. */
async function chooseMenuItem(page: Page, item: Locator) {
  for (let i = 0; i < 30; i++) {
    if (await item.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press("ArrowDown");
  }
  await expect(item, "reachable with the arrow keys").toBeFocused();
  await page.keyboard.press("Enter");
}

let installed = false;
/** Reroutes Locator's pointer-style methods through the keyboard for the pages in keyboard mode. */
function install(page: Page) {
  if (installed) return;
  installed = true;
  const proto = Object.getPrototypeOf(page.locator("body")) as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const wrap = (method: string, keyboard: (this: Locator, page: Page, ...args: unknown[]) => Promise<unknown>) => {
    const original = proto[method]!;
    proto[method] = async function (this: Locator, ...args: unknown[]) {
      const p = this.page();
      return keyboardPages.has(p) ? keyboard.call(this, p, ...args) : original.apply(this, args);
    };
  };
  wrap("click", async function (p) {
    const k = await kindOf(this);
    if (k.type === "checkbox" || k.type === "radio") return toggle(p, this, "flip");
    if (k.role === "menuitem") return chooseMenuItem(p, this);
    await tabTo(p, this, { max: 200 });
    await p.keyboard.press(k.tag === "input" && k.type === "file" ? "Space" : "Enter");
  });
  wrap("check", async function (p) {
    return toggle(p, this, true);
  });
  wrap("uncheck", async function (p) {
    return toggle(p, this, false);
  });
  wrap("setChecked", async function (p, checked) {
    return toggle(p, this, Boolean(checked));
  });
  wrap("fill", async function (p, value) {
    return typeByKeyboard(p, this, String(value));
  });
  wrap("selectOption", async function (p, value) {
    return selectByKeyboard(p, this, value);
  });
  wrap("focus", async function (p) {
    return tabTo(p, this, { max: 200 });
  });
}

/**
 * After every load of a page, waits until it has hydrated (<html data-hydrated>, set by
 * src/components/hydration-mark.tsx): until then its buttons and shortcuts have no
 * listeners, and a click on one is lost (the account menu's and ⌘K's once were). A
 * response that is not a page (a file, JSON) has nothing to hydrate.
 */
function settleOnLoad(page: Page) {
  for (const method of ["goto", "reload"] as const) {
    const load = page[method].bind(page) as (...args: unknown[]) => ReturnType<Page["goto"]>;
    (page as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
      const response = await load(...args);
      if (response?.headers()["content-type"]?.startsWith("text/html"))
        await page
          .locator("html[data-hydrated]")
          .waitFor({ state: "attached", timeout: 15_000 })
          .catch(() => {}); // a page that never hydrates fails on what the test checks next
      return response;
    };
  }
}

export const test = base.extend<{ keyboardOnly: boolean }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a fixture needs from this pattern; it needs none
  keyboardOnly: async ({}, use, testInfo) => use(testInfo.project.name === "keyboard"),
  page: async ({ page, keyboardOnly }, use) => {
    settleOnLoad(page);
    if (keyboardOnly) {
      install(page);
      keyboardPages.add(page);
    }
    await use(page);
  },
});
