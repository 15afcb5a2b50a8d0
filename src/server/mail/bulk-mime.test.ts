import fc from "fast-check";
import { type AddressObject, type ParsedMail, simpleParser } from "mailparser";
import MailComposer from "nodemailer/lib/mail-composer";
import { describe, expect, it } from "vitest";
import { type BulkMessage, composeBulkMessage } from "./bulk-mime";

const date = new Date("2026-11-26T07:00:00Z");

/** What a mail client reads from a message: the fields and bodies a person sees. */
async function read(raw: string | Buffer) {
  const mail: ParsedMail = await simpleParser(raw);
  const addresses = (a: AddressObject | AddressObject[] | undefined) =>
    [a ?? []].flat().flatMap((o) => o.value.map(({ name, address }) => ({ name, address })));
  return {
    from: addresses(mail.from),
    to: addresses(mail.to),
    subject: mail.subject,
    messageId: mail.messageId,
    date: mail.date?.toISOString(),
    // nodemailer sends short ASCII bodies as 7bit, which end in its line break, and an empty one not at all.
    text: (mail.text ?? "").replace(/\n$/, ""),
    html: typeof mail.html === "string" ? mail.html.replace(/\n$/, "") : mail.html,
    listUnsubscribe: mail.headers.get("list-unsubscribe-post"),
    attachments: mail.attachments.length,
  };
}

/** The same message through nodemailer's own composer, as `sendMail` sends any other mail. */
function composedByNodemailer(message: BulkMessage) {
  return new MailComposer({ ...message, date, textEncoding: "base64" }).compile().build();
}

const text = fc.string({ unit: "grapheme", maxLength: 300 });
const line = text.map((s) => s.replace(/[\r\n]+/g, " "));
const message = fc.record({
  name: line,
  subject: fc.oneof(line, text),
  // A bulk message always has its text (a digest's is made from its HTML).
  text: fc.oneof(
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 300 }),
    fc.string({ unit: "binary", minLength: 1, maxLength: 2000 }),
  ),
  html: fc.option(fc.string({ unit: "grapheme", maxLength: 2000 }), { nil: undefined }),
  local: fc.stringMatching(/^[a-z0-9][a-z0-9.+_-]{0,20}$/),
});

describe("composeBulkMessage", () => {
  it("reads back, in a mail client's parser, exactly as nodemailer's composer does, for any subject, names and bodies", async () => {
    await fc.assert(
      fc.asyncProperty(message, async ({ name, subject, text, html, local }) => {
        const input: BulkMessage = {
          from: `${JSON.stringify(name)} <digests@map.example>`,
          to: `${local.replace(/\.+$/, "") || "x"}@reader.example`,
          subject,
          text,
          html,
          messageId: "<digest.dd_1@map.example>",
          headers: {
            "List-Unsubscribe": "<https://map.example/api/unsubscribe?token=abc>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
          },
        };
        const { raw } = composeBulkMessage(input, date);
        expect(await read(raw)).toEqual(await read(await composedByNodemailer(input)));
      }),
      { numRuns: 150 },
    );
  });

  it("writes lines of at most 78 characters ending in CRLF, and a subject with line breaks cannot add a header", async () => {
    const { raw, envelope, messageId } = composeBulkMessage(
      {
        from: "Mentor Map <digests@map.example>",
        to: "alice@reader.example",
        subject: "3 check-ins\r\nBcc: everyone@evil.example\r\n\r\nInjected body",
        text: "x".repeat(500),
        html: `<p>${"é".repeat(400)}</p>`,
      },
      date,
    );
    const lines = raw.split("\r\n");
    expect(raw.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(78);
    const parsed = await simpleParser(raw);
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.subject).toBe("3 check-ins Bcc: everyone@evil.example  Injected body");
    expect(parsed.text).toBe(`${"x".repeat(500)}\n`.trimEnd());
    expect(parsed.html).toBe(`<p>${"é".repeat(400)}</p>`);
    expect(envelope).toEqual({ from: "digests@map.example", to: ["alice@reader.example"] });
    expect(messageId).toMatch(/^<[0-9a-f-]{36}@map\.example>$/);
    expect(parsed.messageId).toBe(messageId);
  });

  it("refuses a header name that would break the header block", () => {
    expect(() =>
      composeBulkMessage({
        from: "a@map.example",
        to: "b@reader.example",
        subject: "s",
        text: "t",
        headers: { "X-A\r\nBcc": "x" },
      }),
    ).toThrow(/not a header name/);
  });
});
