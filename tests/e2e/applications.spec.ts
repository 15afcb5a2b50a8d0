import { randomUUID } from "node:crypto";
import type { Browser } from "@playwright/test";
import { MIN_SECONDS_ON_PAGE } from "../../src/domain/applications";
import { linkIn, readMail, signIn, uniqueEmail } from "./support/auth";
import { seriousViolations } from "./support/axe";
import { type ReverseProxy, startReverseProxy } from "./support/reverse-proxy";
import { expect, test } from "./support/test";

const configured = new URL(`http://localhost:${process.env.E2E_PORT ?? 3210}`);
const at127 = `http://127.0.0.1:${configured.port}`;
let proxy: ReverseProxy;
test.beforeAll(async () => {
  proxy = await startReverseProxy(configured.origin);
});
test.afterAll(async () => proxy?.close());

/** An applicant, signed out, in a browser of their own: apply, then confirm by the emailed link. */
async function apply(browser: Browser, origin: string, slug: string, name: string, ownerEmail: string) {
  const page = await (await browser.newContext()).newPage();
  const email = uniqueEmail(name.split(" ")[0]!.toLowerCase());
  await page.goto(`${origin}/apply/${slug}`);
  await expect(page.getByRole("heading", { name: "Apply to be mentored by Ada Lovelace" })).toBeVisible();
  await expect(page.getByTestId("places-left")).toHaveText("2 places are open this quarter.");
  expect(await page.content()).not.toContain(ownerEmail);
  const form = page.getByRole("form", { name: "Your application" });
  await form.getByLabel("Your name").fill(name);
  await form.getByLabel("Your email").fill(email);
  await form.getByLabel("What have you tried already?").fill(`<script>alert("${name}")</script> Two books.`);
  // A person takes a few seconds over the form; a script that posts at once is dropped.
  await page.waitForTimeout(MIN_SECONDS_ON_PAGE * 1000 + 200);
  await form.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("status")).toContainText("Check your email");
  expect(await seriousViolations(page)).toEqual([]);

  const mail = await readMail(email);
  expect(mail.subject).toBe("Confirm your application to Ada Lovelace");
  expect(mail.text).not.toContain(name);
  const link = new URL(linkIn(mail.text));
  await page.goto(`${origin}${link.pathname}${link.search}`);
  await page.getByRole("button", { name: "Send my application" }).click();
  await expect(page.getByRole("heading", { name: "Application sent" })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`^${origin}/apply/${slug}/confirm\\?result=confirmed$`));
  await page.context().close();
  return email;
}

test("the application page: applicants at localhost, 127.0.0.1 and behind a reverse proxy confirm by email; the owner accepts, waitlists and declines with a reply by mail", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const ownerEmail = uniqueEmail("owner");
  await signIn(page, ownerEmail);
  await page.goto("/settings");
  const you = page.getByRole("form", { name: "Your name and role" });
  await you.getByLabel("Your name").fill("Ada Lovelace");
  await you.getByRole("button", { name: "Save" }).click();
  await expect(you.getByLabel("Your name")).toHaveValue("Ada Lovelace");

  const slug = `ada-${randomUUID().slice(0, 8)}`;
  await page.goto("/mentees");
  await page.getByRole("link", { name: "Applications" }).click();
  await page.getByRole("link", { name: "Make one" }).click();
  const settings = page.getByRole("form", { name: "Your application page" });
  await settings.getByLabel("Its address").fill("Not an address!");
  await settings.getByRole("button", { name: "Save" }).click();
  await expect(settings.getByText(/lowercase letters, digits and single hyphens/)).toBeVisible();
  await settings.getByLabel("Its address").fill(slug);
  await settings.getByLabel("A short introduction").fill("I lead engineering teams and like helping new managers.");
  await settings.getByLabel("Places each quarter").fill("2");
  await settings.getByLabel(/Your questions/).fill("What have you tried already?");
  await settings.getByLabel("Open: take applications").check();
  await settings.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("link", { name: `/apply/${slug}` })).toBeVisible();

  const sam = await apply(browser, configured.origin, slug, "Sam Rivera", ownerEmail);
  await apply(browser, at127, slug, "Ana Lopez", ownerEmail);
  const kim = await apply(browser, proxy.origin, slug, "Kim Park", ownerEmail);

  // The owner's inbox: the answers as text (the script tag is shown, not run).
  await page.goto("/mentees/applications");
  await expect(page.getByRole("heading", { name: "Waiting for you (3)" })).toBeVisible();
  const samCard = page.getByRole("listitem", { name: "Application from Sam Rivera" });
  await expect(samCard).toContainText('<script>alert("Sam Rivera")</script> Two books.');
  await samCard.getByRole("button", { name: "Accept Sam Rivera" }).click();
  await expect(page.getByRole("heading", { name: "Waiting for you (2)" })).toBeVisible();
  await page.getByRole("button", { name: "Waitlist Ana Lopez" }).click();
  await expect(page.getByRole("heading", { name: "Waitlist (1)" })).toBeVisible();

  await page.getByRole("button", { name: "Decline Kim Park" }).click();
  const decline = page.getByRole("form", { name: "Decline Kim Park" });
  await expect(decline.getByLabel("Your reply")).toHaveValue(/^Dear Kim,/);
  await decline.getByLabel("Your reply").fill("Dear Kim,\n\nThank you: not this quarter. Try again in spring.\n\nAda");
  await decline.getByRole("button", { name: "Decline" }).click();
  await expect(page.getByRole("heading", { name: "Waiting for you (0)" })).toBeVisible();
  const reply = await readMail(kim);
  expect(reply.subject).toBe("Your application to Ada Lovelace");
  expect(reply.text).toContain("Thank you: not this quarter.");
  expect(await seriousViolations(page)).toEqual([]);

  // Sam is a mentee now, with their answer as their goals; one place is left.
  await page.getByRole("link", { name: "Sam Rivera" }).click();
  await expect(page.getByRole("heading", { name: "Sam Rivera" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Their goals" })).toContainText("What have you tried already?");
  await expect(page.getByRole("region", { name: "Timeline" })).toContainText("Stage: Applied → Accepted");
  expect((await readMail(sam)).subject).toBe("Confirm your application to Ada Lovelace");

  // Full: a second acceptance takes the last place; the page then says so and takes no more.
  await page.goto("/mentees/applications");
  await page.getByRole("button", { name: "Accept Ana Lopez" }).click();
  await expect(page.getByText("0 places left this quarter", { exact: false })).toBeVisible();
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`${at127}/apply/${slug}`);
  await expect(visitor.getByRole("status")).toHaveText(
    "Every place this quarter is taken. Please come back next quarter.",
  );
  await expect(visitor.getByRole("form", { name: "Your application" })).toHaveCount(0);
});
