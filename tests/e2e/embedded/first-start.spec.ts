import { expect, test } from "@playwright/test";
import { uniqueEmail } from "../support/auth";

// The app as `npm install && npm start` runs it on a fresh clone: embedded
// database, no SMTP server, development conveniences on.

test("Explore the demo map: one click, no email, a realistic map", async ({ page }) => {
  await page.goto("/signin");
  await page.getByRole("button", { name: "Explore the demo map" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  // The map: areas × categories, with its gaps.
  await expect(page.getByRole("table", { name: /Your mentorship map/ })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Leadership capabilities" })).toBeVisible();
  await expect(page.getByTestId("sprint-day")).toContainText("Day 40 of 90 · Activation");
  await page.getByRole("link", { name: "Mentors", exact: true }).click();
  // 20 in the demo map (more if an earlier run of this test added one: the demo user is shared).
  await expect(page.getByText(/^2\d people on your map\.$/)).toBeVisible();
  await expect(page.getByRole("row", { name: /Margaret Okafor/ })).toContainText("Sage");
  // The form offers the demo user's gap areas.
  await page.getByRole("link", { name: "Add mentor" }).click();
  await expect(page).toHaveURL(/\/mentors\/new$/);
  await page.getByLabel("Name").fill("Newly added peer");
  await page.getByRole("radio", { name: /Peer/ }).check();
  await page.getByRole("checkbox", { name: "Leadership capabilities" }).check();
  await page.getByRole("button", { name: "Add mentor" }).click();
  await expect(page.getByRole("heading", { name: "Newly added peer" })).toBeVisible();
  await expect(page.getByText("Leadership capabilities")).toBeVisible();
});

test("magic-link sign-in through the development outbox", async ({ page }) => {
  const email = uniqueEmail("outbox");
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await page.getByRole("link", { name: "development outbox" }).click();
  const message = page.getByRole("listitem").filter({ hasText: email }).first();
  await message.getByRole("link").click();
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId("signed-in-as")).toHaveText(email);
});

test("the demo sign-in refuses a cross-site POST", async ({ request }) => {
  expect(
    (await request.post("/api/demo", { headers: { Origin: "https://evil.example" }, maxRedirects: 0 })).status(),
  ).toBe(403);
  expect((await request.post("/api/demo", { headers: { Origin: "null" }, maxRedirects: 0 })).status()).toBe(403);
});

test("the map shows its gaps; adding a prospect for a gap fills the cell", async ({ page }) => {
  await page.goto("/signin");
  await page.getByRole("button", { name: "Explore the demo map" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  const gapLink = page.getByRole("link", { name: /^\+ (Sage|Peer|Reverse) for / }).first();
  const label = (await gapLink.textContent())!;
  const [, category, area] = label.match(/^\+ (\w+) for (.+)$/)!;
  const cell = page.locator(`[data-cell="${area}:${category!.toUpperCase()}"]`);
  await expect(cell).toHaveAttribute("data-gap", "true");
  // The single point of failure is a small marked icon, not a sentence repeated in every cell.
  await expect(page.getByText("Only one person", { exact: false })).toHaveCount(0);
  expect(await page.getByRole("img", { name: "Only one person: a single point of failure" }).count()).toBeGreaterThan(
    3,
  );

  // The picture view draws the same people as the table.
  const mentorIds = (scope: string) =>
    page.locator(`${scope} [data-mentor]`).evaluateAll((els) => els.map((e) => e.getAttribute("data-mentor")).sort());
  const inTable = await mentorIds('[data-testid="mentorship-map"]');
  await page.getByRole("link", { name: "Picture" }).click();
  await expect(page.getByTestId("radial-map")).toBeVisible();
  expect(await mentorIds('[data-testid="radial-map"]')).toEqual(inTable);
  expect(inTable.length).toBeGreaterThan(15);
  await page.getByRole("link", { name: "Table", exact: true }).click();

  await gapLink.click();
  await expect(page).toHaveURL(/\/mentors\/new\?category=/);
  await expect(page.getByRole("radio", { name: new RegExp(`^${category}`, "i") })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: area })).toBeChecked();
  const name = `Prospect ${Date.now()}`;
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Add mentor" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  await page.getByRole("link", { name: "Map", exact: true }).click();
  await expect(cell.getByRole("link", { name: new RegExp(`^${name}, `) })).toBeVisible();
  await expect(cell).not.toHaveAttribute("data-gap");
});
