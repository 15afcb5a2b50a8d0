import { signIn, uniqueEmail } from "./support/auth";
import { seriousViolations } from "./support/axe";
import { expect, test } from "./support/test";

test("a one-off ask: ask, record the answer, thank them, and make them a mentor in one step", async ({ page }) => {
  await signIn(page, uniqueEmail("asks"));
  await page.goto("/asks");
  const form = page.getByRole("form", { name: "Ask one question" });
  await form.getByRole("button", { name: "Save the ask" }).click();
  await expect(form.getByText("Say whom you asked.")).toBeVisible();
  await form.getByLabel("Whom you asked").fill("Grace Hopper");
  await form.getByLabel("The question").fill("How did you get a new language adopted?");
  await form.getByRole("button", { name: "Save the ask" }).click();
  const card = page.getByRole("listitem", { name: "Ask to Grace Hopper" });
  await expect(card).toContainText("Follow up once on");

  await card.getByRole("button", { name: "Record Grace Hopper’s answer" }).click();
  await card.getByLabel("What they said").fill("Make it readable by managers.");
  await card.getByRole("button", { name: "Save the answer" }).click();
  await expect(page.getByRole("heading", { name: "Waiting for an answer (0)" })).toBeVisible();
  await expect(card).toContainText("Make it readable by managers.");
  await card.getByRole("button", { name: "I thanked them" }).click();
  await expect(card).toContainText("thanked");
  expect(await seriousViolations(page)).toEqual([]);

  await card.getByLabel("As a").selectOption("SAGE");
  await card.getByRole("button", { name: "Make them a mentor" }).click();
  await card.getByRole("link", { name: "Grace Hopper" }).click();
  await expect(page.getByRole("heading", { name: "Grace Hopper" })).toBeVisible();
  await expect(page.getByTestId("value-balance")).toContainText("Received1");
});
