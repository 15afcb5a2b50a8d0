import { type Day, dayToDate, formatDayIn } from "./calendar";

/**
 * How a locale writes a day in its medium form ("9 Mar 2026", "Mar 9, 2026",
 * "9. März 2026"), read off Intl once on the server, so that the browser writes the
 * same text without Intl: a page's first use of Intl loads the browser's ICU data, a
 * 50 ms task on a fast machine and 200 ms on a phone, in the middle of hydration.
 *
 * Per month, the pieces in order: text as it is (the month's name in the form this
 * pattern takes, the punctuation) and the places of the day and the year.
 */
export type DayFormat = {
  months: Array<Array<string | { slot: "day" | "year" }>>;
  /** 1 to 31 in the locale's digits. */
  days: string[];
  /** 0 to 9 in the locale's digits, for the year. */
  digits: string[];
};

const SAMPLE_YEAR = 2026;
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The locale's format, or null where a template cannot write it: a calendar other
 * than the Gregorian (Thai, Persian…), or any sample that comes out other than Intl's
 * own text. The browser then formats with Intl, as before.
 */
export function dayFormatOf(locale: string): DayFormat | null {
  const f = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  if (f.resolvedOptions().calendar !== "gregory") return null;
  const months: DayFormat["months"] = [];
  for (let m = 1; m <= 12; m++) {
    const parts = f.formatToParts(dayToDate(`${SAMPLE_YEAR}-${pad(m)}-15`));
    months.push(
      parts.map((p) => (p.type === "day" ? { slot: "day" } : p.type === "year" ? { slot: "year" } : p.value)),
    );
  }
  const days = Array.from(
    { length: 31 },
    (_, i) => f.formatToParts(dayToDate(`${SAMPLE_YEAR}-01-${pad(i + 1)}`)).find((p) => p.type === "day")?.value ?? "",
  );
  const yearOf = (y: number) => f.formatToParts(dayToDate(`${y}-01-15`)).find((p) => p.type === "year")?.value ?? "";
  const digits = Array.from({ length: 10 }, (_, d) => yearOf(2020 + d).slice(-1));
  const format = { months, days, digits };
  return SAMPLES.every((day) => formatDayWith(format, day) === formatDayIn(day, locale)) ? format : null;
}

// Every month and every day of the month, years of one to four digits' worth of
// change, a leap day: a locale whose text a template cannot follow shows it here.
const SAMPLES: Day[] = [
  ...Array.from({ length: 12 }, (_, i) => `1999-${pad(i + 1)}-${pad(1 + ((i * 3) % 28))}`),
  ...Array.from({ length: 31 }, (_, i) => `2026-01-${pad(i + 1)}`),
  "2024-02-29",
  "2000-12-31",
  "2100-07-04",
  "1970-01-01",
];

/** A day in a format from dayFormatOf: Intl's text, without Intl. */
export function formatDayWith(format: DayFormat, day: Day): string {
  const year = day
    .slice(0, 4)
    .replace(/^0+/, "")
    .split("")
    .map((d) => format.digits[Number(d)])
    .join("");
  const month = format.months[Number(day.slice(5, 7)) - 1] ?? [];
  const date = format.days[Number(day.slice(8, 10)) - 1] ?? "";
  return month.map((p) => (typeof p === "string" ? p : p.slot === "day" ? date : year)).join("");
}
