import { linkIn, readMail, uniqueEmail, unsubscribeTokenFor } from "./support/auth";
import { type ReverseProxy, startReverseProxy } from "./support/reverse-proxy";
import { expect, test } from "./support/test";

// The app is configured as http://localhost:PORT (NEXTAUTH_URL). People also reach
// it at http://127.0.0.1:PORT, or through a reverse proxy at an address of its own:
// every flow must work at each, redirects included (a redirect to another origin
// after a form POST is refused by the CSP's form-action, without a word on screen).
const configured = new URL(`http://localhost:${process.env.E2E_PORT ?? 3210}`);
let proxy: ReverseProxy;
test.beforeAll(async () => {
  proxy = await startReverseProxy(configured.origin);
});
test.afterAll(async () => proxy?.close());

const origins = () => ({
  localhost: configured.origin,
  "127.0.0.1": `http://127.0.0.1:${configured.port}`,
  "a reverse proxy": proxy.origin,
});

for (const name of ["localhost", "127.0.0.1", "a reverse proxy"] as const) {
  test.describe(`at ${name}`, () => {
    test("sign in with the emailed link", async ({ page }) => {
      const origin = origins()[name];
      const email = uniqueEmail("host");
      await page.goto(`${origin}/signin`);
      await page.getByLabel("Email").fill(email);
      await page.getByRole("button", { name: "Email me a sign-in link" }).click();
      await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
      // The link names the configured address; opened at this one, it works here.
      const link = new URL(linkIn((await readMail(email)).text));
      expect(link.origin).toBe(configured.origin);
      await page.goto(`${origin}${link.pathname}${link.search}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(`${origin}/dashboard`);
      await expect(page.getByTestId("signed-in-as")).toHaveText(email);
    });

    test.describe("with the service worker", () => {
      test.use({ serviceWorkers: "allow" });
      test("a check-in logged offline syncs once", async ({ page, context }) => {
        const origin = origins()[name];
        const email = uniqueEmail("host-offline");
        await page.goto(`${origin}/signin`);
        await page.getByLabel("Email").fill(email);
        await page.getByRole("button", { name: "Email me a sign-in link" }).click();
        const link = new URL(linkIn((await readMail(email)).text));
        await page.goto(`${origin}${link.pathname}${link.search}`);
        await page.getByRole("button", { name: "Sign in" }).click();
        await expect(page).toHaveURL(`${origin}/dashboard`);
        await page.goto(`${origin}/mentors/new`);
        await page.getByLabel("Name").fill("Host Offline");
        await page.getByRole("radio", { name: /^Peer/ }).check();
        await page.getByLabel("Stage").selectOption("ACTIVE");
        await page.getByRole("button", { name: "Add mentor" }).click();
        await expect(page.getByRole("heading", { level: 1, name: "Host Offline" })).toBeVisible();
        // The worker registers and takes control at this origin, too.
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
        await context.setOffline(true);
        await page.getByRole("button", { name: "Log a check-in" }).click();
        const form = page.getByRole("form", { name: "Log a check-in" });
        await form.getByLabel("Notes").fill(`Logged offline at ${name}.`);
        await form.getByRole("button", { name: "Log check-in" }).click();
        await expect(page.getByRole("button", { name: "1 waiting to sync" })).toBeVisible();
        await context.setOffline(false);
        await expect(page.getByText("1 change made offline synced.")).toBeVisible({ timeout: 20_000 });
        await expect(
          page.getByRole("region", { name: "Timeline" }).getByText(`Logged offline at ${name}.`),
        ).toHaveCount(1);
      });
    });

    test("unsubscribe from the link in a digest", async ({ page }) => {
      const origin = origins()[name];
      await page.goto(
        `${origin}/unsubscribe?token=${encodeURIComponent(unsubscribeTokenFor(`host-${name.replace(/\W/g, "-")}`))}`,
      );
      await page.getByRole("button", { name: "Unsubscribe" }).click();
      await expect(page).toHaveURL(`${origin}/unsubscribe?done=1`);
      await expect(page.getByRole("heading", { name: "You are unsubscribed" })).toBeVisible();
    });
  });
}

test("a mail client opening the one-click address in a browser lands on the page that asks", async ({ page }) => {
  const token = unsubscribeTokenFor("host-browser");
  await page.goto(`http://127.0.0.1:${configured.port}/api/unsubscribe?token=${encodeURIComponent(token)}`);
  await expect(page).toHaveURL(`http://127.0.0.1:${configured.port}/unsubscribe?token=${encodeURIComponent(token)}`);
  await expect(page.getByRole("heading", { name: "Unsubscribe from digests?" })).toBeVisible();
});
