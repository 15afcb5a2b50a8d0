import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { type Day, formatDayIn, pickLocale } from "@/domain/calendar";
import { type DayFormat, dayFormatOf } from "@/domain/day-format";

/** The locale of this request's browser (its Accept-Language), for showing dates. */
export const requestLocale = cache(async () => pickLocale((await headers()).get("accept-language")));

/** A day formatter in this request's locale, for server components. */
export async function dayFormatter() {
  const locale = await requestLocale();
  return (day: Day) => formatDayIn(day, locale);
}

const dayFormats = new Map<string, DayFormat | null>();

/** The day format of a locale, for the browser (src/domain/day-format.ts): worked out once per locale. */
export function dayFormatFor(locale: string): DayFormat | null {
  if (!dayFormats.has(locale)) {
    // Accept-Language can name any number of tags: the cache stays small whatever it sends.
    if (dayFormats.size >= 100) dayFormats.clear();
    dayFormats.set(locale, dayFormatOf(locale));
  }
  return dayFormats.get(locale) ?? null;
}
