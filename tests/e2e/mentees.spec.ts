import { readMail, signIn, uniqueEmail } from "./support/auth";
import { seriousViolations } from "./support/axe";
import { expect, test } from "./support/test";

test("mentoring: add someone you mentor, log a session, what they teach back and a win, move their stage; the dashboard shows who is due", async ({
  page,
  browser,
}) => {
  await signIn(page, uniqueEmail("mentoring"));
  await page.goto("/mentees");
  await expect(page.getByRole("heading", { name: "Nobody yet" })).toBeVisible();
  await page.getByRole("link", { name: "Add someone you mentor" }).click();

  const add = page.getByRole("form", { name: "Add someone you mentor" });
  await add.getByRole("button", { name: "Add" }).click();
  await expect(add.getByText("Enter a name.")).toBeVisible();
  await add.getByLabel("Name").fill("Sam Rivera");
  await add.getByLabel("Their goals").fill("Lead a team within a year");
  await add.getByLabel("A session every … days (optional)").fill("7");
  await add.getByRole("button", { name: "Add" }).click();
  await expect(page.getByRole("heading", { name: "Sam Rivera" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Their goals" })).toContainText("Lead a team within a year");
  await expect(page.getByTestId("next-session")).toContainText("session due soon");

  // A session is a check-in: the same form, on the same timeline.
  await page.getByRole("button", { name: "Log a session" }).click();
  const session = page.getByRole("form", { name: "Log a session" });
  await session.getByLabel("Notes").fill("Talked through their first 1:1s.");
  await session.getByRole("button", { name: "Log session" }).click();
  await expect(page.getByRole("region", { name: "Timeline" })).toContainText("Talked through their first 1:1s.");
  await expect(page.getByRole("region", { name: "Sessions" })).toContainText("1 session held");

  await page.getByRole("button", { name: "Log value exchanged" }).click();
  const value = page.getByRole("form", { name: "Log value exchanged" });
  await value.getByLabel("What").fill("Showed me their team's code review bot");
  await value.getByRole("button", { name: "Log value" }).click();
  await expect(page.getByTestId("mentee-value")).toContainText("They taught you 1 thing");

  await page.getByRole("button", { name: "Log a win of theirs" }).click();
  const win = page.getByRole("form", { name: "Log a win of theirs" });
  await win.getByLabel("What they achieved").fill("Ran their first retro");
  await win.getByLabel("They agreed to have this story shared").check();
  await win.getByRole("button", { name: "Log win" }).click();
  await expect(page.getByRole("region", { name: "Timeline" })).toContainText("Their win: Ran their first retro");
  expect(await seriousViolations(page)).toEqual([]);

  // Overdue: the dashboard's Mentoring panel lists them.
  const details = page.getByRole("form", { name: "Details of Sam Rivera" });
  await details.getByLabel("Next session").fill("2026-01-05");
  await details.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("next-session")).toContainText("session overdue");
  await page.goto("/dashboard");
  const panel = page.getByRole("region", { name: "Mentoring" });
  await expect(panel.getByTestId("mentees-due")).toContainText("Sam Rivera");
  await expect(panel).toContainText("session overdue since");

  // Alumni: no session falls due.
  await panel.getByRole("link", { name: "Sam Rivera" }).click();
  await page.getByLabel("Stage").selectOption("ALUMNI");
  await page.getByRole("button", { name: "Move" }).click();
  await expect(page.getByRole("region", { name: "Timeline" })).toContainText("Stage: Active → Alumni");
  await expect(page.getByTestId("next-session")).toContainText("no sessions");
  const url = page.url();

  await page.goto("/mentees?stage=ALUMNI");
  await expect(page.getByRole("link", { name: "Sam Rivera" })).toBeVisible();
  await page.goto("/mentees?stage=ACTIVE");
  await expect(page.getByRole("link", { name: "Sam Rivera" })).toHaveCount(0);

  // Someone else gets a not-found.
  const bob = await (await browser.newContext()).newPage();
  await signIn(bob, uniqueEmail("mentoring-bob"));
  expect((await bob.goto(url))?.status()).toBe(404);
  await expect(bob.getByText("Sam Rivera")).toHaveCount(0);

  // Deleting asks first.
  await page.goto(url);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Delete Sam Rivera" }).click();
  await expect(page).toHaveURL(/\/mentees$/);
  await expect(page.getByRole("heading", { name: "Nobody yet" })).toBeVisible();
});

test("group sessions: schedule one, invite mentees (an invitation by mail to each with an address), then say who came", async ({
  page,
}) => {
  await signIn(page, uniqueEmail("circle"));
  const kai = uniqueEmail("kai");
  for (const [name, email] of [
    ["Kai Nakamura", kai],
    ["Priya Raman", ""],
  ]) {
    await page.goto("/mentees/new");
    const add = page.getByRole("form", { name: "Add someone you mentor" });
    await add.getByLabel("Name").fill(name!);
    if (email) await add.getByLabel("Email (optional)").fill(email);
    await add.getByRole("button", { name: "Add" }).click();
    await expect(page.getByRole("heading", { name })).toBeVisible();
  }
  await page.goto("/mentees");
  await page.getByRole("link", { name: "Group sessions" }).click();
  const form = page.getByRole("form", { name: "Schedule a group session" });
  await form.getByRole("button", { name: "Schedule and invite" }).click();
  await expect(form.getByText("Give the session a title.")).toBeVisible();
  await form.getByLabel("Title").fill("Quarterly circle");
  await form.getByLabel("Kai Nakamura").check();
  await form.getByLabel("Priya Raman").check();
  await form.getByRole("button", { name: "Schedule and invite" }).click();
  const upcoming = page.getByRole("region", { name: "Coming up" });
  await expect(upcoming).toContainText("Quarterly circle");
  await expect(upcoming).toContainText("Kai Nakamura, Priya Raman (no invitation sent)");
  const mail = await readMail(kai);
  expect(mail.subject).toBe("Invitation: Quarterly circle");
  expect(mail.text).toContain("The invitation is attached");
  expect(await seriousViolations(page)).toEqual([]);
});

test("answers to common questions: put one on the shelf, send it to a mentee with a sentence of your own", async ({
  page,
}) => {
  await signIn(page, uniqueEmail("shelf"));
  const sam = uniqueEmail("sam");
  await page.goto("/mentees/new");
  const add = page.getByRole("form", { name: "Add someone you mentor" });
  await add.getByLabel("Name").fill("Sam Rivera");
  await add.getByLabel("Email (optional)").fill(sam);
  await add.getByRole("button", { name: "Add" }).click();
  await expect(page.getByRole("heading", { name: "Sam Rivera" })).toBeVisible();
  const menteeUrl = page.url();

  await page.goto("/mentees");
  await page.getByRole("link", { name: "Answers" }).click();
  const shelf = page.getByRole("form", { name: "Add an answer" });
  await shelf.getByLabel("Title").fill("How I prepare for a 1:1");
  await shelf.getByLabel("Link").fill("javascript:alert(1)");
  await shelf.getByRole("button", { name: "Add to the shelf" }).click();
  await expect(shelf.getByText("Enter a web address starting with https:// or http://.")).toBeVisible();
  await shelf.getByLabel("Link").fill("https://video.example/v/1on1");
  await shelf.getByRole("button", { name: "Add to the shelf" }).click();
  await expect(page.getByRole("link", { name: "How I prepare for a 1:1" })).toHaveAttribute(
    "href",
    "https://video.example/v/1on1",
  );

  await page.goto(menteeUrl);
  await page.getByRole("button", { name: "Send Sam Rivera an answer" }).click();
  const send = page.getByRole("form", { name: "Send Sam Rivera an answer" });
  await send.getByLabel("A sentence of your own").fill("This is how I think about it.");
  await send.getByRole("button", { name: "Send" }).click();
  await expect(page.getByTestId("mentee-value")).toContainText("you gave 1");
  const mail = await readMail(sam);
  expect(mail.subject).toBe("How I prepare for a 1:1");
  expect(mail.text).toContain("This is how I think about it.");
});

test("the impact page: sessions and hours given, mentees by stage, downloadable as Markdown", async ({ page }) => {
  await signIn(page, uniqueEmail("impact"));
  await page.goto("/mentees/new");
  const add = page.getByRole("form", { name: "Add someone you mentor" });
  await add.getByLabel("Name").fill("Sam Rivera");
  await add.getByRole("button", { name: "Add" }).click();
  await expect(page.getByRole("heading", { name: "Sam Rivera" })).toBeVisible();
  await page.getByRole("button", { name: "Log a session" }).click();
  const session = page.getByRole("form", { name: "Log a session" });
  await session.getByLabel("Length in minutes (optional)").fill("90");
  await session.getByRole("button", { name: "Log session" }).click();
  await expect(page.getByRole("region", { name: "Sessions" })).toContainText("1 session held");

  await page.goto("/mentees");
  await page.getByRole("link", { name: "Impact" }).click();
  const figures = page.getByTestId("impact-figures");
  await expect(figures).toContainText("Sessions held1");
  await expect(figures).toContainText("Hours given1.5");
  await expect(page.getByRole("table", { name: "Mentees in each stage at the end of each month" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download as Markdown" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^mentoring-impact-\d{4}-\d{2}-\d{2}\.md$/);
  const picture = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download as PNG" }).click();
  const png = await picture;
  expect(png.suggestedFilename()).toMatch(/^mentoring-impact-\d{4}-\d{2}-\d{2}\.png$/);
  const bytes = await (await png.createReadStream()).toArray();
  expect(Buffer.concat(bytes).subarray(1, 4).toString()).toBe("PNG");
});
