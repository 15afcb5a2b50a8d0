import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { nullCharacterErrors } from "@/domain/form-data";
import { toFieldErrors } from "./action";
import { type CurrentUser, getCurrentUser } from "./auth/session";
import { logger } from "./logger";

/**
 * The route-handler twin of authedAction: session, zod parse of the query string,
 * JSON out (or the handler's own Response, for files). 401 signed out, 400 with
 * field errors for bad input, never a 500 for it.
 */
export function authedGetRoute<S extends z.ZodType, T>(
  schema: S,
  fn: (input: z.output<S>, user: CurrentUser) => Promise<T>,
) {
  return async (req: Request) => {
    try {
      const user = await getCurrentUser();
      if (!user) return NextResponse.json({ error: "Sign in to continue." }, { status: 401 });
      const query = Object.fromEntries(new URL(req.url).searchParams);
      const nul = nullCharacterErrors(query);
      if (nul) return NextResponse.json({ error: "Invalid request.", fieldErrors: nul }, { status: 400 });
      const parsed = schema.safeParse(query);
      if (!parsed.success)
        return NextResponse.json(
          { error: "Invalid request.", fieldErrors: toFieldErrors(parsed.error) },
          { status: 400 },
        );
      const out = await fn(parsed.data, user);
      if (out instanceof Response) return out;
      return NextResponse.json(out, { headers: { "Cache-Control": "private, no-store" } });
    } catch (error) {
      logger.error({ err: error, url: req.url }, "route failed");
      return NextResponse.json({ error: "Something went wrong on our side." }, { status: 500 });
    }
  };
}
