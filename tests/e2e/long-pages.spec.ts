import { signIn, uniqueEmail } from "./support/auth";
import { expect, test } from "./support/test";

// A long page on a phone: what is far below the fold is styled, laid out and painted
// only as it nears the viewport (the render-lazily utility, src/app/globals.css), yet it
// is in the page for a screen reader and find-in-page all along.

const AREAS = ["Negotiation", "Public speaking", "Hiring", "Fundraising", "Design", "Research", "Writing"];

test("on a phone, the gap areas and the map's rows far below the fold are rendered as they near it", async ({
  page,
  keyboardOnly,
}) => {
  test.skip(keyboardOnly, "what the browser renders: the same whatever the input");
  await signIn(page, uniqueEmail("long-pages"));
  await page.goto("/gaps");
  for (const name of AREAS) {
    await page.getByRole("button", { name: "Add an area" }).click();
    const form = page.getByRole("form", { name: "Add an area" });
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Now (1–10)").fill("3");
    await form.getByLabel("Target (1–10)").fill("8");
    await form.getByRole("button", { name: "Add area" }).click();
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(`\\d\\. ${name}$`) })).toBeVisible();
  }
  await page.setViewportSize({ width: 390, height: 844 });
  const rendered = (text: string) =>
    page
      .getByText(text, { exact: true })
      .first()
      .evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }));

  for (const [path, first, last] of [
    ["/gaps", "1. Negotiation", "7. Writing"],
    ["/dashboard", "Negotiation", "Writing"],
  ] as const) {
    await page.goto(path);
    expect(await rendered(first), `${path}: the top`).toBe(true);
    expect(await rendered(last), `${path}: far below the fold`).toBe(false);
    // Still there for a screen reader.
    await expect(page.getByText(last, { exact: true }).first()).toHaveCount(1);
    await page.getByText(last, { exact: true }).first().scrollIntoViewIfNeeded();
    await expect.poll(() => rendered(last), { message: `${path}: once scrolled to` }).toBe(true);
  }
});
