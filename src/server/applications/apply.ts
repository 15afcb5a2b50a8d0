import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { z } from "zod";
import { APPLY_LIMITS, CONFIRM_WITHIN_HOURS } from "@/domain/applications";
import { hitRateLimits } from "../auth/rate-limit";
import { db } from "../db";
import { appUrl, env } from "../env";
import { logger } from "../logger";
import { sendMail } from "../mail/mail";
import { type Answer, publicApplicationPage } from "./applications.queries";
import { applySchema, confirmApplicationSchema } from "./applications.schema";
import { checkFormStamp } from "./form-stamp";

const HOUR = 3_600_000;
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
/** The secret the form's stamp is signed with (the app's own). */
export const stampSecret = () => env().NEXTAUTH_SECRET ?? "development-only-secret";

/** Field errors, each answer's under its own key ("answers.0") for the field it belongs to. */
function fieldErrorsOf(error: z.ZodError) {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const [field, index] = issue.path;
    const key =
      field === "answers" && index !== undefined ? `answers.${String(index)}` : field ? String(field) : "_form";
    out[key] = [...(out[key] ?? []), issue.message];
  }
  return out;
}

export type ApplyOutcome =
  /** "Check your email": also the answer to a dropped bot and to a capped address, which must look the same. */
  | { status: 200; body: { ok: true } }
  | { status: 400; body: { error: string; fieldErrors?: Record<string, string[]> } }
  | { status: 404 | 409 | 429 | 503; body: { error: string } };

const sent = { status: 200, body: { ok: true } } as const;

/**
 * An application from the public page, as the route hands it over (no session):
 * checked, rate limited, stored unconfirmed and answered with a confirmation mail
 * to the address given. Nothing reaches the owner until the applicant confirms.
 */
export async function submitApplication(
  slug: string,
  input: Record<string, unknown>,
  ip: string | null,
  now = Date.now(),
): Promise<ApplyOutcome> {
  const parsed = applySchema.safeParse(input);
  if (!parsed.success)
    return {
      status: 400,
      body: { error: "Please correct the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) },
    };
  const form = parsed.data;
  // A filled honeypot, a forged stamp or a form sent within seconds of being served:
  // a script. It is told what a person is told, and nothing is written or sent.
  const stamp = checkFormStamp(stampSecret(), form.stamp, now);
  if (form.website || stamp === "forged" || stamp === "too-fast") {
    logger.info({ slug, reason: form.website ? "honeypot" : stamp }, "an application was dropped");
    return sent;
  }
  if (stamp === "stale") return { status: 400, body: { error: "This form is more than a day old: reload the page." } };

  const limits = [
    { bucket: `apply:page:${slug}`, max: APPLY_LIMITS.perPagePerHour, windowMs: HOUR },
    ...(ip ? [{ bucket: `apply:ip:${ip}`, max: APPLY_LIMITS.perIpPerHour, windowMs: HOUR }] : []),
  ];
  if ((await hitRateLimits(limits)).limited)
    return { status: 429, body: { error: "Too many applications from here just now. Please try again in an hour." } };

  const page = await publicApplicationPage(slug);
  if (!page) return { status: 404, body: { error: "There is no application page at this address." } };
  if (page.view.state !== "open")
    return {
      status: 409,
      body: {
        error:
          page.view.state === "full"
            ? "Every place this quarter is taken. Please apply again next quarter."
            : "This page is not taking applications at the moment.",
      },
    };
  const questions = page.view.questions;
  const answers: Answer[] = questions.map((question, i) => ({ question, answer: form.answers[i] ?? "" }));
  const missing = answers.flatMap((a, i) =>
    a.answer ? [] : [[`answers.${i}`, ["Answer this question."]] as [string, string[]]],
  );
  if (missing.length)
    return { status: 400, body: { error: "Please answer every question.", fieldErrors: Object.fromEntries(missing) } };

  // The confirmation mail is capped per address across every page: the form cannot be
  // used to mail a stranger again and again. Over the cap, nothing is stored or sent.
  const mailCap = [
    { bucket: `apply:mail:${form.email}`, max: APPLY_LIMITS.mailsPerAddressPerDay, windowMs: 24 * HOUR },
  ];
  if ((await hitRateLimits(mailCap)).limited) {
    logger.info({ slug }, "an application's confirmation mail was capped");
    return sent;
  }
  const token = randomBytes(24).toString("base64url");
  const application = await db.application.create({
    data: {
      userId: page.ownerId,
      name: form.name,
      email: form.email,
      answers,
      confirmTokenHash: hashToken(token),
    },
    select: { id: true },
  });
  const link = `${appUrl()}/apply/${slug}/confirm?token=${token}`;
  const who = page.view.ownerName ?? "a mentor";
  try {
    // Nothing the applicant typed goes into this mail: it goes to an address anyone could have typed.
    await sendMail({
      to: form.email,
      subject: `Confirm your application to ${who}`,
      text: `Someone, we hope you, applied to be mentored by ${who} through Mentor Map, giving this address.\n\nTo send the application, confirm it here within ${CONFIRM_WITHIN_HOURS} hours:\n\n${link}\n\nIf it was not you, ignore this email: nothing is sent unless the link is confirmed, and the application is deleted after a day.\n`,
    });
  } catch (error) {
    logger.error({ err: error, slug }, "the confirmation mail of an application could not be sent");
    await db.application.delete({ where: { id: application.id } });
    return { status: 503, body: { error: "We could not send the confirmation email. Please try again later." } };
  }
  return sent;
}

/** The applicant's confirmation: the application reaches the owner's inbox. False when the link is unknown or expired. */
export async function confirmApplication(slug: string, input: Record<string, unknown>, now = new Date()) {
  const parsed = confirmApplicationSchema.safeParse(input);
  if (!parsed.success) return false;
  const confirmed = await db.application.updateMany({
    where: {
      confirmTokenHash: hashToken(parsed.data.token),
      status: "UNCONFIRMED",
      createdAt: { gte: new Date(now.getTime() - CONFIRM_WITHIN_HOURS * HOUR) },
      user: { applicationPage: { slug } },
    },
    data: { status: "NEW", confirmedAt: now, confirmTokenHash: null },
  });
  return confirmed.count === 1;
}

export type ApplyInput = z.input<typeof applySchema>;
