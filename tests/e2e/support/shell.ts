import type { Page } from "@playwright/test";

/** Opens the account menu (Settings, Help, Sign out) and chooses an item. */
export async function fromAccountMenu(page: Page, item: "Settings" | "Help" | "Sign out") {
  await page.getByRole("button", { name: /^Account:/ }).click();
  await page.getByRole("menuitem", { name: item }).click();
}
