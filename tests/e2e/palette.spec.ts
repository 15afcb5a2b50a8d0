import { signIn, uniqueEmail } from "./support/auth";
import { addMentor } from "./support/mentors";
import { expect, test } from "./support/test";

test("the ⌘K palette: find a mentor by part of a name and log a check-in with them; jump to a page", async ({
  page,
}) => {
  await signIn(page, uniqueEmail("palette"));
  await addMentor(page, "Jonah Weiss", "Reverse", "ACTIVE");
  await addMentor(page, "Grace Hopper", "Peer", "ACTIVE");
  await page.goto("/mentors/pipeline");

  await page.keyboard.press("ControlOrMeta+k");
  const palette = page.getByRole("dialog", { name: "Search and commands" });
  await expect(palette).toBeVisible();
  await expect(palette.getByRole("combobox")).toBeFocused();
  await page.keyboard.type("wei");
  await expect(palette.getByRole("option", { name: /^Jonah Weiss/ })).toBeVisible();
  await expect(palette.getByRole("option", { name: /Grace Hopper/ })).toHaveCount(0);
  // The first match is selected; the arrow keys reach "Log a check-in with …".
  const logWith = palette.getByRole("option", { name: "Log a check-in with Jonah Weiss" });
  for (let i = 0; i < 5 && (await logWith.getAttribute("aria-selected")) !== "true"; i++)
    await page.keyboard.press("ArrowDown");
  await expect(logWith).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(palette).toBeHidden();

  const dialog = page.getByRole("dialog", { name: "Log a check-in" });
  await expect(dialog).toContainText("With Jonah Weiss");
  await dialog.getByLabel("Notes").fill("Paired on his prompt library");
  await dialog.getByRole("button", { name: "Log check-in" }).click();
  await expect(page.getByText("Check-in with Jonah Weiss logged.")).toBeVisible();

  // Pages by name.
  await page.keyboard.press("ControlOrMeta+k");
  await page.keyboard.type("snapshots");
  await expect(palette.getByRole("option", { name: "Snapshots" })).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/snapshots$/);
});
