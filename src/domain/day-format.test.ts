import { describe, expect, it } from "vitest";
import { addDaysToDay, formatDayIn } from "./calendar";
import { dayFormatOf, formatDayWith } from "./day-format";

// The browser writes days from these templates where the server's render used Intl:
// any difference would be a hydration mismatch, so every locale is held to Intl's text.
const LOCALES = [
  "en-GB",
  "en-US",
  "en-IN",
  "de",
  "de-CH",
  "fr",
  "fr-CA",
  "es",
  "es-MX",
  "ca",
  "it",
  "pt-BR",
  "pt-PT",
  "nl",
  "sv",
  "nb",
  "da",
  "fi",
  "is",
  "pl",
  "cs",
  "sk",
  "sl",
  "hr",
  "sr",
  "hu",
  "ro",
  "lt",
  "lv",
  "et",
  "el",
  "tr",
  "he",
  "ar",
  "ar-EG",
  "hi-IN",
  "bn",
  "mr",
  "ta",
  "ja",
  "zh-CN",
  "zh-TW",
  "zh-HK",
  "ko",
  "vi",
  "id",
  "ms",
  "ga",
  "cy",
  "eu",
  "gl",
  "sw",
  "am",
  "km",
  "my",
  "ne",
  "ru",
  "uk",
  "bg",
  "kk",
];

const everyDayOf = (year: number) => Array.from({ length: 366 }, (_, i) => addDaysToDay(`${year}-01-01`, i));
const DAYS = [...everyDayOf(2024), ...everyDayOf(2026), "1970-01-01", "1999-12-31", "2000-02-29", "2100-07-04"];

describe("a day format read off Intl", () => {
  it.each(LOCALES)("writes every day as Intl does, or is not used (%s)", (locale) => {
    const format = dayFormatOf(locale);
    if (!format) return;
    for (const day of DAYS) expect(formatDayWith(format, day), `${locale} ${day}`).toBe(formatDayIn(day, locale));
  });

  it("covers the common locales, month names and non-Latin digits included", () => {
    for (const locale of ["en-GB", "en-US", "de", "fr", "es", "ca", "ja", "zh-CN", "ko", "ar-EG", "hi-IN", "pl"])
      expect(dayFormatOf(locale), locale).not.toBeNull();
    expect(formatDayWith(dayFormatOf("ar-EG")!, "2026-03-09")).toBe(formatDayIn("2026-03-09", "ar-EG"));
    expect(formatDayWith(dayFormatOf("ca")!, "2026-04-09")).toBe("9 d’abr. del 2026");
  });

  it("leaves a calendar other than the Gregorian to Intl", () => {
    expect(dayFormatOf("th")).toBeNull();
    expect(dayFormatOf("fa")).toBeNull();
    expect(dayFormatOf("ja-JP-u-ca-japanese")).toBeNull();
  });
});
