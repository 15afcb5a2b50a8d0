import { signIn, uniqueEmail } from "./support/auth";
import { addMentor } from "./support/mentors";
import { expect, test } from "./support/test";

test("a mentor far away: their time zone and hours, the hours you share, and an async check-in with a link", async ({
  page,
}) => {
  await signIn(page, uniqueEmail("zones"));
  await addMentor(page, "Priya Raman", "Sage", "ACTIVE");
  await page.getByRole("button", { name: "Edit profile" }).click();
  const form = page.getByRole("region", { name: "Edit profile" });
  await form.getByLabel("Their time zone (e.g. Europe/Stockholm)").fill("Kolkata");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(form.getByText(/Use a time zone such as Europe\/Stockholm/)).toBeVisible();

  await form.getByLabel("Their time zone (e.g. Europe/Stockholm)").fill("Asia/Kolkata");
  await form.getByLabel("Their working day starts").selectOption("10");
  await page.getByRole("button", { name: "Save profile" }).click();
  const time = page.getByRole("region", { name: "Priya Raman’s time" });
  // The user's zone is UTC (a new account): Kolkata is five and a half hours ahead.
  await expect(time).toContainText(/Their time: \w+day \d\d:\d\d \(Asia\/Kolkata, 5 h 30 min ahead of you\)/);
  // 10:00–18:00 in Kolkata is 04:30–12:30 UTC; with 09:00–18:00 UTC that leaves 09:00–12:30.
  await expect(time).toContainText(/Both at work next \(your time\): (\w{3} \d{1,2} \w{3} \d\d:\d\d–12:30)/);

  await page.reload();
  await page.getByRole("button", { name: "Edit profile" }).click();
  await expect(form.getByLabel("Their working day starts")).toHaveValue("10");
  await expect(form.getByLabel("Their working day ends")).toHaveValue("");

  await page.getByRole("button", { name: "Cancel" }).click();

  // Async: a voice note sent, its link kept and shown as a link that opens elsewhere.
  await page.getByRole("button", { name: "Log a check-in" }).click();
  const logForm = page.getByRole("form", { name: "Log a check-in" });
  await logForm.getByLabel("How").selectOption("ASYNC");
  await logForm.getByLabel("Links").fill("javascript:alert(1)");
  await logForm.getByRole("button", { name: "Log check-in" }).click();
  await expect(logForm.getByText("A link must be a web address starting with https:// or http://.")).toBeVisible();
  await logForm.getByLabel("Links").fill("https://voice.example/notes/42");
  await logForm.getByRole("button", { name: "Log check-in" }).click();
  const link = page.getByRole("link", { name: "voice.example/notes/42" });
  await expect(link).toHaveAttribute("href", "https://voice.example/notes/42");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow");

  // The quick check-in says the time there too.
  await page.goto("/mentors");
  await page.keyboard.press("c");
  const dialog = page.getByRole("dialog", { name: "Log a check-in" });
  await dialog.getByRole("combobox").fill("priya");
  await expect(dialog.getByRole("option", { name: /Priya Raman/ })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(dialog.getByTestId("quick-their-time")).toContainText(
    /It is \w+day \d\d:\d\d for Priya Raman \(Asia\/Kolkata, 5 h 30 min ahead of you\)\. Both at work next: .+ your time\./,
  );
});
