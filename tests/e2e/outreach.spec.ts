import type { Page } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { seriousViolations } from "./support/axe";
import { addMentor } from "./support/mentors";
import { expect, test } from "./support/test";

const nav = (page: Page, name: string) =>
  page.getByRole("navigation", { name: "Main" }).getByRole("link", { name, exact: true }).click();
const currentStage = (page: Page) => page.getByTestId("outreach-stage").locator('[aria-current="step"]');
const target = (page: Page, key: string) => page.locator(`[data-target="${key}"]`);

async function startSprint(page: Page) {
  await page.goto("/sprint");
  await page.getByRole("button", { name: "Start the sprint" }).click();
  await expect(page.getByTestId("sprint-heading")).toBeVisible();
}

test("a prospect goes from research to an active mentorship, and the sprint counts each step", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signIn(page, uniqueEmail("outreach"));
  await startSprint(page);
  await expect(target(page, "outreach")).toContainText("0/5");
  const mentorUrl = await addMentor(page, "Ada Lovelace", "Sage");
  // A new prospect's page leads with outreach, not check-ins.
  await expect(page.getByTestId("next-step")).toContainText("Next: reach out");
  await expect(page.getByRole("form", { name: "Log a check-in" })).toHaveCount(0);
  await page.getByRole("link", { name: "Start outreach" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Outreach to Ada Lovelace" })).toBeVisible();
  await expect(currentStage(page)).toHaveText("Prospect");
  expect(await seriousViolations(page)).toEqual([]);

  // 1. Research: refused while incomplete, then complete.
  const research = page.getByRole("form", { name: "Research and value proposition" });
  await research.getByRole("button", { name: "Mark researched" }).click();
  await expect(research.getByRole("alert")).toContainText("A few answers are missing");
  await expect(research.getByText("Name at least one challenge they face.")).toBeVisible();
  await research.getByLabel("Link 1", { exact: true }).fill("https://talks.example/engines");
  await research.getByLabel("What struck you about link 1").fill("Her talk on analytical engines");
  await research.getByLabel("Three challenges they face 1").fill("Funding the engine");
  await research.getByLabel("Three ways I could help 1").fill("Introduce her to patrons");
  await research.getByLabel("What I need from them").fill("Advice on mathematical notation");
  await research.getByLabel("What I offer them").fill("Patrons who fund engines");
  await research.getByRole("button", { name: "Mark researched" }).click();
  await expect(currentStage(page)).toHaveText("Researched");

  // 2. Compose: prompts from the research, live preview, warnings, then mark as sent.
  const composer = page.getByRole("form", { name: "Outreach message" });
  await expect(composer).toBeVisible();
  await expect(composer.getByText("Their work: Her talk on analytical engines")).toBeVisible();
  // A research prompt goes into the message at the caret.
  await composer.getByRole("button", { name: "Insert “Her talk on analytical engines”" }).click();
  await expect(composer.getByLabel("A specific compliment")).toHaveValue("Her talk on analytical engines");
  await composer
    .getByLabel("A specific compliment")
    .fill("Your talk on analytical engines changed how I think about notation.");
  await composer.getByLabel("One clear, limited ask").fill("Could we talk for 20 minutes? Or by email? Or both?");
  await expect(page.getByTestId("message-warnings")).toContainText("The ask has 3 question marks");
  await composer.getByLabel("One clear, limited ask").fill("Could we talk for 20 minutes in the next few weeks?");
  await expect(page.getByTestId("message-warnings")).toHaveCount(0);
  await composer.getByLabel("An offer of value").fill("I could introduce you to two patrons.");
  await composer.getByLabel("An easy way to say no").fill("If now isn't a good time, no worries at all.");
  await expect(page.getByTestId("message-preview")).toContainText("Hi Ada,");
  await expect(page.getByTestId("message-preview")).toContainText(
    "Could we talk for 20 minutes in the next few weeks?",
  );
  await expect(page.getByTestId("word-count")).toContainText(/\d+ words/);
  const mailto = await composer.getByRole("link", { name: "Open in email" }).getAttribute("href");
  expect(new URL(mailto!).searchParams.get("body")).toContain("I could introduce you to two patrons.");
  await composer.getByRole("button", { name: "Copy message" }).click();
  await expect(composer.getByRole("button", { name: "Copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^Subject: A question from a fan of your work\n\nHi Ada,/);
  expect(copied).toContain("Your talk on analytical engines");
  // Where the browser will not copy (plain http at a LAN address), it says so and selects the message.
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException("Not allowed", "NotAllowedError"));
  });
  await composer.getByRole("button", { name: "Copy message" }).click();
  await expect(composer.getByRole("status").filter({ hasText: "would not copy" })).toBeVisible();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toContain("Hi Ada,");
  await composer.getByRole("button", { name: "Mark as sent" }).click();
  await expect(currentStage(page)).toHaveText("Contacted");

  // 3. The reply.
  const reply = page.getByRole("form", { name: "Their reply" });
  await expect(reply.getByText(/Follow up on your message to Ada Lovelace/)).toBeVisible();
  await reply.getByLabel("Yes: let's talk").check();
  await reply.getByRole("button", { name: "Record reply" }).click();
  await expect(currentStage(page)).toHaveText("In conversation");

  // 4. The first conversation: prep, notes, thank-you from the takeaways, a rhythm.
  await expect(page.getByText("Always ask: What's the best way I can help you?")).toBeVisible();
  const prep = page.getByRole("form", { name: "Prep sheet" });
  await prep.getByLabel("My questions (one per line)").fill("How did you choose your notation?");
  await prep.getByLabel("Notes during the conversation").fill("She prefers letters to meetings.");
  await prep.getByRole("button", { name: "Save prep and notes" }).click();
  await expect(prep.getByText("Saved.")).toBeVisible();
  const after = page.getByRole("form", { name: "After the first conversation" });
  await after.getByLabel("Specific takeaways (one per line)").fill("Write notes as tables\nPublish the translation");
  await after.getByLabel("Proposed follow-up rhythm").selectOption("30");
  await after.getByRole("button", { name: "Draft from my takeaways" }).click();
  await expect(after.getByLabel("Thank-you note")).toHaveValue(/- Write notes as tables\n- Publish the translation/);
  await after.getByRole("button", { name: "Log it and make active" }).click();
  await expect(currentStage(page)).toHaveText("Active");

  // The mentor page: Active, a monthly rhythm, each stage change on the timeline.
  await page.goto(mentorUrl);
  await expect(page.getByText("Every 30 days").first()).toBeVisible();
  const timeline = page.getByRole("region", { name: "Timeline" });
  for (const change of [
    "Prospect → Researched",
    "Researched → Contacted",
    "Contacted → In conversation",
    "In conversation → Active",
  ]) {
    await expect(timeline.getByText(`Stage: ${change}`)).toBeVisible();
  }
  await expect(timeline.getByText("Write notes as tables")).toBeVisible();

  // The sprint counted the research, the outreach and the first conversation.
  await page.goto("/sprint");
  await expect(target(page, "researched")).toContainText("1/15");
  await expect(target(page, "outreach")).toContainText("1/5");
  await expect(target(page, "first-conversations")).toContainText("1/3");
});

test("an introduction and a credited win show on both timelines and on the map", async ({ page }) => {
  await signIn(page, uniqueEmail("intro"));
  await page.goto("/gaps");
  await page.getByRole("button", { name: "Add an area" }).click();
  const area = page.getByRole("form", { name: "Add an area" });
  await area.getByLabel("Name", { exact: true }).fill("Leadership");
  await area.getByLabel("Now (1–10)").fill("3");
  await area.getByLabel("Target (1–10)").fill("8");
  await area.getByRole("button", { name: "Add area" }).click();
  await expect(page.getByRole("heading", { name: "Leadership" })).toBeVisible();
  for (const [name, category] of [
    ["Grace Hopper", "Sage"],
    ["Linus Torvalds", "Peer"],
  ] as const) {
    await page.goto(`/mentors/new`);
    await page.getByLabel("Name").fill(name);
    await page.getByRole("radio", { name: new RegExp(`^${category}`) }).check();
    await page.getByLabel("Stage").selectOption("ACTIVE");
    await page.getByRole("checkbox", { name: "Leadership" }).check();
    await page.getByRole("button", { name: "Add mentor" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  }

  await nav(page, "Introductions");
  const form = page.getByRole("form", { name: "Record an introduction" });
  await form.getByLabel("I introduced").selectOption({ label: "Grace Hopper (Sage)" });
  await form.getByLabel("to", { exact: true }).selectOption({ label: "Linus Torvalds (Peer)" });
  await form.getByLabel("Why").fill("Both care about compilers");
  await form.getByRole("button", { name: "Record introduction" }).click();
  await expect(page.getByTestId("introduction")).toContainText("Grace Hopper → Linus Torvalds");
  expect(await seriousViolations(page)).toEqual([]);

  await nav(page, "Wins");
  const win = page.getByRole("form", { name: "Log a win" });
  await win.getByLabel("What went well").fill("Shipped the first compiler");
  await win.getByRole("checkbox", { name: /Grace Hopper/ }).check();
  await win.getByRole("checkbox", { name: /Linus Torvalds/ }).check();
  await win.getByRole("button", { name: "Log win" }).click();
  await expect(page.getByTestId("win")).toContainText("Shipped the first compiler");
  expect(await seriousViolations(page)).toEqual([]);

  // On the dashboard: the win waits to be shared; the introduction is drawn on the map.
  await nav(page, "Map");
  await expect(page.getByTestId("unshared-wins")).toContainText("Shipped the first compiler");
  await expect(page.getByTestId("unshared-wins")).toContainText("· tell Grace Hopper, Linus Torvalds");
  await page.getByTestId("show-introductions").check();
  await expect(page.getByTestId("introduction-lines").locator("path[data-introduction]")).toHaveCount(1);
  await expect(page.getByTestId("introductions-list")).toContainText("Grace Hopper → Linus Torvalds");
  await expect(page.locator("a.chip[data-introduced]")).toHaveCount(2);

  // Both timelines.
  for (const [name, text] of [
    ["Grace Hopper", "you introduced them to Linus Torvalds"],
    ["Linus Torvalds", "you introduced Grace Hopper to them"],
  ] as const) {
    await page
      .getByTestId("mentorship-map")
      .getByRole("link", { name: new RegExp(`^${name}`) })
      .click();
    const timeline = page.getByRole("region", { name: "Timeline" });
    await expect(timeline).toContainText(text);
    await expect(timeline).toContainText("Shipped the first compiler");
    await expect(page.getByTestId("mentor-wins")).toContainText("not told yet");
    await page.goto("/dashboard");
  }

  // Telling them and sharing publicly clears the dashboard and meets the sprint target.
  await page.goto("/wins");
  await page.getByRole("checkbox", { name: "told Grace Hopper" }).check();
  await page.getByRole("checkbox", { name: "told Linus Torvalds" }).check();
  await page.getByRole("checkbox", { name: /Shared publicly/ }).check();
  await expect(page.getByRole("checkbox", { name: /Shared publicly \(/ })).toBeChecked();
  await page.goto("/dashboard");
  await expect(page.getByTestId("unshared-wins")).toHaveCount(0);
});

test("a warm path: ask a mentor who knows the prospect for an introduction, then record it on both timelines", async ({
  page,
}) => {
  await signIn(page, uniqueEmail("warmpath"));
  await page.goto("/mentors/new");
  await page.getByLabel("Name").fill("Aisha Mensah");
  await page.getByLabel("Organisation (optional)").fill("Northwind");
  await page.getByRole("radio", { name: /^Peer/ }).check();
  await page.getByLabel("Stage").selectOption("ACTIVE");
  await page.getByRole("button", { name: "Add mentor" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Aisha Mensah" })).toBeVisible();
  const aisha = page.url();
  await page.goto("/mentors/new");
  await page.getByLabel("Name").fill("Dana Reyes");
  await page.getByLabel("Organisation (optional)").fill("Northwind");
  await page.getByRole("radio", { name: /^Sage/ }).check();
  await page.getByRole("button", { name: "Add mentor" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dana Reyes" })).toBeVisible();

  const warm = page.getByRole("region", { name: "Warm paths" });
  await expect(warm.getByRole("link", { name: "Aisha Mensah" })).toBeVisible();
  await expect(warm.getByText("Both work at Northwind.")).toBeVisible();
  await warm.getByRole("button", { name: "Ask Aisha for an introduction" }).click();
  await warm.getByLabel("Why Dana Reyes").fill("She built Northwind's mentoring programme");
  await warm.getByLabel("The one question you would ask").fill("What made it stick?");
  const draft = warm.getByLabel("Your request to Aisha");
  await expect(draft).toHaveValue(/^Hi Aisha,\n\nWould you be comfortable introducing me to Dana Reyes\?/);
  await expect(draft).toHaveValue(/There is one question I would love to ask: What made it stick\?/);
  await expect(draft).toHaveValue(/you would rather not, no problem at all/);

  await warm.getByRole("button", { name: "Aisha introduced us" }).click();
  await expect(
    page.getByRole("status").getByText("Recorded: Aisha Mensah introduced you to Dana Reyes."),
  ).toBeVisible();
  const danaTimeline = page.getByRole("region", { name: "Timeline" });
  await expect(danaTimeline.getByText("Introduced by Aisha Mensah")).toBeVisible();
  await page.goto(aisha);
  await expect(page.getByRole("region", { name: "Timeline" }).getByText("Introduced me to Dana Reyes")).toBeVisible();
});
