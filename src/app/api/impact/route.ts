import { z } from "zod";
import { impactMarkdown } from "@/domain/impact";
import { impactOf } from "@/server/mentees/mentees.impact.queries";
import { authedGetRoute } from "@/server/route";

/** The impact page as a Markdown file. */
export const GET = authedGetRoute(
  z.object({ format: z.enum(["md"], { error: "format is md." }).default("md") }),
  async (_input, user) => {
    const impact = await impactOf(user);
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
