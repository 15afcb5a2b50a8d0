import { describe, expect, it } from "vitest";
import type { DigestContent } from "./digest-content";
import { renderDigest } from "./digest-email";

const content: DigestContent = {
  today: "2026-11-26",
  overdue: [{ id: "r1", kind: "CHECK_IN", title: "Check in with Ada <script>", dueOn: "2026-11-20", mentorId: "m1", mentorName: "Ada" }],
  dueThisWeek: [{ id: "r2", kind: "FOLLOW_UP", title: "Send Grace the deck", dueOn: "2026-11-28", mentorId: "m2", mentorName: "Grace" }],
  sprint: { day: 40, phase: "Activation", remaining: ["One peer group joined or created"] },
  outreachNudge: true,
  oneWay: [{ mentorId: "m3", text: "You have only received from Tom for 4 months" }],
  unsharedWins: [{ id: "w1", title: "Promoted to staff" }],
};

describe("the digest email", () => {
  it("says the same things in HTML and plain text, with deep links into the app", async () => {
    const mail = await renderDigest({ content, name: "Alice", baseUrl: "https://map.example", unsubscribeUrl: "https://map.example/unsubscribe?token=t", period: "weekly" });
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
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;");
  });
});
