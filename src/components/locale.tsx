"use client";

import { createContext, useContext } from "react";
import { type Day, DEFAULT_LOCALE, formatDayIn } from "@/domain/calendar";
import { type DayFormat, formatDayWith } from "@/domain/day-format";

type PageLocale = { locale: string; format: DayFormat | null };
const LocaleContext = createContext<PageLocale>({ locale: DEFAULT_LOCALE, format: null });

/**
 * The locale the signed-in pages show dates in (src/server/locale.ts picks it per
 * request), with its day format read off Intl on the server: the browser writes days
 * from it without touching Intl (src/domain/day-format.ts says why).
 */
export function LocaleProvider({ locale, format, children }: PageLocale & { children: React.ReactNode }) {
  return <LocaleContext.Provider value={{ locale, format }}>{children}</LocaleContext.Provider>;
}

/** Formats days in the page's locale: the same on the server's render and in the browser. */
export function useFormatDay() {
  const { locale, format } = useContext(LocaleContext);
  return (day: Day) => (format ? formatDayWith(format, day) : formatDayIn(day, locale));
}
