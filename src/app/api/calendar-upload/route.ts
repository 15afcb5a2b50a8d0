import { revalidatePath } from "next/cache";
import { CALENDAR_LIMITS } from "@/domain/calendar-address";
import { CalendarFileError } from "@/domain/calendar-events";
import { calendarUploadSchema } from "@/server/calendar/calendar.schema";
import { proposeFromCalendar } from "@/server/calendar/calendar-proposals";
import { db } from "@/server/db";
import { authedPostRoute, RouteError } from "@/server/route";

const MB = CALENDAR_LIMITS.bytes / 1024 / 1024;
const TOO_LARGE = `This calendar file is larger than ${MB} MB. Export a shorter range (the last few months is enough).`;

/** Settings → "Check-ins from your calendar": an exported .ics file, read once; its meetings with mentors proposed. */
export const POST = authedPostRoute(
  calendarUploadSchema,
  async (input, user, _req, form) => {
    const file = form?.get("file");
    if (!(file instanceof File)) throw new RouteError("Choose an .ics file to read.", 400);
    if (file.size > CALENDAR_LIMITS.bytes) throw new RouteError(TOO_LARGE, 413);
    if (file.size === 0) throw new RouteError("This file is empty.", 400);
    const { autoLogExactEmail } = input;
    const ics = new TextDecoder().decode(await file.arrayBuffer());
    const reading = await proposeFromCalendar(user.id, ics, autoLogExactEmail).catch((error: unknown) => {
      throw error instanceof CalendarFileError ? new RouteError(error.message, 400) : error;
    });
    const source = {
      url: null,
      fileName: file.name.slice(0, 200) || "calendar.ics",
      autoLogExactEmail,
      lastReadAt: new Date(),
      lastError: null,
      nextFetchAt: null,
    };
    await db.calendarSource.upsert({
      where: { userId: user.id },
      create: { userId: user.id, ...source },
      update: source,
    });
    revalidatePath("/settings");
    revalidatePath("/dashboard");
    return reading;
  },
  {
    input: "form",
    maxBytes: CALENDAR_LIMITS.bytes + 100_000,
    tooLarge: TOO_LARGE,
    failed: "Something went wrong on our side; the calendar was not read.",
  },
);
