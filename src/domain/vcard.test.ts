import { describe, expect, it } from "vitest";
import { readVCardText } from "./vcard";

const crlf = (lines: string[]) => lines.join("\r\n");

describe("vCard files", () => {
  it("read 2.1 as Outlook and older phones write it: bare parameters, quoted-printable with a charset", () => {
    const { contacts, problems } = readVCardText(
      crlf([
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=B6rg;;;",
        "FN;CHARSET=ISO-8859-1;QUOTED-PRINTABLE:J=F6rg M=FCller",
        "EMAIL;INTERNET;PREF:jorg@example.com",
        "EMAIL;INTERNET;WORK:j.mueller@work.example",
        "TEL;CELL:+49 170 1234567",
        "TEL;WORK;VOICE:+49 30 123",
        "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Met at the Berlin =",
        "meetup;=0D=0Atalks about hiring",
        "ORG:Northwind;Platform",
        "TITLE:Engineering manager",
        "URL;WORK:https://joerg.example",
        "END:VCARD",
      ]),
    );
    expect(problems).toEqual([]);
    expect(contacts[0]).toMatchObject({
      line: 1,
      name: "Jörg Müller",
      email: "jorg@example.com",
      organisation: "Northwind",
      headline: "Engineering manager",
      websiteUrl: "https://joerg.example",
    });
    expect(contacts[0]!.notes).toContain("Met at the Berlin meetup;\r\ntalks about hiring");
    expect(contacts[0]!.notes).toContain("Phone: +49 170 1234567 (cell); +49 30 123 (work)");
    expect(contacts[0]!.notes).toContain("Other email addresses: j.mueller@work.example");
  });

  it("read 3.0 and 4.0: typed parameters, folded lines, escaped text, an address as the location, and say what they did not keep", () => {
    const { contacts, notKept } = readVCardText(
      crlf([
        "BEGIN:VCARD",
        "VERSION:3.0",
        "N:Lovelace;Ada;;;",
        "FN:Ada Lovelace",
        'EMAIL;TYPE="INTERNET,WORK":ADA@example.com',
        "NOTE:First line\\nsecond line\\, with a comma and a long note that is fol",
        " ded onto the next line",
        "ADR;TYPE=WORK:;;12 Analytical St;London;;N1 9GU;United Kingdom",
        "URL:https://www.linkedin.com/in/ada-lovelace",
        "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRg==",
        "BDAY:1815-12-10",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:4.0",
        "FN:Grace Hopper",
        "EMAIL;TYPE=work;PREF=1:grace@example.com",
        "TEL;VALUE=uri;TYPE=cell:tel:+1-555-0100",
        "item1.URL:https://grace.example",
        "BDAY:19061209",
        "END:VCARD",
      ]),
    );
    expect(contacts[0]).toMatchObject({
      name: "Ada Lovelace",
      email: "ada@example.com",
      linkedinUrl: "https://www.linkedin.com/in/ada-lovelace",
      location: "London, United Kingdom",
    });
    expect(contacts[0]!.notes).toBe(
      "First line\nsecond line, with a comma and a long note that is folded onto the next line",
    );
    expect(contacts[1]).toMatchObject({
      name: "Grace Hopper",
      email: "grace@example.com",
      websiteUrl: "https://grace.example",
    });
    expect(contacts[1]!.notes).toBe("Phone: +1-555-0100 (cell)");
    expect(notKept).toEqual({ PHOTO: 1, BDAY: 2 });
  });

  it("make a card with a NUL byte, or without a name, a problem on its line, and read the rest", () => {
    const { contacts, problems } = readVCardText(
      [
        "BEGIN:VCARD",
        "FN:Bad\u0000Name",
        "END:VCARD",
        "BEGIN:VCARD",
        "EMAIL:x@example.com",
        "END:VCARD",
        "BEGIN:VCARD",
        "FN:Fine",
        "END:VCARD",
      ].join("\n"),
    );
    expect(problems).toEqual([
      { line: 1, message: expect.stringContaining("NUL character") },
      { line: 4, message: "A card with no name (FN or N)." },
    ]);
    expect(contacts.map((c) => c.name)).toEqual(["Fine"]);
  });
});
