import { z } from "zod";
import { formatDayLong, todayIn } from "@/domain/calendar";
import { renderMapSvg } from "@/domain/map-svg";
import { getDashboard } from "@/server/dashboard/dashboard.queries";
import { authedGetRoute } from "@/server/route";

/** "Download my map" as SVG; `?download=0` shows it inline (the PNG export draws it). */
export const GET = authedGetRoute(
  z.object({ download: z.enum(["0", "1"], { error: "download is 0 or 1." }).default("1") }),
  async ({ download }, user) => {
    const today = todayIn(user.timeZone);
    const { map } = await getDashboard(user);
    const svg = renderMapSvg(map, {
      title: "My mentorship map",
      subtitle: `${user.name ? `${user.name} · ` : ""}${formatDayLong(today)}`,
    });
    return new Response(svg, {
      headers: {
        "Content-Type": "image/svg+xml; charset=utf-8",
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
        ...(download === "1" ? { "Content-Disposition": `attachment; filename="mentorship-map-${today}.svg"` } : {}),
      },
    });
  },
);
