import { z } from "zod";
import { formatDayLong } from "@/domain/calendar";
import { impactMarkdown } from "@/domain/impact";
import { renderImpactSvg } from "@/domain/impact-svg";
import { impactOf } from "@/server/mentees/mentees.impact.queries";
import { authedGetRoute } from "@/server/route";

/** The impact page as a Markdown file, or as an SVG card (which the page draws into a PNG). */
export const GET = authedGetRoute(
  z.object({ format: z.enum(["md", "svg"], { error: "format is md or svg." }).default("md") }),
  async ({ format }, user) => {
    const impact = await impactOf(user);
    if (format === "svg")
      return new Response(renderImpactSvg(impact, formatDayLong(impact.today)), {
        headers: {
          "Content-Type": "image/svg+xml; charset=utf-8",
          "Cache-Control": "private, no-store",
          "X-Content-Type-Options": "nosniff",
        },
      });
    return new Response(impactMarkdown(impact), {
      headers: {
        "Content-Type": "text/markdown; charset=utf-8",
        "Content-Disposition": `attachment; filename="mentoring-impact-${impact.today}.md"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
);
