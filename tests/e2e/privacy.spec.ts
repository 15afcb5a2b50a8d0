import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";

test("user B gets a not-found for user A's mentor", async ({ browser }) => {
  const alice = await browser.newPage();
  await signIn(alice, uniqueEmail("alice"));
  await alice.goto("/mentors/new");
  await alice.getByLabel("Name").fill("Alice's confidential sage");
  await alice.getByRole("button", { name: "Add mentor" }).click();
  await expect(alice.getByRole("heading", { name: "Alice's confidential sage" })).toBeVisible();
  const mentorUrl = alice.url();

  const bob = await (await browser.newContext()).newPage();
  await signIn(bob, uniqueEmail("bob"));
  const response = await bob.goto(mentorUrl);
  expect(response?.status()).toBe(404);
  await expect(bob.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(bob.getByText("Alice's confidential sage")).toHaveCount(0);
  expect((await bob.goto(`${mentorUrl}/outreach`))?.status()).toBe(404);
  await expect(bob.getByText("Alice's confidential sage")).toHaveCount(0);
  await bob.goto("/mentors");
  await expect(bob.getByText("Alice's confidential sage")).toHaveCount(0);
});

/** Every page of the signed-in app, read from the source tree so a new one cannot be forgotten. */
function appPages(dir = "src/app/(app)", prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === "page.tsx" ? [prefix || "/"] : [];
    const segment = entry.name.startsWith("(") ? "" : entry.name.startsWith("[") ? "/anything" : `/${entry.name}`;
    return appPages(path.join(dir, entry.name), prefix + segment);
  });
}

test("every app page sends a signed-out visitor to sign in", async ({ page, request }) => {
  const pages = appPages();
  expect(pages).toEqual(
    expect.arrayContaining([
      "/dashboard",
      "/gaps/wizard",
      "/sprint",
      "/audit",
      "/mentors/anything",
      "/mentors/anything/outreach",
      "/wins",
      "/introductions",
      "/peer-groups",
      "/mentees",
      "/mentees/anything",
      "/mentees/applications",
      "/asks",
    ]),
  );
  for (const path of pages) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/signin/);
  }
  expect((await request.get("/api/map/svg")).status()).toBe(401);
  expect((await request.get("/api/mentors/search?q=a")).status()).toBe(401);
  expect((await request.get("/api/export")).status()).toBe(401);
  const origin = { Origin: new URL(page.url()).origin };
  expect((await request.post("/api/import?mode=merge", { headers: origin, data: "{}" })).status()).toBe(401);
  expect(
    (
      await request.post("/api/import/contacts", {
        headers: origin,
        multipart: { file: { name: "c.csv", mimeType: "text/csv", buffer: Buffer.from("x") } },
      })
    ).status(),
  ).toBe(401);
});

test("in production there is no demo sign-in and no outbox", async ({ page, request }) => {
  await page.goto("/signin");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Explore the demo map" })).toHaveCount(0);
  expect((await request.post("/api/demo", { headers: { Origin: new URL(page.url()).origin } })).status()).toBe(404);
  expect((await request.get("/dev/outbox")).status()).toBe(404);
});
