import { z } from "zod";
import { listOpenGaps } from "@/server/gaps/gaps.queries";
import { authedGetRoute } from "@/server/route";

/** The map's open gaps, for the command palette's "Add a prospect for …". */
export const GET = authedGetRoute(z.object({}), async (_input, user) => ({ gaps: await listOpenGaps(user.id) }));
