import { expect, test } from "@playwright/test";
import { exportDocument, exportedMentor } from "../support/export-fixtures";
import { signIn, uniqueEmail } from "./support/auth";

// The import screens promise files up to 50 MB. Sent through the built server
// (its proxy buffered bodies and kept only the first 10 MB), whole files must
// reach the handlers: a 20 MB backup, a 12 MB LinkedIn export; and past 50 MB the
// answer is the size message, not a parse error about a cut-off file.
const MB = 1024 * 1024;

/** A valid export document of about `bytes`: mentors with long notes. */
function bigExport(bytes: number) {
  const notes = "Met at the platform guild; talks about scaling teams, hiring and on-call. "
    .repeat(260)
    .slice(0, 19_000);
  const count = Math.ceil(bytes / (notes.length + 400));
  const mentors = Array.from({ length: count }, (_, i) => exportedMentor({ id: `m${i}`, name: `Mentor ${i}`, notes }));
  return JSON.stringify(exportDocument({ mentors }));
}

test("a 20 MB backup and a 12 MB LinkedIn export reach the import whole; 60 MB gets the size message", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signIn(page, uniqueEmail("heavy"));
  const origin = new URL(page.url()).origin;
  const headers = { Origin: origin };

  const backup = bigExport(20 * MB);
  expect(backup.length).toBeGreaterThan(20 * MB);
  const restore = await page.request.post("/api/import?mode=merge&commit=0", {
    headers: { ...headers, "Content-Type": "application/json" },
    data: backup,
    timeout: 120_000,
  });
  expect(restore.status(), await restore.text()).toBe(200);
  expect((await restore.json()).collections.mentors.created).toBe(JSON.parse(backup).mentors.length);

  const rows = Array.from(
    { length: 90_000 },
    (_, i) =>
      `Person,Number ${i},https://www.linkedin.com/in/person-${i},,"Northwind Traders, Ltd",Engineering manager for platform and reliability,12 Mar 2024`,
  );
  const csv = `First Name,Last Name,URL,Email Address,Company,Position,Connected On\n${rows.join("\n")}\n`;
  expect(csv.length).toBeGreaterThan(12 * MB);
  const contacts = await page.request.post("/api/import/contacts", {
    headers,
    multipart: {
      file: { name: "Connections.csv", mimeType: "text/csv", buffer: Buffer.from(csv) },
      category: "PEER",
      commit: "0",
      decisions: "{}",
    },
    timeout: 120_000,
  });
  expect(contacts.status(), await contacts.text()).toBe(200);
  expect((await contacts.json()).total).toBe(90_000);

  const tooBig = await page.request.post("/api/import?mode=merge&commit=0", {
    headers,
    data: Buffer.alloc(60 * MB, 0x20),
    timeout: 120_000,
  });
  expect(tooBig.status()).toBe(413);
  expect((await tooBig.json()).error).toMatch(/larger than 50 MB/);
});
