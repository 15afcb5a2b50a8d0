import { signIn, uniqueEmail } from "./support/auth";
import { fromAccountMenu } from "./support/shell";
import { expect, test } from "./support/test";

test.use({ timezoneId: "Europe/Berlin" });

test("change the digest settings and see the preview follow; the time zone defaults from the browser", async ({
  page,
}) => {
  await signIn(page, uniqueEmail("settings"));
  await fromAccountMenu(page, "Settings");
  await expect(page.getByLabel("Time zone", { exact: true })).toHaveValue("Europe/Berlin");
  await expect(page.getByText("Detected from your browser: Europe/Berlin. Save to use it.")).toBeVisible();

  // New users get a weekly digest on Mondays at 08:00.
  await expect(page.getByTestId("next-digest")).toContainText(/Monday.*08:00 \(Europe\/Berlin\)/);
  await page.getByLabel("Day of the week").selectOption({ label: "Wednesday" });
  await page.getByLabel("Local hour").selectOption({ label: "09:00" });
  await expect(page.getByTestId("next-digest")).toContainText(/Wednesday.*09:00 \(Europe\/Berlin\)/);
  await page.getByRole("radio", { name: "Daily" }).check();
  await expect(page.getByLabel("Day of the week")).toHaveCount(0);
  await page.getByRole("radio", { name: "Off" }).check();
  await expect(page.getByTestId("digest-preview")).toContainText("Digests are off");

  await page.getByRole("radio", { name: "Weekly" }).check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Day of the week")).toHaveValue("3");
  await expect(page.getByLabel("Local hour")).toHaveValue("9");
  await expect(page.getByText("Detected from your browser")).toHaveCount(0);

  // Your name: a refusal clears as soon as the field changes; saved, it shows in the account menu.
  const nameForm = page.getByRole("form", { name: "Your name and role" });
  await nameForm.getByLabel("Your name").fill("   ");
  await nameForm.getByRole("button", { name: "Save", exact: true }).click();
  await expect(nameForm.getByLabel("Your name")).toBeFocused();
  await expect(nameForm.getByText("Tell us your name.")).toBeVisible();
  await nameForm.getByLabel("Your name").fill("Ada Lovelace");
  await expect(nameForm.getByText("Tell us your name.")).toHaveCount(0);
  await expect(nameForm.getByLabel("Your name")).not.toHaveAttribute("aria-invalid");
  await nameForm.getByLabel("Your role (optional)").fill("Engineering manager at Contoso");
  await nameForm.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved. Your messages are now signed “Ada Lovelace”.")).toBeVisible();
  await page.reload();
  await expect(nameForm.getByLabel("Your role (optional)")).toHaveValue("Engineering manager at Contoso");
});
