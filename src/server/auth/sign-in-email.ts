import "server-only";
import { env } from "../env";
import { sendMail } from "../mail/mail";

/**
 * The emailed link opens a confirm page rather than signing in directly: mail
 * scanners that prefetch links would otherwise use up the single-use token. Only
 * the confirm page's POST signs in.
 */
export function toConfirmUrl(callbackUrl: string): string {
  const url = new URL(callbackUrl);
  const confirm = new URL("/signin/confirm", url.origin);
  confirm.search = url.search;
  return confirm.toString();
}

export async function sendSignInEmail(email: string, callbackUrl: string) {
  const link = toConfirmUrl(callbackUrl);
  // A line a person can read and copy in the start log, not a JSON field.
  if (env().developmentMode)
    console.log(`\nSign-in link for ${email} (development only; also at /dev/outbox):\n  ${link}\n`);
  await sendMail({
    to: email,
    subject: "Your sign-in link for Mentor Map",
    text: `Sign in to Mentor Map:\n\n${link}\n\nThe link works once and expires in 15 minutes. If you did not ask for it, ignore this email.\n`,
    html: `<p>Sign in to Mentor Map:</p><p><a href="${escapeHtml(link)}">Sign in</a></p><p>The link works once and expires in 15 minutes. If you did not ask for it, ignore this email.</p>`,
  });
}

function escapeHtml(value: string) {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
