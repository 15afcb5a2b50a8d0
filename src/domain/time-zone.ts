/** An IANA zone this runtime knows ("Europe/London"), so reminders can fall due in it. */
export const isKnownTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.includes("/") || zone === "UTC";
  } catch {
    return false;
  }
};
