import type { Page } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { addArea } from "./support/gaps";
import { addMentor } from "./support/mentors";
import { expect, test } from "./support/test";

// The map's rows, the audit's and the mentors list's are HTML strings rendered by the
// server (src/domain/map-html.ts, audit-html.ts, mentor-rows-html.ts).
// A first load carries them once, in the document, not again in the RSC payload under
// it (src/components/once-html.tsx); they must survive everything that renders the
// page again in the browser.

/** A page's first load as a browser gets it: its HTML, and the RSC payload inlined under it (decoded). */
async function firstLoad(page: Page, path: string) {
  const html = await (await page.request.get(path, { headers: { accept: "text/html" } })).text();
  const chunks = [...html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)];
  expect(chunks.length, `${path}: an inlined RSC payload`).toBeGreaterThan(0);
  return { html, payload: chunks.map((m) => JSON.parse(m[1]!) as string).join("") };
}

test("the map's and the audit's rows come once in a first load, stay through an action, a navigation away and back, and a return by link, and their links open pages inside the app", async ({
  page,
}) => {
  await signIn(page, uniqueEmail("map-rows"));
  await addArea(page, "Negotiation", { now: 2, target: 7 });
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "+ Sage for Negotiation" }).click();
  await page.getByLabel("Name").fill("Amara Okafor");
  await page.getByLabel("Stage").selectOption("ACTIVE");
  await page.getByRole("button", { name: "Add mentor" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Amara Okafor" })).toBeVisible();

  // The document as the server sends it to a browser: the chip in the HTML, not in the payload under it.
  const dashboard = await firstLoad(page, "/dashboard");
  expect(dashboard.html).toContain('data-mentor="');
  expect(dashboard.payload).toContain("mentorship-map");
  expect(dashboard.payload, "the chip's markup in the RSC payload").not.toContain("data-mentor=");

  const map = page.getByTestId("mentorship-map");
  const chip = map.getByRole("link", { name: /^Amara Okafor, Sage/ });
  await page.goto("/dashboard");
  await expect(chip).toBeVisible();

  // A server action's answer renders the page again from an RSC payload.
  await page.keyboard.press("c");
  const dialog = page.getByRole("dialog", { name: "Log a check-in" });
  await dialog.getByRole("combobox").fill("amara");
  await expect(dialog.getByRole("option", { name: /Amara Okafor/ })).toBeVisible();
  await page.keyboard.press("Enter");
  await dialog.getByRole("button", { name: "Log check-in" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Check-in with Amara Okafor logged.")).toBeVisible();
  await expect(chip).toBeVisible();

  // Away and back: the router renders the first load's payload again, from its cache.
  await page.getByRole("navigation").first().getByRole("link", { name: "Mentors" }).click();
  await expect(page).toHaveURL(/\/mentors$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(chip).toBeVisible();

  // And by a link, from a payload of its own.
  await page.getByRole("navigation").first().getByRole("link", { name: "Mentors" }).click();
  await expect(page).toHaveURL(/\/mentors$/);
  await page.getByRole("navigation").first().getByRole("link", { name: "Map" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(chip).toBeVisible();

  // The audit's rows: by a link, then as a first load.
  await page.getByRole("navigation").first().getByRole("link", { name: "Audit" }).click();
  const row = page.getByRole("rowheader", { name: "Amara Okafor" });
  await expect(row).toBeVisible();
  const audit = await firstLoad(page, "/audit");
  expect(audit.html).toContain("Amara Okafor</a>");
  expect(audit.payload, "the audit row's markup in the RSC payload").not.toContain("Amara Okafor</a>");
  await page.reload();
  await expect(row).toBeVisible();

  // Their links open pages inside the app, as next/link's do: no new document.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await row.getByRole("link", { name: "Amara Okafor" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Amara Okafor" })).toBeVisible();
  expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
  await page.getByRole("navigation").first().getByRole("link", { name: "Map" }).click();
  await chip.click();
  await expect(page.getByRole("heading", { level: 1, name: "Amara Okafor" })).toBeVisible();
  expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
});

test("the mentors list's rows come once in a first load; choosing rows highlights them, a name opens its page inside the app, a page past the end says so", async ({
  page,
}) => {
  await signIn(page, uniqueEmail("list-rows"));
  await addMentor(page, "Ada Lovelace", "Sage", "ACTIVE");
  await addMentor(page, "Grace Hopper", "Peer");

  const list = await firstLoad(page, "/mentors");
  expect(list.html).toContain('aria-label="Select Ada Lovelace"');
  expect(list.payload).toContain("MentorTable");
  expect(list.payload, "the row's markup in the RSC payload").not.toContain('aria-label="Select Ada Lovelace"');

  await page.goto("/mentors");
  const ada = page.getByRole("row", { name: /Ada Lovelace/ });
  const grace = page.getByRole("row", { name: /Grace Hopper/ });
  const unselected = await ada.evaluate((row) => getComputedStyle(row).backgroundColor);
  await page.getByRole("checkbox", { name: "Select Ada Lovelace" }).check();
  await expect(page.getByRole("region", { name: "Bulk actions" })).toContainText("1 selected");
  await expect.poll(() => ada.evaluate((row) => getComputedStyle(row).backgroundColor)).not.toBe(unselected);
  expect(await grace.evaluate((row) => getComputedStyle(row).backgroundColor)).toBe(unselected);
  // Select all, then clear: the boxes follow the selection.
  await page.getByRole("checkbox", { name: "Select all on this page" }).check();
  await expect(page.getByRole("region", { name: "Bulk actions" })).toContainText("2 selected");
  await expect(page.getByRole("checkbox", { name: "Select Grace Hopper" })).toBeChecked();
  await page.getByRole("button", { name: "Clear selection" }).click();
  await expect(page.getByRole("checkbox", { name: "Select Ada Lovelace" })).not.toBeChecked();
  await expect(page.getByRole("region", { name: "Bulk actions" })).toHaveCount(0);

  // A name is a link inside the app: the page changes without a new document.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await page.getByRole("link", { name: "Grace Hopper" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Grace Hopper" })).toBeVisible();
  expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
  await page.goBack();
  await expect(ada).toBeVisible();

  await page.goto("/mentors?page=9");
  await expect(page.getByText("This page is past the end of the list.")).toBeVisible();
  await page.getByRole("link", { name: "Go to the last page" }).click();
  await expect(ada).toBeVisible();
});
