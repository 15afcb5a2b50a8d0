import type { Locator, Page } from "@playwright/test";
import { addDays, format } from "date-fns";
import { signIn, uniqueEmail } from "./support/auth";
import { addMentor } from "./support/mentors";
import { expect, test } from "./support/test";

// Dates read as the browser's locale writes them (en-US here, as its date fields take them).
const day = (offset = 0) => format(addDays(new Date(), offset), "MMM d, yyyy");

test("filter and search the list", async ({ page }) => {
  await signIn(page, uniqueEmail("lister"));
  await addMentor(page, "Ada Lovelace", "Sage", "ACTIVE");
  await addMentor(page, "Grace Hopper", "Peer");
  await page.goto("/mentors");
  // Search as you type: no Enter, no reload; the URL follows.
  await page.getByRole("searchbox", { name: "Search" }).fill("grac");
  await expect(page).toHaveURL(/q=grac/);
  await expect(page.getByRole("link", { name: "Ada Lovelace" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Grace Hopper" })).toBeVisible();
  await page.getByRole("searchbox", { name: "Search" }).fill("");
  await expect(page).toHaveURL(/\/mentors$/);
  await expect(page.getByRole("link", { name: "Ada Lovelace" })).toBeVisible();

  // Filters sit behind a compact bar, and each one on is a removable chip.
  await page.locator("summary", { hasText: "Filters" }).click();
  await page.getByLabel("Category").selectOption("SAGE");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("link", { name: "Ada Lovelace" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Grace Hopper" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Remove the filter Category: Sage" })).toBeVisible();
  // The filters live in the URL: back-button safe and shareable.
  await page.goBack();
  await expect(page.getByRole("link", { name: "Grace Hopper" })).toBeVisible();
  await page.goForward();
  await page.getByRole("link", { name: "Remove the filter Category: Sage" }).click();
  await expect(page).toHaveURL(/\/mentors$/);
  await expect(page.getByRole("link", { name: "Grace Hopper" })).toBeVisible();
});

test("open a mentor, log a check-in and see the next one move, log value both ways and see the balance", async ({
  page,
}) => {
  await signIn(page, uniqueEmail("rhythm"));
  await addMentor(page, "Margaret Okafor", "Sage", "ACTIVE");
  await page.getByRole("region", { name: "Relationship" }).getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("Check in every … days").fill("30");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Every 30 days")).toBeVisible();

  // An active mentor's page leads with check-ins; the form opens from its button.
  await expect(page.getByTestId("next-step")).toHaveCount(0);
  await page.getByRole("button", { name: "Log a check-in" }).click();
  const logForm = page.getByRole("form", { name: "Log a check-in" });
  await logForm.getByLabel("How").selectOption("COFFEE");
  await logForm.getByLabel("Notes").fill("Talked about leading a team of six.");
  await logForm.getByLabel("Takeaways").fill("Weekly 1:1s, no skipping.");
  await logForm.getByRole("button", { name: "Log check-in" }).click();
  await expect(page.getByTestId("next-check-in")).toContainText(day(30));
  await expect(page.getByRole("region", { name: "Timeline" }).getByText("Weekly 1:1s, no skipping.")).toBeVisible();

  await page.getByRole("button", { name: "Log value exchanged" }).click();
  const valueForm = page.getByRole("form", { name: "Log value exchanged" });
  await valueForm.getByLabel("What").fill("Reviewed her keynote");
  await valueForm.getByRole("button", { name: "Log value" }).click();
  await expect(page.getByTestId("value-balance")).toContainText("Given1Received0Balance+1");
  await valueForm.getByRole("radio", { name: "I received" }).check();
  await valueForm.getByLabel("Kind").selectOption("INTRODUCTION");
  await valueForm.getByLabel("What").fill("Intro to her CFO");
  await valueForm.getByRole("button", { name: "Log value" }).click();
  await expect(page.getByTestId("value-balance")).toContainText("Given1Received1Balance0");
});

test("snooze a due check-in from the dashboard: the choices appear when Snooze opens", async ({ page }) => {
  await signIn(page, uniqueEmail("snoozer"));
  await addMentor(page, "Ruth Mensah", "Sage", "ACTIVE");
  await page.getByRole("region", { name: "Relationship" }).getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("Check in every … days").fill("30");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Every 30 days")).toBeVisible();
  // A check-in 30 days ago makes the next one due today.
  await page.getByRole("button", { name: "Log a check-in" }).click();
  const logForm = page.getByRole("form", { name: "Log a check-in" });
  await logForm.getByLabel("Date").fill(format(addDays(new Date(), -30), "yyyy-MM-dd"));
  await logForm.getByRole("button", { name: "Log check-in" }).click();
  await expect(page.getByTestId("next-check-in")).toContainText(day(0));

  await page.goto("/dashboard");
  const due = page.getByRole("region", { name: "Due in the next 7 days" });
  await expect(due.getByRole("link", { name: "Check in with Ruth Mensah" })).toBeVisible();
  // A long list of reminders does not draw every snooze form up front.
  await expect(due.locator("button", { hasText: "1 week" })).toHaveCount(0);
  await due.locator("summary", { hasText: "Snooze" }).click();
  await due.getByRole("button", { name: "1 week" }).click();
  await expect(page.getByRole("status").getByText(/Snoozed until .*: Check in with Ruth Mensah\./)).toBeVisible();
});

test("log a check-in from anywhere with the C key and a mentor picker", async ({ page }) => {
  await signIn(page, uniqueEmail("quick"));
  await addMentor(page, "Jonah Weiss", "Reverse", "ACTIVE");
  await page.goto("/mentors");
  await page.keyboard.press("c");
  const dialog = page.getByRole("dialog", { name: "Log a check-in" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("combobox").fill("jon");
  await expect(dialog.getByRole("option", { name: /Jonah Weiss/ })).toBeVisible();
  await page.keyboard.press("Enter");
  await dialog.getByLabel("Notes").fill("Showed me his AI coding setup");
  await dialog.getByRole("button", { name: "Log check-in" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Check-in with Jonah Weiss logged.")).toBeVisible();
});

/** The pipeline's keyboard move: pick the card up, wait for the next column to light up, drop. */
async function moveOneColumnRight(page: Page, card: Locator, to: string) {
  await card.focus();
  await page.keyboard.press("Space");
  await expect(card).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("ArrowRight");
  await expect(page.locator(`[data-stage="${to}"][data-over]`)).toBeVisible();
  await page.keyboard.press("Space");
}

test("drag a card across the pipeline with the mouse and with the keyboard", async ({ page, keyboardOnly }) => {
  await signIn(page, uniqueEmail("pipeline"));
  await addMentor(page, "Henrik Bauer", "Sage");
  await page.goto("/mentors/pipeline");
  const card = page.getByRole("button", { name: /^Move Henrik Bauer/ });
  const researched = page.locator('[data-stage="RESEARCHED"]');
  await expect(page.locator('[data-stage="PROSPECT"]').getByTestId("card-Henrik Bauer")).toBeVisible();

  if (keyboardOnly) {
    // Keyboard-only runs move this step with the keyboard as well.
    await moveOneColumnRight(page, card, "RESEARCHED");
  } else {
    // Mouse.
    const from = (await card.boundingBox())!;
    const to = (await researched.boundingBox())!;
    await page.mouse.move(from.x + 10, from.y + 10);
    await page.mouse.down();
    await page.mouse.move(from.x + 30, from.y + 20, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + 60, { steps: 10 });
    await page.mouse.up();
  }
  await expect(researched.getByTestId("card-Henrik Bauer")).toBeVisible();
  await expect(page.getByText("Henrik Bauer moved to Researched.").first()).toBeVisible();

  // Keyboard.
  await moveOneColumnRight(page, researched.getByRole("button", { name: /^Move Henrik Bauer/ }), "CONTACTED");
  await expect(page.locator('[data-stage="CONTACTED"]').getByTestId("card-Henrik Bauer")).toBeVisible();
  // The card moves at once; the toast says the server has saved it (leaving before then raced the save).
  await expect(page.getByText("Henrik Bauer moved to Contacted.").first()).toBeVisible();

  // The card's ⋯ menu (a plain button until first used): by keyboard, or by mouse.
  const more = page.getByRole("button", { name: "Change the stage of Henrik Bauer" });
  if (keyboardOnly) {
    await more.focus();
    await page.keyboard.press("Enter");
    const target = page.getByRole("menuitem", { name: "Move to In conversation" });
    await expect(target).toBeVisible();
    for (let i = 0; i < 8 && !(await target.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press("ArrowDown");
    await expect(target).toBeFocused();
    await page.keyboard.press("Enter");
  } else {
    await more.click();
    await page.getByRole("menuitem", { name: "Move to In conversation" }).click();
  }
  await expect(page.locator('[data-stage="IN_CONVERSATION"]').getByTestId("card-Henrik Bauer")).toBeVisible();
  await expect(page.getByText("Henrik Bauer moved to In conversation.").first()).toBeVisible();

  // Every move is in the mentor's history.
  await page.locator('[data-stage="IN_CONVERSATION"]').getByRole("link", { name: "Henrik Bauer" }).click();
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline.getByText("Stage: Prospect → Researched")).toBeVisible();
  await expect(timeline.getByText("Stage: Researched → Contacted")).toBeVisible();
  await expect(timeline.getByText("Stage: Contacted → In conversation")).toBeVisible();
});

test("delete a mentor and undo", async ({ page }) => {
  await signIn(page, uniqueEmail("undo"));
  const url = await addMentor(page, "Tom Lindqvist", "Sage");
  // Delete lives in the ⋯ menu, away from the main action.
  await page.getByRole("button", { name: "More actions for Tom Lindqvist" }).click();
  await page.getByRole("menuitem", { name: "Delete" }).click();
  await expect(page).toHaveURL(/\/mentors\?deleted=/);
  await expect(page.getByText("Tom Lindqvist was deleted.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Tom Lindqvist" })).toHaveCount(0);
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(page).toHaveURL(url);
  await expect(page.getByRole("heading", { level: 1, name: "Tom Lindqvist" })).toBeVisible();
});

test("bulk-change the stage of a selection, then bulk-delete and undo", async ({ page }) => {
  await signIn(page, uniqueEmail("bulk"));
  await addMentor(page, "Fatima Zahra", "Sage");
  await addMentor(page, "Ravi Shah", "Peer");
  await page.goto("/mentors");
  await page.getByRole("checkbox", { name: "Select all on this page" }).check();
  await page.getByLabel("Bulk action", { exact: true }).selectOption("stage");
  await page.getByLabel("New stage").selectOption("RESEARCHED");
  await page.getByRole("button", { name: "Apply", exact: true }).last().click();
  await expect(page.getByText("Updated 2 mentors.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Fatima Zahra/ })).toContainText("Researched");
  await expect(page.getByRole("row", { name: /Ravi Shah/ })).toContainText("Researched");

  await page.getByRole("checkbox", { name: "Select Ravi Shah" }).check();
  await page.getByLabel("Bulk action", { exact: true }).selectOption("delete");
  await page.getByRole("region", { name: "Bulk actions" }).getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("link", { name: "Ravi Shah" })).toHaveCount(0);
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(page.getByRole("link", { name: "Ravi Shah" })).toBeVisible();
});

test("notes render as Markdown without running anything", async ({ page }) => {
  await signIn(page, uniqueEmail("notes"));
  await addMentor(page, "Mei Chen", "Peer");
  let alerted = false;
  page.on("dialog", async (d) => {
    alerted = true;
    await d.dismiss();
  });
  await page.getByRole("button", { name: "Edit profile" }).click();
  await page
    .getByRole("region", { name: "Edit profile" })
    .getByLabel("Notes")
    .fill(
      '**Product lead**\n\n<img src=x onerror="alert(1)">\n\n[click me](javascript:alert(2)) and [her site](https://example.com)',
    );
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.locator("strong", { hasText: "Product lead" })).toBeVisible();
  await expect(page.getByRole("link", { name: "her site" })).toHaveAttribute("href", "https://example.com/");
  await expect(page.getByRole("link", { name: "click me" })).toHaveCount(0);
  await expect(page.locator("img")).toHaveCount(0);
  expect(alerted).toBe(false);
});
