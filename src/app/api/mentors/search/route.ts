import { z } from "zod";
import { searchMentorsForPicker } from "@/server/mentors/mentors.queries";
import { authedGetRoute } from "@/server/route";

/** The mentor picker of the quick check-in dialog. */
export const GET = authedGetRoute(
  z.object({ q: z.string().max(200, "Search for at most 200 characters.").default("") }),
  async ({ q }, user) => ({
    mentors: await searchMentorsForPicker(user.id, q),
  }),
);
