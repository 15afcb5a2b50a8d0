import { describe, expect, it } from "vitest";
import {
  assembleMessage,
  HELP_QUESTION,
  insertAt,
  mailtoHref,
  messagePrompts,
  messageWarnings,
  prepQuestions,
  promptText,
  researchGaps,
  thankYouDraft,
  wordCount,
} from "./outreach";

const parts = {
  compliment: "Your talk on pricing changed how we run trials.",
  ask: "Could we talk for 20 minutes in the next few weeks?",
  offer: "I could share our churn data.",
  easyOut: "If now isn't a good time, no worries.",
};

describe("the outreach message", () => {
  it("is a greeting, the four parts in order and a sign-off", () => {
    const text = assembleMessage(parts, { name: "Ada Lovelace" }, { name: "Sam" });
    expect(text).toBe(
      "Hi Ada,\n\nYour talk on pricing changed how we run trials.\n\nCould we talk for 20 minutes in the next few weeks?\n\nI could share our churn data.\n\nIf now isn't a good time, no worries.\n\nBest,\nSam",
    );
    expect(assembleMessage({ ...parts, offer: "  " }, { name: "Ada" }, { name: null })).not.toContain("\n\n\n");
  });

  it("counts words and warns past 150 words and at more than one question in the ask", () => {
    expect(wordCount("It's a well-known fact, isn't it? 20 minutes.")).toBe(8);
    expect(messageWarnings(parts)).toEqual([]);
    const long = { ...parts, compliment: "word ".repeat(140) };
    expect(messageWarnings(long)[0]).toMatch(/^1\d\d words/);
    expect(messageWarnings({ ...parts, ask: "Could we talk? Or email? Or both?" })).toEqual([
      "The ask has 3 question marks. One clear question is easier to say yes to.",
    ]);
  });

  it("draws prompts from the research notes", () => {
    const prompts = messagePrompts({
      links: [
        { url: "https://x.example/talk", note: "Pricing talk" },
        { url: "", note: "" },
      ],
      challenges: ["Hiring"],
      waysToHelp: ["Intro to recruiters"],
      whatINeed: "Advice on pricing",
      whatIOffer: "",
    });
    expect(prompts.compliment).toEqual(["Their work: Pricing talk"]);
    expect(prompts.ask).toEqual(["What you need: Advice on pricing"]);
    expect(prompts.offer).toEqual(["A way you could help: Intro to recruiters", "A challenge they face: Hiring"]);
  });
});

describe("mailto links", () => {
  it("percent-encode subject and body so nothing typed becomes a header", () => {
    const href = mailtoHref("ada@example.com", "Hello\r\nBcc: evil@example.com&cc=x@y", "Line one\nLine two & more?");
    expect(href).toBe(
      "mailto:ada@example.com?subject=Hello%20Bcc%3A%20evil%40example.com%26cc%3Dx%40y&body=Line%20one%0D%0ALine%20two%20%26%20more%3F",
    );
    const url = new URL(href);
    expect([...url.searchParams.keys()]).toEqual(["subject", "body"]);
    expect(url.searchParams.get("subject")).toBe("Hello Bcc: evil@example.com&cc=x@y");
  });

  it("leave out an address that could carry parameters", () => {
    expect(mailtoHref("a@b.example?bcc=c@d.example", "Hi", "x")).toBe("mailto:?subject=Hi&body=x");
    expect(mailtoHref(null, "", "x")).toBe("mailto:?body=x");
  });
});

describe("research", () => {
  it("names what is missing before it counts as done", () => {
    expect(
      Object.keys(researchGaps({ links: [], challenges: [" "], waysToHelp: [], whatINeed: "", whatIOffer: "" })),
    ).toEqual(["links", "challenges", "waysToHelp", "whatINeed", "whatIOffer"]);
    expect(
      researchGaps({
        links: [{ url: "https://a.example", note: "" }],
        challenges: ["c"],
        waysToHelp: ["w"],
        whatINeed: "n",
        whatIOffer: "o",
      }),
    ).toEqual({});
  });
});

describe("the first conversation", () => {
  it("always asks how I can help, first and once", () => {
    expect(prepQuestions([])).toEqual([HELP_QUESTION]);
    expect(prepQuestions(["  what's the best way I can help you?", "What should I read?", ""])).toEqual([
      HELP_QUESTION,
      "What should I read?",
    ]);
  });

  it("drafts a thank-you listing each takeaway and the proposed rhythm", () => {
    const draft = thankYouDraft({ name: "Ada Lovelace" }, "- Price on value\n2. Talk to ten customers\n\n", 30, {
      name: "Sam",
    });
    expect(draft).toContain("Hi Ada,");
    expect(draft).toContain("- Price on value\n- Talk to ten customers");
    expect(draft).toContain("checked in with you every 30 days");
    expect(draft.endsWith("Thanks again,\nSam")).toBe(true);
  });
});

describe("research prompts in the composer", () => {
  it("insert their text without the label or quotation marks", () => {
    expect(promptText("Their work: Her talk on engines")).toBe("Her talk on engines");
    expect(promptText("A challenge they face: Funding")).toBe("Funding");
    expect(promptText("“If now isn’t a good time, no worries at all: I know how busy things get.”")).toBe(
      "If now isn’t a good time, no worries at all: I know how busy things get.",
    );
  });

  it("go in at the caret (or over the selection), spaced from the word before, cut to the field's limit", () => {
    expect(insertAt("Loved your talk.", 16, 16, "Engines!", 100)).toEqual({
      value: "Loved your talk. Engines!",
      caret: 25,
    });
    expect(insertAt("Loved X talk", 6, 7, "your", 100)).toEqual({ value: "Loved your talk", caret: 10 });
    expect(insertAt("", 0, 0, "Engines", 100)).toEqual({ value: "Engines", caret: 7 });
    expect(insertAt("abc", 3, 3, "defgh", 6)).toEqual({ value: "abc de", caret: 6 });
  });
});
