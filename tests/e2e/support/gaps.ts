import { expect, type Page } from "@playwright/test";

/** Adds a gap area through the form on /gaps, rated now and as a target, and waits for its numbered heading. */
export async function addArea(
  page: Page,
  name: string,
  { now, target, position = 1 }: { now: number; target: number; position?: number },
) {
  await page.goto("/gaps");
  await page.getByRole("button", { name: "Add an area" }).click();
  const form = page.getByRole("form", { name: "Add an area" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Now (1–10)").fill(String(now));
  await form.getByLabel("Target (1–10)").fill(String(target));
  await form.getByRole("button", { name: "Add area" }).click();
  await expect(page.getByRole("heading", { level: 2, name: `${position}. ${name}` })).toBeVisible();
}
