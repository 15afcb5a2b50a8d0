import { format } from "date-fns";

/**
 * Day-only columns (@db.Date) arrive as midnight UTC; show them as that calendar
 * day whatever the server's zone.
 */
export function formatDay(day: Date): string {
  return format(new Date(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()), "d MMM yyyy");
}
