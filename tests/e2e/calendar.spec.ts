import http from "node:http";
import { signIn, uniqueEmail } from "./support/auth";
import { expect, test } from "./support/test";

// The one calendar host the app under test may fetch from though private (tests/e2e/support/serve.ts).
const CALENDAR_PORT = Number(process.env.E2E_PORT ?? 3210) + 7;

/** A coffee with Tom three days ago, as Google publishes it. */
function calendarWithTom(email: string) {
  const start = new Date(Date.now() - 3 * 86_400_000);
  start.setUTCHours(9, 0, 0, 0);
  const stamp = (d: Date) =>
    d
      .toISOString()
      .replace(/[-:]/g, "")
      .replace(/\.\d{3}/, "");
  return [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
    "BEGIN:VEVENT",
    `UID:coffee-${email}`,
    "SUMMARY:Coffee with Tom",
    `DTSTART:${stamp(start)}`,
    `DTEND:${stamp(new Date(+start + 45 * 60_000))}`,
    "LOCATION:Kafé Kajsa",
    `ATTENDEE;CN=Tom Lindqvist;PARTSTAT=ACCEPTED:mailto:${email.toUpperCase()}`,
    "END:VEVENT",
    "END:VCALENDAR",
    "",
  ].join("\r\n");
}

test("paste a calendar address, see the meeting with a mentor proposed on the map, and log it", async ({ page }) => {
  const tomEmail = uniqueEmail("tom");
  const host = http.createServer((req, res) => {
    if (req.url === "/calendar.ics")
      return res.writeHead(200, { "Content-Type": "text/calendar" }).end(calendarWithTom(tomEmail));
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => host.listen(CALENDAR_PORT, "127.0.0.1", resolve));
  try {
    await signIn(page, uniqueEmail("calendar"));
    await page.goto("/mentors/new");
    await page.getByLabel("Name").fill("Tom Lindqvist");
    await page.getByLabel("Email (optional)").fill(tomEmail);
    await page.getByRole("radio", { name: /^Peer/ }).check();
    await page.getByLabel("Stage").selectOption("ACTIVE");
    await page.getByRole("button", { name: "Add mentor" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Tom Lindqvist" })).toBeVisible();

    await page.goto("/settings");
    const form = page.getByRole("form", { name: "Calendar address" });
    const address = form.getByLabel("Your calendar’s private address (ICS)");
    // A private address is refused, said next to the field, and nothing is saved.
    await address.fill("https://10.0.0.1/calendar.ics");
    await form.getByRole("button", { name: "Connect calendar" }).click();
    await expect(form.getByText(/points inside a private network \(10\.0\.0\.1\)/)).toBeVisible();
    await expect(address).toBeFocused();

    await address.fill(`http://127.0.0.1:${CALENDAR_PORT}/calendar.ics`);
    await form.getByRole("button", { name: "Connect calendar" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Read 1 meeting" })).toContainText(
      "1 meeting with your mentors to log on your map",
    );
    await expect(page.getByTestId("calendar-source")).toContainText(`Reading http://127.0.0.1:${CALENDAR_PORT}/…`);

    await page.getByRole("link", { name: "See them on your map" }).click();
    const inbox = page.getByRole("region", { name: "From your calendar" });
    await expect(inbox).toContainText(/You met Tom Lindqvist on .+ \(Coffee with Tom, 45 min\) — log it\?/);
    await inbox.getByRole("button", { name: /^Log the meeting with Tom Lindqvist/ }).click();
    await expect(page.getByText(/Logged: coffee with Tom Lindqvist on/)).toBeVisible();
    await expect(inbox).toHaveCount(0);

    await page.goto("/mentors");
    await page.getByRole("link", { name: "Tom Lindqvist" }).first().click();
    await expect(page.getByText("From your calendar: Coffee with Tom, 45 min.")).toBeVisible();
  } finally {
    await new Promise((resolve) => host.close(resolve));
  }
});
