import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DigestContent } from "./digest-content";
import { renderDigest, renderDigestDirect } from "./digest-email";

const content: DigestContent = {
  today: "2026-11-26",
  overdue: [
    {
      id: "r1",
      kind: "CHECK_IN",
      title: "Check in with Ada <script>",
      dueOn: "2026-11-20",
      mentorId: "m1",
      mentorName: "Ada",
    },
  ],
  dueThisWeek: [
    {
      id: "r2",
      kind: "FOLLOW_UP",
      title: "Send Grace the deck",
      dueOn: "2026-11-28",
      mentorId: "m2",
      mentorName: "Grace",
    },
  ],
  sprint: { day: 40, phase: "Activation", remaining: ["One peer group joined or created"] },
  outreachNudge: true,
  oneWay: [{ mentorId: "m3", text: "You have only received from Tom for 4 months" }],
  unsharedWins: [{ id: "w1", title: "Promoted to staff" }],
};

const aliceWeekly = () =>
  renderDigest({
    content,
    name: "Alice",
    baseUrl: "https://map.example",
    unsubscribeUrl: "https://map.example/unsubscribe?token=t",
    period: "weekly",
  });

describe("the digest email", () => {
  it("says the same things in HTML and plain text, with deep links into the app", async () => {
    const mail = await aliceWeekly();
    expect(mail.subject).toBe("2 check-in reminders, 1 overdue");
    for (const body of [mail.html, mail.text]) {
      expect(body).toContain("Overdue since 20 Nov 2026");
      expect(body).toContain("Send Grace the deck");
      expect(body).toContain("Your sprint: day 40, Activation");
      expect(body).toContain("One peer group joined or created");
      expect(body).toContain("No outreach went out in the last seven days.");
      expect(body).toContain("You have only received from Tom for 4 months");
      expect(body).toContain("Promoted to staff");
      expect(body).toContain("https://map.example/mentors/m1");
      expect(body).toContain("https://map.example/unsubscribe?token=t");
    }
    expect(mail.html).toContain('href="https://map.example/mentors/m2"');
    // A mail client would take punctuation right after an address into the link.
    expect(mail.text).not.toMatch(/https?:\/\/\S*?[.,;:!?)\]]+(\s|$)/);
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;");
  });

  it("pads its preview line to 150 characters and no further", async () => {
    const mail = await aliceWeekly();
    const preview = mail.html.match(/data-skip-in-text="true">([^<]*)<div>([^<]*)<\/div>/);
    expect(preview?.[1]).toBe("2 check-in reminders on your mentorship map");
    const shown = preview![1]!.length + preview![2]!.length;
    expect(shown).toBeGreaterThanOrEqual(150);
    expect(shown).toBeLessThan(150 + 7);
    expect(preview![2]).toMatch(/^[\u00A0\u200B-\u200F\uFEFF]+$/);
    // The padding is invisible: not in the text part.
    expect(mail.text).not.toMatch(/[\u200B-\u200F\uFEFF]/);
  });
});

describe("the compiled digest template", () => {
  const text = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom(
      "",
      " ",
      "&amp; <b>bold</b>",
      `"quoted" & 'single'`,
      "two  spaces\nnewline",
      " padded\t",
      "\uE000 0 \uE001",
      "Zoë 🚀 ✓",
      "javascript:alert(1)",
      "[link](x) *stars* # hash",
    ),
  );
  const day = fc
    .date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const item = fc.record({
    id: fc.uuid(),
    kind: fc.constantFrom("CHECK_IN", "FOLLOW_UP", "OUTREACH_FOLLOW_UP", "REVISIT" as const),
    title: text,
    dueOn: day,
    mentorId: fc.option(fc.uuid(), { nil: null }),
    mentorName: fc.option(text, { nil: null }),
  });
  const content: fc.Arbitrary<DigestContent> = fc.record({
    today: day,
    overdue: fc.array(item, { maxLength: 4 }),
    dueThisWeek: fc.array(item, { maxLength: 4 }),
    sprint: fc.option(
      fc.record({
        day: fc.integer({ min: -5, max: 95 }),
        phase: text,
        remaining: fc.uniqueArray(text, { maxLength: 4 }),
      }),
      { nil: null },
    ),
    outreachNudge: fc.boolean(),
    oneWay: fc.array(fc.record({ mentorId: fc.uuid(), text }), { maxLength: 3 }),
    unsharedWins: fc.array(fc.record({ id: fc.uuid(), title: text }), { maxLength: 3 }),
  });

  it("equals React's own rendering of the same props and its text conversion, byte for byte", async () => {
    await fc.assert(
      fc.asyncProperty(
        content,
        fc.option(text, { nil: null }),
        fc.constantFrom("daily" as const, "weekly" as const),
        async (c, name, period) => {
          const props = {
            content: c,
            name,
            baseUrl: "https://map.example",
            unsubscribeUrl: "https://map.example/unsubscribe?token=a&b=c",
            period,
          };
          const { html, text } = await renderDigest(props);
          const direct = await renderDigestDirect(props);
          expect(html).toBe(direct.html);
          expect(text).toBe(direct.text);
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
    // 300 renderings twice over: about 3 s alone, more beside the integration tests on two cores.
  }, 30_000);
});
