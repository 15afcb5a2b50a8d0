import { signIn, uniqueEmail } from "./support/auth";
import { seriousViolations } from "./support/axe";
import { addMentor } from "./support/mentors";
import { expect, test } from "./support/test";

test("export JSON from one account, restore it into another, see the same map; then delete that account", async ({
  browser,
}) => {
  const alice = await browser.newPage();
  await signIn(alice, uniqueEmail("exporter"));
  await addMentor(alice, "Ada Lovelace", "Sage", "ACTIVE");
  await addMentor(alice, "Grace Hopper", "Peer");
  await alice.goto("/settings");
  const downloading = alice.waitForEvent("download");
  await alice.getByRole("link", { name: "Download JSON (everything)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^mentor-map-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();

  const bobEmail = uniqueEmail("importer");
  const bob = await (await browser.newContext()).newPage();
  await signIn(bob, bobEmail);
  await bob.goto("/settings");
  const form = bob.getByRole("form", { name: "Import a JSON export" });
  await form.getByLabel("Import a Mentor Map export (JSON)").setInputFiles(file);
  await form.getByLabel(/Restore into this empty account/).check();
  await form.getByRole("button", { name: "Preview import" }).click();
  const preview = bob.getByTestId("import-preview");
  await expect(preview.getByRole("row", { name: /Mentors/ })).toContainText("2");
  expect(await seriousViolations(bob)).toEqual([]);
  await preview.getByRole("button", { name: "Import" }).click();
  await expect(bob.getByText("Imported: ")).toBeVisible();

  await bob.goto("/mentors");
  await expect(bob.getByRole("link", { name: "Ada Lovelace" })).toBeVisible();
  await expect(bob.getByRole("link", { name: "Grace Hopper" })).toBeVisible();

  // A second restore is refused: the account is no longer empty.
  await bob.goto("/settings");
  await form.getByLabel("Import a Mentor Map export (JSON)").setInputFiles(file);
  await form.getByLabel(/Restore into this empty account/).check();
  await form.getByRole("button", { name: "Preview import" }).click();
  await expect(form.getByRole("alert")).toContainText("Restore is for an empty account");

  await bob.getByRole("button", { name: "Delete my account…" }).click();
  const del = bob.getByRole("form", { name: "Delete my account" });
  await del.getByLabel(/to confirm/).fill("wrong@example.com");
  await del.getByRole("button", { name: "Delete everything" }).click();
  await expect(del.getByText("That is not your email address")).toBeVisible();
  await del.getByLabel(/to confirm/).fill(bobEmail);
  await del.getByRole("button", { name: "Delete everything" }).click();
  await expect(bob).toHaveURL(/\/signin\?deleted=1$/);
  await expect(bob.getByText("Your account and everything in it have been deleted.")).toBeVisible();
  await bob.goto("/mentors");
  await expect(bob).toHaveURL(/\/signin/);
});

test("import LinkedIn connections: see the problems, resolve a duplicate, commit, see the people", async ({ page }) => {
  await signIn(page, uniqueEmail("linkedin"));
  const adaUrl = await addMentor(page, "Ada Lovelace", "Sage", "ACTIVE");
  await page.goto("/settings");
  const form = page.getByRole("form", { name: "Import contacts" });
  await form.getByLabel(/^Import contacts/).setInputFiles("tests/fixtures/linkedin-connections.csv");
  await form.getByLabel("Add them as").selectOption("PEER");
  await form.getByRole("button", { name: "Preview import" }).click();
  const preview = page.getByTestId("contacts-preview");
  await expect(preview.getByRole("heading")).toHaveText("7 rows: 2 new, 2 already known, 3 with problems");
  await expect(preview).toContainText('Line 9: "not-an-email" is not an email address.');
  await expect(preview.getByTestId("duplicate")).toHaveCount(2);
  expect(await seriousViolations(page)).toEqual([]);
  await preview.getByLabel("What to do with Ada Lovelace (line 5)").selectOption("update");
  await preview.getByRole("button", { name: "Import 2 people" }).click();
  await expect(page.getByText("Imported 2 people as Prospects.")).toBeVisible();

  await page.getByRole("link", { name: "See them" }).click();
  await expect(page.getByRole("link", { name: "Grace Hopper" })).toBeVisible();
  await expect(page.getByRole("link", { name: "José Müller-Øberg" })).toBeVisible();
  await page.goto(adaUrl);
  await expect(page.getByText("Analytical Engines, Ltd").first()).toBeVisible();
  await expect(page.getByText("ada@example.com")).toBeVisible();
});
