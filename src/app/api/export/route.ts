import { z } from "zod";
import { todayIn } from "@/domain/calendar";
import { exportMap, exportMapStream } from "@/server/import-export/map-export";
import { mentorsCsv } from "@/server/import-export/mentors-csv";
import { authedGetRoute } from "@/server/route";

/** Settings → "Download": the complete JSON export (streamed), or the mentors as CSV. */
export const GET = authedGetRoute(
  z.object({ format: z.enum(["json", "csv"], { error: "format is json or csv." }).default("json") }),
  async ({ format }, user) => {
    const day = todayIn(user.timeZone);
    const headers = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
    if (format === "csv") {
      return new Response(mentorsCsv(await exportMap(user.id)), {
        headers: {
          ...headers,
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="mentors-${day}.csv"`,
        },
      });
    }
    // Streamed as it is read: the first bytes leave at once, memory stays flat for any size of map.
    return new Response(exportMapStream(user.id), {
      headers: {
        ...headers,
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="mentor-map-${day}.json"`,
      },
    });
  },
);
