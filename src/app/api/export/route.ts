import { z } from "zod";
import { todayIn } from "@/domain/calendar";
import { exportMap } from "@/server/import-export/map-export";
import { mentorsCsv } from "@/server/import-export/mentors-csv";
import { authedGetRoute } from "@/server/route";

/** Settings → "Download": the complete JSON export, or the mentors as CSV. */
export const GET = authedGetRoute(
  z.object({ format: z.enum(["json", "csv"], { error: "format is json or csv." }).default("json") }),
  async ({ format }, user) => {
    const doc = await exportMap(user.id);
    const day = todayIn(user.timeZone);
    const headers = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
    if (format === "csv") {
      return new Response(mentorsCsv(doc), {
        headers: {
          ...headers,
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="mentors-${day}.csv"`,
        },
      });
    }
    return new Response(JSON.stringify(doc, null, 2), {
      headers: {
        ...headers,
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="mentor-map-${day}.json"`,
      },
    });
  },
);
