import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-redirect";

const base = "https://app.example.com";

describe("safeCallbackUrl", () => {
  it.each([
    ["/mentors", "https://app.example.com/mentors"],
    ["/mentors?stage=ACTIVE#top", "https://app.example.com/mentors?stage=ACTIVE#top"],
    ["https://app.example.com/settings", "https://app.example.com/settings"],
  ])("keeps our own %s", (input, expected) => {
    expect(safeCallbackUrl(input, base)).toBe(expected);
  });

  it.each([
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "http://app.example.com/downgraded",
    "https://app.example.com.evil.example/",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
  ])("sends %s home", (input) => {
    expect(new URL(safeCallbackUrl(input, base)).origin).toBe(base);
  });
});
