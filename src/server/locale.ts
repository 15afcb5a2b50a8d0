import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { type Day, formatDayIn, pickLocale } from "@/domain/calendar";

/** The locale of this request's browser (its Accept-Language), for showing dates. */
export const requestLocale = cache(async () => pickLocale((await headers()).get("accept-language")));

/** A day formatter in this request's locale, for server components. */
export async function dayFormatter() {
  const locale = await requestLocale();
  return (day: Day) => formatDayIn(day, locale);
}
