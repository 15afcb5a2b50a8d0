import "server-only";
import { type NextRequest, NextResponse } from "next/server";
import type { z } from "zod";
import { nullCharacterErrors } from "@/domain/form-data";
import { ActionError, toFieldErrors } from "./action";
import { type CurrentUser, getCurrentUser } from "./auth/session";
import { isSameOrigin } from "./http";
import { logger } from "./logger";

/** An expected failure with its own status (a file too large is 413); the message is for the user. */
export class RouteError extends ActionError {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const json = (body: unknown, status = 200) =>
  NextResponse.json(body, { status, headers: { "Cache-Control": "private, no-store" } });

/** The input's zod parse: field errors for bad input (and for a null character, which Postgres refuses). */
function parse<S extends z.ZodType>(schema: S, input: Record<string, unknown>) {
  const nul = nullCharacterErrors(input);
  if (nul) return { response: json({ error: "Invalid request.", fieldErrors: nul }, 400) };
  const parsed = schema.safeParse(input);
  if (!parsed.success)
    return { response: json({ error: "Invalid request.", fieldErrors: toFieldErrors(parsed.error) }, 400) };
  return { data: parsed.data as z.output<S> };
}

/** JSON out, or the handler's own Response (for files); expected failures by their status, the rest logged. */
async function answer(req: Request, failed: string, run: () => Promise<unknown>) {
  try {
    const out = await run();
    return out instanceof Response ? out : json(out);
  } catch (error) {
    if (error instanceof RouteError) return json({ error: error.message }, error.status);
    if (error instanceof ActionError) return json({ error: error.message, fieldErrors: error.fieldErrors }, 400);
    logger.error({ err: error, url: req.url }, "route failed");
    return json({ error: failed }, 500);
  }
}

const signedOut = () => json({ error: "Sign in to continue." }, 401);

/**
 * The route-handler twin of authedAction: session, zod parse of the query string,
 * JSON out (or the handler's own Response, for files). 401 signed out, 400 with
 * field errors for bad input, never a 500 for it.
 */
export function authedGetRoute<S extends z.ZodType, T>(
  schema: S,
  fn: (input: z.output<S>, user: CurrentUser) => Promise<T>,
) {
  return (req: Request) =>
    answer(req, "Something went wrong on our side.", async () => {
      const user = await getCurrentUser();
      if (!user) return signedOut();
      const parsed = parse(schema, Object.fromEntries(new URL(req.url).searchParams));
      return parsed.response ?? fn(parsed.data, user);
    });
}

type PostOptions = {
  /** Where the input is: the query string (the body is the handler's), or the fields of a form upload. */
  input: "query" | "form";
  /** A declared body larger than this is refused (413) before any of it is read. */
  maxBytes: number;
  tooLarge: string;
  /** The answer to an unexpected failure. */
  failed: string;
};

/**
 * The POST twin: the same as authedGetRoute, after an origin check (403 from another
 * site). With `input: "form"` the handler also gets the parsed form, files included.
 */
export function authedPostRoute<S extends z.ZodType, T>(
  schema: S,
  fn: (input: z.output<S>, user: CurrentUser, req: NextRequest, form: FormData | null) => Promise<T>,
  options: PostOptions,
) {
  return (req: NextRequest) =>
    answer(req, options.failed, async () => {
      if (!isSameOrigin(req)) return json({ error: "Forbidden." }, 403);
      const user = await getCurrentUser();
      if (!user) return signedOut();
      if (Number(req.headers.get("content-length") ?? 0) > options.maxBytes)
        throw new RouteError(options.tooLarge, 413);
      let form: FormData | null = null;
      let input: Record<string, unknown> = Object.fromEntries(req.nextUrl.searchParams);
      if (options.input === "form") {
        form = await req.formData().catch(() => null);
        if (!form) throw new RouteError("Send the file as a form upload.", 400);
        input = Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === "string"));
      }
      const parsed = parse(schema, input);
      return parsed.response ?? fn(parsed.data, user, req, form);
    });
}
