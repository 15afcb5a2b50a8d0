import { readFileSync } from "node:fs";
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/import/contacts/route";
import { dateToDay } from "@/domain/calendar";
import type { CurrentUser } from "@/server/auth/session";
import { db } from "@/server/db";
import type { ContactsPreview } from "@/server/import-export/contacts-import";
import { getMentorPage } from "@/server/mentors/mentors.detail.queries";
import { countOwnedRows, createMentor, createUser } from "../support/factories";
import { signInAs } from "../support/session-double";

let alice: CurrentUser;
beforeEach(async () => {
  alice = await createUser("alice");
  signInAs(alice);
});

const fixture = (name: string) => readFileSync(`tests/fixtures/${name}`);
function post(bytes: Uint8Array | string, fields: Record<string, string> = {}, name = "Connections.csv") {
  const data = new FormData();
  data.set("file", new File([bytes as BlobPart], name, { type: "text/csv" }));
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return POST(
    new NextRequest("http://localhost:3000/api/import/contacts", {
      method: "POST",
      body: data,
      headers: { origin: "http://localhost:3000", host: "localhost:3000" },
    }),
  );
}
const json = async (r: Response) => ({
  status: r.status,
  body: (await r.json()) as ContactsPreview & { error?: string },
});

describe("LinkedIn connections import", () => {
  it("previews rows, per-row problems with their line numbers and duplicates, writing nothing", async () => {
    const { status, body } = await json(await post(fixture("linkedin-connections.csv")));
    expect(status).toBe(200);
    expect(body.total).toBe(7);
    expect(body.newCount).toBe(3);
    expect(body.problems).toEqual([
      { line: 8, message: "No first or last name." },
      { line: 9, message: '"not-an-email" is not an email address.' },
      { line: 10, message: '"Connected On" is not a date like 12 Mar 2024: "yesterday".' },
    ]);
    // The second Ada is the first one again (the same LinkedIn profile, written differently).
    expect(body.duplicates).toEqual([
      {
        line: 11,
        name: "Ada Lovelace",
        email: null,
        of: { id: null, name: "Ada Lovelace", by: "LinkedIn URL", line: 5 },
      },
    ]);
    expect(await db.mentor.count({ where: { userId: alice.id } })).toBe(0);
  });

  it("never matches, reads or changes another user's mentors", async () => {
    const bob = await createUser("bob");
    const bobsAda = await createMentor(bob.id, { name: "Ada Lovelace", email: "ada@example.com" });
    const bobBefore = await countOwnedRows(bob.id);
    const { body } = await json(
      await post(fixture("linkedin-connections.csv"), { commit: "1", decisions: JSON.stringify({ 5: "update" }) }),
    );
    expect(body.duplicates.every((d) => d.of.id === null)).toBe(true);
    expect(body.newCount).toBe(3);
    expect(await countOwnedRows(bob.id)).toEqual(bobBefore);
    expect(await db.mentor.findUniqueOrThrow({ where: { id: bobsAda.id } })).toMatchObject({
      userId: bob.id,
      organisation: null,
    });
  });

  it("commits the new people as Prospects with their connection date, all at once", async () => {
    const { status, body } = await json(
      await post(fixture("linkedin-connections.csv"), { commit: "1", category: "SAGE" }),
    );
    expect(status).toBe(200);
    expect(body.newCount).toBe(3);
    const mentors = await db.mentor.findMany({ where: { userId: alice.id }, orderBy: { name: "asc" } });
    expect(
      mentors.map((m) => [
        m.name,
        m.stage,
        m.category,
        m.email,
        m.organisation,
        m.headline,
        m.connectedOn && dateToDay(m.connectedOn),
      ]),
    ).toEqual([
      ["Ada Lovelace", "PROSPECT", "SAGE", "ada@example.com", "Analytical Engines, Ltd", "Mathematician", "2024-03-12"],
      ["Grace Hopper", "PROSPECT", "SAGE", null, "US Navy", "Rear Admiral", "2023-02-01"],
      ["José Müller-Øberg", "PROSPECT", "SAGE", null, "Zürich Labs", 'Staff Engineer, "Platform"', "2025-01-05"],
    ]);
    // Their timelines start with the import.
    const page = (await getMentorPage(alice, mentors[0]!.id))!;
    expect(page.timeline.at(-1)).toMatchObject({
      kind: "stage",
      from: null,
      to: "PROSPECT",
      note: "Imported (LinkedIn)",
    });
  });

  it("detects mentors already on the map by email, then LinkedIn URL, then name, and follows the choice for each", async () => {
    const ada = await createMentor(alice.id, { name: "Augusta Ada King", email: "ada@example.com" });
    const grace = await db.mentor.create({
      data: {
        userId: alice.id,
        name: "G. Hopper",
        category: "SAGE",
        linkedinUrl: "https://linkedin.com/in/GraceHopper/",
      },
    });
    const jose = await createMentor(alice.id, { name: "josé  müller-øberg" });
    const { body } = await json(await post(fixture("linkedin-connections.csv")));
    expect(body.duplicates.map((d) => [d.line, d.of.id, d.of.by])).toEqual([
      [5, ada.id, "email"],
      [6, grace.id, "LinkedIn URL"],
      [7, jose.id, "name"],
      [11, ada.id, "LinkedIn URL"],
    ]);
    expect(body.newCount).toBe(0);
    // Fill in Grace, add a second José, skip the rest.
    const { body: done } = await json(
      await post(fixture("linkedin-connections.csv"), {
        commit: "1",
        decisions: JSON.stringify({ 6: "update", 7: "add" }),
      }),
    );
    expect(done.newCount).toBe(1);
    expect(await db.mentor.findUniqueOrThrow({ where: { id: grace.id } })).toMatchObject({
      name: "G. Hopper",
      organisation: "US Navy",
      headline: "Rear Admiral",
    });
    expect(await db.mentor.count({ where: { userId: alice.id } })).toBe(4);
    expect(await db.mentor.findUniqueOrThrow({ where: { id: ada.id } })).toMatchObject({
      name: "Augusta Ada King",
      organisation: null,
    });
  });

  it("reads UTF-16 with its byte-order mark, and refuses other files with a specific message, writing nothing", async () => {
    const utf16 = await json(await post(fixture("linkedin-utf16.csv")));
    expect(utf16.body).toMatchObject({ newCount: 1, notes: ["The file was read as UTF-16."] });
    const before = await countOwnedRows(alice.id);
    for (const [file, message] of [
      ["linkedin-windows-1252.csv", /not UTF-8: it looks like Windows-1252/],
      ["linkedin-missing-columns.csv", /The header is missing columns: Email Address, Position\./],
      ["empty.csv", /This file is empty\./],
      ["not-a-csv.png", /not a text file/],
      ["spreadsheet.csv", /does not look like LinkedIn's Connections\.csv/],
    ] as const) {
      const { status, body } = await json(await post(fixture(file), { commit: "1" }));
      expect(status, file).toBe(file === "empty.csv" ? 400 : 400);
      expect(body.error, file).toMatch(message);
    }
    const jsonFile = await json(await post('{"formatVersion":1}', { commit: "1" }));
    expect(jsonFile.body.error).toMatch(/This is a JSON file/);
    const badChoice = await json(
      await post(fixture("linkedin-connections.csv"), { commit: "1", decisions: "{not json" }),
    );
    expect(badChoice.status).toBe(400);
    const badCategory = await json(await post(fixture("linkedin-connections.csv"), { commit: "1", category: "BOSS" }));
    expect(badCategory.body.error).toBe("Invalid request.");
    expect(await countOwnedRows(alice.id)).toEqual(before);
  });

  it("reads 10,000 rows", async () => {
    const rows = Array.from(
      { length: 10_000 },
      (_, i) =>
        `First${i},Last${i},https://www.linkedin.com/in/p${i},p${i}@example.com,Company ${i % 50},Role,${(i % 28) + 1} Mar 2024`,
    );
    const csv = ["Notes:", "", "First Name,Last Name,URL,Email Address,Company,Position,Connected On", ...rows].join(
      "\n",
    );
    const { status, body } = await json(await post(csv, { commit: "1" }));
    expect(status).toBe(200);
    expect(body.newCount).toBe(10_000);
    expect(await db.mentor.count({ where: { userId: alice.id } })).toBe(10_000);
  }, 60_000);
});

describe("vCard import", () => {
  it("reads 3.0 and 4.0 cards, folded lines and quoted-printable UTF-8, and reports a card without a name", async () => {
    const { status, body } = await json(await post(fixture("contacts.vcf"), { commit: "1" }, "contacts.vcf"));
    expect(status).toBe(200);
    expect(body).toMatchObject({
      total: 4,
      newCount: 3,
      problems: [{ line: 24, message: "A card with no name (FN or N)." }],
    });
    const mentors = await db.mentor.findMany({ where: { userId: alice.id }, orderBy: { name: "asc" } });
    expect(mentors.map((m) => [m.name, m.email, m.organisation, m.headline, m.linkedinUrl])).toEqual([
      [
        "Ada Lovelace",
        "ada@example.com",
        "Analytical Engines",
        "Mathematician",
        "https://www.linkedin.com/in/ada-lovelace",
      ],
      ["Gräce Hopper", null, null, "Rear Admiral", null],
      ["José Müller-Øberg", "jose@example.com", "Zürich Labs", null, null],
    ]);
    // The same people again are duplicates, by email first.
    const again = await json(await post(fixture("contacts.vcf"), {}, "contacts.vcf"));
    expect(again.body.duplicates.map((d) => [d.name, d.of.by])).toEqual([
      ["Ada Lovelace", "email"],
      ["José Müller-Øberg", "email"],
      ["Gräce Hopper", "name"],
    ]);
  });

  it("reads the good cards of a file with a broken one, and says which line the broken one starts on", async () => {
    const { body } = await json(await post(fixture("broken.vcf"), {}, "broken.vcf"));
    expect(body.newCount).toBe(1);
    expect(body.problems).toEqual([{ line: 5, message: expect.stringMatching(/^This card could not be read/) }]);
  });
});

describe("vCard 2.1 and what a card says beyond a name", () => {
  it("reads Outlook's 2.1 cards and keeps the note, phones, other addresses and web site, naming what it did not keep", async () => {
    const preview = await json(await post(fixture("outlook-2.1.vcf"), {}, "contacts.vcf"));
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ total: 2, newCount: 2, problems: [] });
    expect(preview.body.notes).toEqual([expect.stringMatching(/^Not kept from the cards: BDAY \(1 card\)\./)]);
    await post(fixture("outlook-2.1.vcf"), { commit: "1" }, "contacts.vcf");
    const jorg = await db.mentor.findFirstOrThrow({ where: { userId: alice.id, name: "Jörg Müller" } });
    expect(jorg).toMatchObject({
      email: "jorg@example.com",
      organisation: "Northwind Traders",
      headline: "Engineering manager",
      websiteUrl: "https://joerg.example",
      howWeMet: "vCard import",
    });
    expect(jorg.notes).toContain("Met at the Berlin platform meetup. Talks about on-call and hiring.");
    expect(jorg.notes).toContain("Phone: +49 170 1234567 (cell)");
    expect(jorg.notes).toContain("Other email addresses: jorg.private@example.net");
  });

  it("makes a card with a NUL byte a problem on its line, wherever it is in the file, and commits the rest", async () => {
    const good = Array.from(
      { length: 300 },
      (_, i) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person ${i}\r\nEND:VCARD`,
    ).join("\r\n");
    const file = `${good}\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nul\u0000Byte\r\nNOTE:x\r\nEND:VCARD\r\n`;
    expect(file.indexOf("\u0000")).toBeGreaterThan(8_000);
    const early = "BEGIN:VCARD\r\nFN:Early\u0000Nul\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:After It\r\nEND:VCARD\r\n";
    for (const [text, line, count] of [
      [file, 1201, 300],
      [early, 1, 1],
    ] as const) {
      const { status, body } = await json(await post(text, { commit: "1" }, "contacts.vcf"));
      expect(status).toBe(200);
      expect(body.problems).toEqual([{ line, message: expect.stringContaining("NUL character") }]);
      expect(body.newCount).toBe(count);
    }
  });
});

describe("JSON export fixtures", () => {
  it("a newer format and a broken link are refused with their reasons", async () => {
    const { readExportDocument } = await import("@/server/import-export/export-document");
    expect(() => readExportDocument(fixture("export-newer-format.json").toString())).toThrow(
      /newer Mentor Map \(format 2/,
    );
    expect(() => readExportDocument(fixture("export-broken-link.json").toString())).toThrow(
      /refers to a mentor \(nobody\) that is not in the file/,
    );
  });
});

describe("the contacts route's guards (authedPostRoute)", () => {
  const request = (headers: Record<string, string>, data = new FormData()) =>
    POST(new NextRequest("http://localhost:3000/api/import/contacts", { method: "POST", body: data, headers }));

  it("refuses another origin, a signed-out caller, a declared size past the limit and a form without a file", async () => {
    const here = { origin: "http://localhost:3000", host: "localhost:3000" };
    expect((await request({ origin: "https://evil.example", host: "localhost:3000" })).status).toBe(403);
    signInAs(null);
    expect((await request(here)).status).toBe(401);
    signInAs(alice);
    const huge = await request({ ...here, "content-length": String(60 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect((await huge.json()).error).toMatch(/larger than 50 MB/);
    const noFile = new FormData();
    noFile.set("category", "SAGE");
    expect(await json(await request(here, noFile))).toMatchObject({
      status: 400,
      body: { error: "Choose a file to import." },
    });
    const badField = new FormData();
    badField.set("category", "WIZARD");
    expect((await request(here, badField)).status).toBe(400);
  });
});
