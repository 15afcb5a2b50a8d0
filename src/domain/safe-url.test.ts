import { describe, expect, it } from "vitest";
import { safeLinkUrl, safeWebUrl } from "./safe-url";

describe("safeLinkUrl", () => {
  it.each(["https://example.com/a?b=c", "http://example.com", "mailto:ada@example.com"])("keeps %s", (url) => {
    expect(safeLinkUrl(url)).not.toBeNull();
  });
  it.each([
    "javascript:alert(1)",
    " JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:x",
    "file:///etc/passwd",
    "/relative",
    "//evil.example",
    "java\tscript:alert(1)",
  ])("drops %s", (url) => {
    expect(safeLinkUrl(url)).toBeNull();
  });
});

describe("safeWebUrl", () => {
  it("keeps web addresses and drops everything else, mail included", () => {
    expect(safeWebUrl("https://www.linkedin.com/in/ada")).toBe("https://www.linkedin.com/in/ada");
    for (const url of [
      "mailto:ada@example.com",
      " javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "data:text/html,x",
      "ada.example.com",
    ])
      expect(safeWebUrl(url)).toBeNull();
  });
});
