import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import pg from "pg";
import { E2E_DATABASE_FILE, E2E_SECRET } from "./secret";

const mailDir = path.resolve(process.env.E2E_MAIL_DIR ?? "test-reports/e2e-mail");

export function uniqueEmail(label: string) {
  return `${label}-${randomUUID().slice(0, 8)}@e2e.example`;
}

/** The newest mail to `to`, as the real SMTP server received it. */
export async function readMail(to: string, timeoutMs = 15_000): Promise<{ subject: string; text: string }> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const files = readdirSync(mailDir).sort().reverse();
    for (const file of files) {
      const mail = JSON.parse(readFileSync(path.join(mailDir, file), "utf8")) as {
        to: string;
        subject: string;
        text: string;
      };
      if (mail.to.includes(to)) return mail;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No mail to ${to}`);
}

export function linkIn(text: string): string {
  const match = text.match(/https?:\/\/\S+/);
  if (!match) throw new Error(`No link in: ${text}`);
  return match[0];
}

export async function requestMagicLink(page: Page, email: string, signInPath = "/signin") {
  await page.goto(signInPath);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  return linkIn((await readMail(email)).text);
}

/**
 * Signs in as a new user. Against the suite's own Postgres this is quick: the user and
 * a session are written to the app's database and the session cookie is set, as
 * next-auth would after the emailed link. Sign-in itself is tested through the real
 * link (signInThroughEmail) in sign-in.spec.ts, host-names.spec.ts and security.spec.ts.
 */
export async function signIn(page: Page, email: string) {
  if (!existsSync(E2E_DATABASE_FILE)) return signInThroughEmail(page, email);
  const { url } = JSON.parse(readFileSync(E2E_DATABASE_FILE, "utf8")) as { url: string };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const token = randomBytes(32).toString("hex");
  try {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "User" (id, email, "emailVerified", "updatedAt") VALUES ($1, $2, now(), now()) RETURNING id`,
      [`e2e${randomUUID().replaceAll("-", "")}`, email],
    );
    await client.query(
      `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 day')`,
      [randomUUID(), token, rows[0]!.id],
    );
  } finally {
    await client.end();
  }
  await page.context().addCookies([
    {
      name: "next-auth.session-token",
      value: token,
      url: test.info().project.use.baseURL!,
      httpOnly: true,
      sameSite: "Lax",
    },
  ]);
  await page.goto("/dashboard");
  await expect(page.getByTestId("signed-in-as")).toHaveText(email);
}

/** Signs in through the emailed magic link and the confirm page, as a person does. */
export async function signInThroughEmail(page: Page, email: string) {
  const link = await requestMagicLink(page, email);
  await page.goto(link);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId("signed-in-as")).toHaveText(email);
}

/**
 * An unsubscribe token as a digest carries it (src/server/digests/unsubscribe-token.ts: the
 * tests cannot import server-only modules), for a flow that starts in a mail client.
 */
export function unsubscribeTokenFor(userId: string) {
  const expires = Math.floor(Date.now() / 86_400_000) + 90;
  const mac = createHmac("sha256", E2E_SECRET).update(`unsubscribe:${userId}.${expires}`).digest("base64url");
  return `${userId}.${expires}.${mac}`;
}
