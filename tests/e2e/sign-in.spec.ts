import { linkIn, readMail, requestMagicLink, signIn, signInThroughEmail, uniqueEmail } from "./support/auth";
import { fromAccountMenu } from "./support/shell";
import { expect, test } from "./support/test";

test("sign in with a magic link, add a mentor, see it listed, sign out", async ({ page }) => {
  const email = uniqueEmail("newcomer");
  await signInThroughEmail(page, email);

  await expect(page.getByRole("heading", { name: "Start with the areas you want to grow in" })).toBeVisible();
  // A new account gets first steps, not panels of zeros.
  await expect(page.getByTestId("first-steps")).toContainText("0 of 4 done");
  await expect(page.getByRole("region", { name: "Value balance" })).toHaveCount(0);
  await page.getByRole("link", { name: "Mentors", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Start your map with one person" })).toBeVisible();
  await page.getByRole("link", { name: "Add your first mentor" }).click();
  await expect(page).toHaveURL(/\/mentors\/new$/);
  await page.getByLabel("Name").fill("Margaret Okafor");
  await page.getByLabel("Email (optional)").fill("margaret@example.org");
  await page.getByRole("radio", { name: /Sage/ }).check();
  await page.getByLabel("Stage").selectOption("CONTACTED");
  await page.getByRole("button", { name: "Add mentor" }).click();

  await expect(page.getByRole("heading", { name: "Margaret Okafor" })).toBeVisible();
  await page.getByRole("link", { name: "← Mentors" }).click();
  const row = page.getByRole("row", { name: /Margaret Okafor/ });
  await expect(row).toContainText("Sage");
  await expect(row).toContainText("Contacted");

  await fromAccountMenu(page, "Sign out");
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/mentors");
  await expect(page).toHaveURL(/\/signin/);
});

test("the add-mentor form answers bad input field by field and keeps what was typed", async ({ page }) => {
  await signIn(page, uniqueEmail("careful"));
  await page.goto("/mentors/new");
  await page.getByLabel("Email (optional)").fill("not-an-email");
  await page.getByRole("button", { name: "Add mentor" }).click();
  await expect(page.getByText("Enter a name.")).toBeVisible();
  await expect(page.getByText("Enter a valid email address, or leave it empty.")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
  // Focus goes to the first invalid field, ready to fix it.
  await expect(page.getByLabel("Name")).toBeFocused();
});

test("a mail scanner opening the link does not use it up; only the confirm button signs in", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("scanned");
  const link = await requestMagicLink(page, email);
  // What a scanner does: fetch the link, and even the raw next-auth callback.
  const prefetch = await request.get(link);
  expect(prefetch.ok()).toBe(true);
  const callback = new URL(link);
  callback.pathname = "/api/auth/callback/email";
  await request.get(callback.toString(), { maxRedirects: 0 });
  await page.goto(link);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("a used link cannot sign in twice", async ({ page, browser }) => {
  const email = uniqueEmail("once");
  const link = await requestMagicLink(page, email);
  await page.goto(link);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  const other = await browser.newPage();
  await other.goto(link);
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other.getByText("That sign-in link has expired or was already used.")).toBeVisible();
  await expect(other).toHaveURL(/\/signin/);
  await other.close();
});

for (const target of ["https://evil.example", "//evil.example", "/\\evil.example"]) {
  test(`callbackUrl ${target} lands on our own origin`, async ({ page, baseURL }) => {
    const email = uniqueEmail("redirect");
    await requestMagicLink(page, email, `/signin?callbackUrl=${encodeURIComponent(target)}`);
    const link = linkIn((await readMail(email)).text);
    await page.goto(link);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForLoadState();
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  });
}

test("asking for too many links gets a clear message", async ({ page }) => {
  const email = uniqueEmail("impatient");
  await page.goto("/signin");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await page.goto("/signin");
  }
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(
    page.getByText("Too many sign-in emails were requested. Wait 15 minutes, then try again."),
  ).toBeVisible();
});

test("a malformed email address gets a specific message and sends nothing", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText("That does not look like an email address.")).toBeVisible();
  await expect(page).toHaveURL(/\/signin$/);
});

test("the health check reports the app and its database up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true });
});
