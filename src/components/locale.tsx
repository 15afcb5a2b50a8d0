"use client";

import { createContext, useContext } from "react";
import { type Day, DEFAULT_LOCALE, formatDayIn } from "@/domain/calendar";

const LocaleContext = createContext(DEFAULT_LOCALE);

/** The locale the signed-in pages show dates in (src/server/locale.ts picks it per request). */
export function LocaleProvider({ locale, children }: { locale: string; children: React.ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

/** Formats days in the page's locale: the same on the server's render and in the browser. */
export function useFormatDay() {
  const locale = useContext(LocaleContext);
  return (day: Day) => formatDayIn(day, locale);
}
