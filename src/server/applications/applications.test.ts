import { describe, expect, it } from "vitest";
import {
  declineReply,
  MIN_SECONDS_ON_PAGE,
  placesLeft,
  plainText,
  quarterStart,
  SLUG_PATTERN,
} from "@/domain/applications";
import { checkFormStamp, formStamp } from "@/server/applications/form-stamp";

describe("the application page", () => {
  it("slugs: lowercase letters, digits and single hyphens", () => {
    for (const ok of ["ada", "ada-lovelace", "mentor-2027"]) expect(SLUG_PATTERN.test(ok)).toBe(true);
    for (const bad of ["Ada", "ada--x", "-ada", "ada-", "a/b", "ada lovelace", "ädä"])
      expect(SLUG_PATTERN.test(bad)).toBe(false);
  });

  it("plain text: control and direction-override characters out, markup kept as text", () => {
    expect(plainText("  <script>alert(1)</script>\u0000\u202e\r\nok\n\n\n\nend ")).toBe(
      "<script>alert(1)</script>\nok\n\nend",
    );
  });

  it("places: per calendar quarter", () => {
    expect(quarterStart("2026-12-03")).toBe("2026-10-01");
    expect(quarterStart("2027-01-01")).toBe("2027-01-01");
    expect(quarterStart("2027-06-30")).toBe("2027-04-01");
    expect(placesLeft(3, 1)).toBe(2);
    expect(placesLeft(3, 5)).toBe(0);
  });

  it("the form's stamp: too fast, stale and forged are told apart", () => {
    const served = Date.parse("2026-12-03T10:00:00Z");
    const stamp = formStamp("secret", served);
    expect(checkFormStamp("secret", stamp, served + 1000)).toBe("too-fast");
    expect(checkFormStamp("secret", stamp, served + MIN_SECONDS_ON_PAGE * 1000)).toBe("ok");
    expect(checkFormStamp("secret", stamp, served + 25 * 3600 * 1000)).toBe("stale");
    expect(checkFormStamp("another secret", stamp, served + 10_000)).toBe("forged");
    expect(checkFormStamp("secret", `${served - 60_000}.${stamp.split(".")[1]}`, served + 10_000)).toBe("forged");
    expect(checkFormStamp("secret", "nonsense", served)).toBe("forged");
  });

  it("the decline reply is kind, addressed by first name and signed", () => {
    const reply = declineReply("Sam Rivera", "Ada Lovelace");
    expect(reply.startsWith("Dear Sam,")).toBe(true);
    expect(reply.endsWith("Ada Lovelace")).toBe(true);
  });
});
