import { describe, expect, it } from "vitest";
import { introductionRequest, warmPathReasonText } from "./warm-paths";

describe("the introduction request", () => {
  it("says why this person, the one question and an easy way to say no", () => {
    expect(
      introductionRequest({
        mentor: "Tom Lindqvist",
        prospect: "Dana Reyes",
        why: "She scaled Northwind's support team from 5 to 50.",
        question: "What would you do differently in the first year?",
        myName: "Ada",
      }),
    ).toBe(
      [
        "Hi Tom,",
        "",
        "Would you be comfortable introducing me to Dana Reyes? She scaled Northwind's support team from 5 to 50.",
        "There is one question I would love to ask: What would you do differently in the first year?",
        "",
        "If it helps, I can write a short note you could forward as it is.",
        "And if it is not a good moment, or you would rather not, no problem at all: just say so.",
        "",
        "Thank you,",
        "Ada",
      ].join("\n"),
    );
    expect(introductionRequest({ mentor: "Tom", prospect: "Dana", why: "", question: "", myName: null })).toBe(
      [
        "Hi Tom,",
        "",
        "Would you be comfortable introducing me to Dana?",
        "",
        "If it helps, I can write a short note you could forward as it is.",
        "And if it is not a good moment, or you would rather not, no problem at all: just say so.",
        "",
        "Thank you,",
      ].join("\n"),
    );
  });
});

describe("warm path reasons", () => {
  it("read as a sentence", () => {
    expect(warmPathReasonText({ kind: "knows", where: "mentor-notes" }, "Tom", "Dana")).toBe(
      "Your notes on Tom mention Dana.",
    );
    expect(warmPathReasonText({ kind: "knows", where: "prospect-notes" }, "Tom", "Dana")).toBe(
      "Your notes on Dana mention Tom.",
    );
    expect(warmPathReasonText({ kind: "same-organisation", organisation: "Northwind" }, "Tom", "Dana")).toBe(
      "Both work at Northwind.",
    );
    expect(warmPathReasonText({ kind: "organisation-in-notes", organisation: "Northwind" }, "Tom", "Dana")).toBe(
      "Your notes on Tom mention Northwind.",
    );
  });
});
