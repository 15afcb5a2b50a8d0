import { expect, type Page } from "@playwright/test";

/** Adds a mentor through the form and returns to the list. */
export async function addMentor(page: Page, name: string, category: string, stage = "PROSPECT") {
  await page.goto("/mentors/new");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("radio", { name: new RegExp(`^${category}`) }).check();
  await page.getByLabel("Stage").selectOption(stage);
  await page.getByRole("button", { name: "Add mentor" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return page.url();
}
