import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { todayIn } from "@/domain/calendar";
import { formDataToObject, nullCharacterErrors } from "@/domain/form-data";
import { getCurrentUser } from "./auth/session";
import { logger } from "./logger";

export type FieldErrors = Record<string, string[]>;

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: FieldErrors };

/** An expected failure with a message for the user (not found, a rule broken). */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new ActionError(`${what} not found.`);

/** One field's error, as a refusal. */
export const fieldError = (field: string, message: string) =>
  new ActionError("Please correct the highlighted fields.", { [field]: [message] });

/** A day the user entered must not be after today on their own calendar. */
export function assertNotFuture(timeZone: string, day: string | undefined, field: string) {
  if (day && day > todayIn(timeZone)) throw fieldError(field, "That date is in the future.");
}

/** Who is acting, from the session: every query is scoped by `userId`. */
export type ActionContext = { userId: string; timeZone: string };

/**
 * Every server action goes through here: the session, the zod parse (unknown
 * fields are dropped, never written) and the user id that scopes every query.
 * The returned function takes either a plain object or, for `useActionState`
 * forms, `(previousState, formData)`.
 */
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  fn: (input: z.output<S>, ctx: ActionContext) => Promise<T>,
  name = fn.name || "action",
) {
  async function run(raw: unknown): Promise<ActionResult<T>> {
    try {
      const user = await getCurrentUser();
      if (!user) return { ok: false, error: "Your session has ended. Sign in again." };
      const input = raw instanceof FormData ? formDataToObject(raw) : raw;
      const nul = nullCharacterErrors(input);
      if (nul) return { ok: false, error: "Please correct the highlighted fields.", fieldErrors: nul };
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        return { ok: false, error: "Please correct the highlighted fields.", fieldErrors: toFieldErrors(parsed.error) };
      }
      return { ok: true, data: await fn(parsed.data, { userId: user.id, timeZone: user.timeZone }) };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are control flow, not failures
      if (error instanceof ActionError) {
        return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
      }
      logger.error({ err: error, action: name }, "server action failed");
      return { ok: false, error: "Something went wrong on our side; nothing was saved. Please try again." };
    }
  }
  const action = async (first: unknown, second?: unknown): Promise<ActionResult<T>> =>
    run(second instanceof FormData ? second : first);
  registeredActions.set(action, { name, schema });
  return action;
}

/**
 * Every action made by `authedAction`, with its name and input schema: the
 * security tests enumerate the action modules and find each export here (an
 * export that is missing was not made by `authedAction`).
 */
const registeredActions = new WeakMap<object, { name: string; schema: z.ZodType }>();
export const describeAction = (fn: unknown) => (typeof fn === "function" ? registeredActions.get(fn) : undefined);

export function toFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "_form";
    out[key] = [...(out[key] ?? []), issue.message];
  }
  return out;
}
