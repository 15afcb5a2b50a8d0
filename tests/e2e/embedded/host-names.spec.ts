import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { uniqueEmail } from "../support/auth";
import { type ReverseProxy, startReverseProxy } from "../support/reverse-proxy";

// The newcomer's `npm start` at each address it can be reached at: localhost,
// 127.0.0.1, and a reverse proxy on the same machine. The embedded set-up listens
// on loopback alone, and its outbox (sign-in links!) and demo answer this machine
// alone, also when a proxy on it passes on someone else's request.
const port = Number(process.env.E2E_PORT ?? 3210) + 1;
let proxy: ReverseProxy;
let outsider: ReverseProxy;
test.beforeAll(async () => {
  proxy = await startReverseProxy(`http://127.0.0.1:${port}`);
  // A proxy passing on a visitor from elsewhere (an address from the documentation range; nothing is sent to it).
  outsider = await startReverseProxy(`http://127.0.0.1:${port}`, { clientAddress: "192.0.2.77" });
});
test.afterAll(async () => {
  await proxy?.close();
  await outsider?.close();
});

for (const name of ["localhost", "127.0.0.1", "a reverse proxy"] as const) {
  test(`Explore the demo map at ${name}`, async ({ page }) => {
    const origin = {
      localhost: `http://localhost:${port}`,
      "127.0.0.1": `http://127.0.0.1:${port}`,
      "a reverse proxy": proxy.origin,
    }[name];
    await page.goto(`${origin}/signin`);
    await page.getByRole("button", { name: "Explore the demo map" }).click();
    await expect(page).toHaveURL(`${origin}/dashboard`);
    await expect(page.getByRole("table", { name: /Your mentorship map/ })).toBeVisible();
  });
}

test("sign in through the outbox at 127.0.0.1", async ({ page }) => {
  const email = uniqueEmail("loopback");
  const origin = `http://127.0.0.1:${port}`;
  await page.goto(`${origin}/signin`);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await page.getByRole("link", { name: "development outbox" }).click();
  const link = new URL(
    (await page.getByRole("listitem").filter({ hasText: email }).first().getByRole("link").getAttribute("href"))!,
  );
  await page.goto(`${origin}${link.pathname}${link.search}`);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${origin}/dashboard`);
});

test("listens on loopback only, and the outbox and demo refuse a visitor from elsewhere", async ({ request }) => {
  // The kernel's table of listening sockets: the app's port is bound to 127.0.0.1 (0100007F), not to every address.
  const listening = ["/proc/net/tcp", "/proc/net/tcp6"]
    .flatMap((file) => readFileSync(file, "utf8").split("\n").slice(1))
    .map((line) => line.trim().split(/\s+/))
    .filter((f) => f[3] === "0A" && parseInt(f[1]!.split(":")[1]!, 16) === port)
    .map((f) => f[1]!.split(":")[0]);
  expect(listening).toEqual(["0100007F"]);

  expect((await request.get(`${outsider.origin}/dev/outbox`)).status()).toBe(404);
  expect(
    (
      await request.post(`${outsider.origin}/api/demo`, { headers: { Origin: outsider.origin }, maxRedirects: 0 })
    ).status(),
  ).toBe(404);
  expect((await request.get(`${proxy.origin}/dev/outbox`)).status()).toBe(200);
});
