import type { Page } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { seriousViolations } from "./support/axe";
import { addArea } from "./support/gaps";
import { tabTo, typeInto } from "./support/keyboard";
import { expect, test } from "./support/test";

const step = (page: Page, n: number, name: string) =>
  expect(page.getByRole("heading", { name: `Step ${n} of 6: ${name}` })).toBeVisible();
const next = async (page: Page) => {
  await tabTo(page, page.getByRole("button", { name: /^(Next|Finish and see my map)$/ }));
  await page.keyboard.press("Enter");
};

test("a brand-new user completes the gap analysis with the keyboard only, sees the gaps and fills one", async ({
  page,
  keyboardOnly,
}) => {
  // Keyboard-only by construction (Tab, Enter and typing throughout): the keyboard project would run it a second time.
  test.skip(keyboardOnly, "already keyboard-only in the app project");
  await signIn(page, uniqueEmail("wizard"));
  // From here on, only the keyboard.
  await tabTo(page, page.getByRole("link", { name: "Start the gap analysis" }));
  await page.keyboard.press("Enter");
  await step(page, 1, "Areas");
  expect(await seriousViolations(page)).toEqual([]);

  for (const area of ["Technical skills", "Leadership capabilities", "Career navigation", "Soft skills"]) {
    await tabTo(page, page.getByRole("checkbox", { name: new RegExp(area) }));
    await page.keyboard.press("Space");
  }
  await expect(page.getByText("4 areas chosen: 5–7 is recommended")).toBeVisible();
  await typeInto(page, page.getByLabel("Add your own area"), "Public speaking");
  await page.keyboard.press("Enter"); // adds, does not submit
  await expect(page.getByRole("list", { name: "Your own areas" })).toContainText("Public speaking");
  await expect(page.getByText("5 areas chosen.")).toBeVisible();
  await next(page);

  await step(page, 2, "Levels");
  await next(page); // nothing rated yet: refused, with the first problem focused
  await expect(page.locator("#wizard-errors")).toContainText("Rate where you are now from 1 to 10.");
  await expect(
    page.getByRole("group", { name: "Technical skills" }).getByLabel("Where you are now (1–10)"),
  ).toBeFocused();
  for (const [i, area] of [
    "Technical skills",
    "Leadership capabilities",
    "Career navigation",
    "Soft skills",
    "Public speaking",
  ].entries()) {
    const group = page.getByRole("group", { name: area });
    await typeInto(page, group.getByLabel("Where you are now (1–10)"), String(3 + i));
    await typeInto(page, group.getByLabel("Where you want to be (1–10)"), i === 0 ? "11" : "9");
  }
  await next(page);
  await expect(page.locator("#wizard-errors")).toContainText("Rate where you want to be from 1 to 10.");
  // The wizard moves focus to the wrong field on the next frame: wait for it before typing.
  await expect(
    page.getByRole("group", { name: "Technical skills" }).getByLabel("Where you want to be (1–10)"),
  ).toBeFocused();
  await typeInto(
    page,
    page.getByRole("group", { name: "Technical skills" }).getByLabel("Where you want to be (1–10)"),
    "8",
  );
  await next(page);

  await step(page, 3, "Priority");
  // Closing the tab loses nothing: the answers and the step come back.
  await expect(page.getByText("All answers saved")).toBeVisible();
  await page.reload();
  await step(page, 3, "Priority");
  // On load the step's heading has focus, not the first link of the page.
  await expect(page.getByRole("heading", { name: "Step 3 of 6: Priority" })).toBeFocused();
  await tabTo(page, page.getByRole("button", { name: "Move Career navigation up" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Move Career navigation up" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("listitem").filter({ hasText: "Career navigation" })).toContainText("1.");
  // At the top its up button is disabled: focus stays on the area, on its other button.
  await expect(page.getByRole("button", { name: "Move Career navigation down" })).toBeFocused();
  await next(page);

  await step(page, 4, "Needs and offers");
  await typeInto(
    page,
    page.getByRole("group", { name: "Career navigation" }).getByLabel("What I need"),
    "Which move to make after lead engineer",
  );
  await next(page);

  await step(page, 5, "Dream team");
  expect(await seriousViolations(page)).toEqual([]);
  await typeInto(
    page,
    page.getByRole("group", { name: "Career navigation" }).getByLabel("Sage", { exact: true }),
    "A VP who scaled a team from 5 to 50",
  );
  await next(page);

  await step(page, 6, "Sprint");
  await expect(page.getByLabel("Sprint starts on")).not.toHaveValue("");
  await expect(
    page.getByRole("region", { name: "Your areas, most important first" }).getByRole("listitem").first(),
  ).toContainText("Career navigation: 5 → 9");
  // Back keeps everything typed.
  await tabTo(page, page.getByRole("button", { name: "Back" }));
  await page.keyboard.press("Enter");
  await step(page, 5, "Dream team");
  await expect(page.getByRole("group", { name: "Career navigation" }).getByLabel("Sage", { exact: true })).toHaveValue(
    "A VP who scaled a team from 5 to 50",
  );
  await next(page);
  await step(page, 6, "Sprint");
  await next(page);

  // The map, with the gaps highlighted and the sprint started.
  await expect(page).toHaveURL(/\/dashboard\?welcome=1$/);
  await expect(page.getByTestId("welcome")).toContainText("Your top 3 gaps are highlighted");
  await expect(page.getByTestId("welcome")).toContainText("The other 12 open places");
  // A first map invites: exactly three highlighted gaps, the rest quiet "+" slots, and a progress line.
  await expect(page.locator("[data-top-gap]")).toHaveCount(3);
  await expect(page.locator("[data-gap]")).toHaveCount(15);
  await expect(page.getByTestId("map-progress")).toContainText("0 of 15 core cells filled");
  await expect(page.getByRole("rowheader").first()).toHaveText("Career navigation");
  const careerPeer = page.locator('[data-cell="Career navigation:PEER"]');
  await expect(careerPeer).toHaveAttribute("data-gap", "true");
  await expect(page.locator('[data-cell="Career navigation:SAGE"]')).toContainText(
    "Wanted: A VP who scaled a team from 5 to 50",
  );
  await expect(page.getByTestId("sprint-day")).toContainText("Day 1 of 90");
  expect(await seriousViolations(page)).toEqual([]);

  // Add a prospect into a gap and see the cell fill.
  await tabTo(page, page.getByRole("link", { name: "+ Peer for Career navigation" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Add mentor" })).toBeVisible();
  await typeInto(page, page.getByLabel("Name"), "Priya Raman");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Priya Raman" })).toBeVisible();
  await page.goto("/dashboard");
  await expect(careerPeer).not.toHaveAttribute("data-gap");
  await expect(careerPeer.getByRole("link", { name: /Priya Raman, Peer, Prospect/ })).toBeVisible();
  await expect(careerPeer.getByRole("img", { name: "Only one person: a single point of failure" })).toBeVisible();
  await expect(page.getByTestId("map-progress")).toContainText("1 of 15 core cells filled");
});

test("on /gaps a dream-team profile reads first, and Describe opens its form with who comes close", async ({
  page,
}) => {
  await signIn(page, uniqueEmail("dreamteam"));
  await addArea(page, "Negotiation", { now: 3, target: 8 });
  await page.goto("/mentors/new");
  await page.getByLabel("Name").fill("Chris Voss");
  await page.getByRole("radio", { name: /^Sage/ }).check();
  await page.getByRole("checkbox", { name: "Negotiation" }).check();
  await page.getByRole("button", { name: "Add mentor" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Chris Voss" })).toBeVisible();

  await page.goto("/gaps");
  await page.locator("summary", { hasText: "Dream team for Negotiation" }).click();
  // Read first: no form and no checkboxes until asked for.
  await expect(page.locator('input[name="mentorIds"]')).toHaveCount(0);
  await page.getByRole("button", { name: "Describe the sage profile for Negotiation" }).click();
  const profile = page.getByLabel("Sage", { exact: true });
  await expect(profile).toBeFocused();
  await profile.fill("A former FBI negotiator");
  await page.getByRole("checkbox", { name: "Chris Voss" }).check();
  await page.getByRole("button", { name: "Save the sage profile for Negotiation" }).click();
  await expect(page.getByRole("status").getByText("Saved the sage profile for Negotiation.")).toBeVisible();
  await expect(page.getByText("A former FBI negotiator")).toBeVisible();
  await expect(page.getByRole("link", { name: "Chris Voss" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Edit the sage profile for Negotiation" })).toBeFocused();
  // Opened again, the form offers the people it found for the profile, the linked one ticked.
  await page.getByRole("button", { name: "Edit the sage profile for Negotiation" }).click();
  await expect(page.getByRole("checkbox", { name: "Chris Voss" })).toBeChecked();
  await expect(page.getByRole("group", { name: "Who comes close" })).not.toHaveAttribute("aria-busy", "true");
  await page.getByRole("button", { name: "Cancel" }).click();

  // Who could fill the peer gap: someone from the user's own network, with the reason, added in one click.
  await page.goto("/mentors/new");
  await page.getByLabel("Name").fill("Dana Reyes");
  await page.getByLabel("Role (optional)").fill("Negotiation coach");
  await page.getByRole("radio", { name: /^Specialist/ }).check();
  await page.getByRole("button", { name: "Add mentor" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dana Reyes" })).toBeVisible();
  // From the map's empty peer cell to the suggestions for it.
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "Who could fill this? (peer for Negotiation)" }).click();
  await expect(page).toHaveURL(/\/gaps\?suggest=PEER&area=/);
  const suggestions = page.getByRole("region", { name: "Suggestions for the peer for Negotiation" });
  await expect(suggestions.getByRole("link", { name: "Dana Reyes" })).toBeVisible();
  await expect(suggestions.getByText(/^Matches ‘negotiation’/)).toBeVisible();
  // On a phone the suggestion, its reason and its buttons fit: nothing scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  const addBox = await suggestions
    .getByRole("button", { name: "Add Dana Reyes as peer for Negotiation" })
    .boundingBox();
  expect(addBox!.x + addBox!.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 800 });
  await suggestions.getByRole("button", { name: "Add Dana Reyes as peer for Negotiation" }).click();
  await expect(page.getByRole("status").getByText("Added Dana Reyes to Negotiation as a prospect.")).toBeVisible();
  await expect(suggestions.getByRole("link", { name: "Dana Reyes" })).toHaveCount(0);
  await page.goto("/dashboard");
  await expect(page.getByRole("link", { name: /Dana Reyes, Peer, Prospect/ })).toBeVisible();
  // A stale link (an area deleted since) is the page without suggestions, not an error.
  await page.goto("/gaps?suggest=PEER&area=no-such-area");
  await expect(page.getByRole("heading", { level: 1, name: "Gap areas" })).toBeVisible();
});

test("the areas stay editable on /gaps, and the sprint and audit pages read the map", async ({ page }) => {
  await signIn(page, uniqueEmail("gaps"));
  await page.goto("/gaps");
  await page.getByRole("button", { name: "Add an area" }).click();
  const form = page.getByRole("form", { name: "Add an area" });
  await form.getByLabel("Name").fill("Negotiation");
  await form.getByLabel("Now (1–10)").fill("2");
  await form.getByLabel("Target (1–10)").fill("0");
  await form.getByRole("button", { name: "Add area" }).click();
  await expect(form.getByText("Rate where you want to be from 1 to 10.")).toBeVisible();
  await form.getByLabel("Target (1–10)").fill("7");
  await form.getByRole("button", { name: "Add area" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "1. Negotiation" })).toBeVisible();
  await expect(page.getByText("1 area chosen: 5–7 is recommended")).toBeVisible();

  await page.getByRole("button", { name: "Delete Negotiation" }).click();
  await expect(page.getByRole("heading", { name: "No gap areas yet" })).toBeVisible();
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: "1. Negotiation" })).toBeVisible();

  await page.goto("/sprint");
  await page.getByRole("button", { name: "Start the sprint" }).click();
  await expect(page.getByTestId("sprint-heading")).toHaveText("Day 1 of 90 · Foundation");
  await expect(page.locator('[data-target="gap-analysis"]')).toContainText("1/5");
  await page.getByLabel("New task").fill("Ask Maya about the promotion panel");
  await page.getByRole("button", { name: "Add task" }).click();
  await page.getByRole("checkbox", { name: "Ask Maya about the promotion panel" }).check();
  await expect(page.getByRole("checkbox", { name: "Ask Maya about the promotion panel" })).toBeChecked();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto("/audit");
  await expect(page.getByRole("heading", { name: "Who gives me career guidance?" })).toBeVisible();
  await expect(page.getByText("No relationships to audit yet.")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
