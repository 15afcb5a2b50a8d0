import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { todayIn } from "@/domain/calendar";
import { formDataToObject, nullCharacterErrors } from "@/domain/form-data";
import { getCurrentUser } from "./auth/session";
import { logger } from "./logger";
import { idempotencyKeySchema, withIdempotencyKey } from "./offline-writes";

export type FieldErrors = Record<string, string[]>;

/** `replayed`: an offline write whose key was already written; `data` is what that first write answered. */
export type ActionResult<T> =
  | { ok: true; data: T; replayed?: true }
  | { ok: false; error: string; fieldErrors?: FieldErrors };

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
 *
 * `offline`: the action can be queued on a phone without a connection. Its input may
 * then carry an `idempotencyKey`, and its write must go through `writeTransaction`
 * (src/server/offline-writes.ts), which makes a replayed write happen once.
 */
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  fn: (input: z.output<S>, ctx: ActionContext) => Promise<T>,
  name = fn.name || "action",
  { offline = false } = {},
) {
  async function run(raw: unknown): Promise<ActionResult<T>> {
    try {
      const user = await getCurrentUser();
      if (!user) return { ok: false, error: "Your session has ended. Sign in again." };
      const { idempotencyKey, input } = withoutKey(raw instanceof FormData ? formDataToObject(raw) : raw);
      const nul = nullCharacterErrors(input);
      if (nul) return { ok: false, error: "Please correct the highlighted fields.", fieldErrors: nul };
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        return { ok: false, error: "Please correct the highlighted fields.", fieldErrors: toFieldErrors(parsed.error) };
      }
      const ctx = { userId: user.id, timeZone: user.timeZone };
      if (idempotencyKey === undefined) return { ok: true, data: await fn(parsed.data, ctx) };
      if (!offline) return { ok: false, error: "This change cannot be queued offline; make it again online." };
      const key = idempotencyKeySchema.safeParse(idempotencyKey);
      if (!key.success) return { ok: false, error: key.error.issues[0]!.message };
      const written = await withIdempotencyKey({ userId: user.id, key: key.data, action: name }, () =>
        fn(parsed.data, ctx),
      );
      return written.replayed
        ? { ok: true, data: written.data as T, replayed: true }
        : { ok: true, data: written.data as T };
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

/** The input without its `idempotencyKey` (which no schema lists). */
function withoutKey(raw: unknown): { idempotencyKey?: unknown; input: unknown } {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return { input: raw };
  const { idempotencyKey, ...input } = raw as Record<string, unknown>;
  return { idempotencyKey, input };
}

export function toFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "_form";
    out[key] = [...(out[key] ?? []), issue.message];
  }
  return out;
}
