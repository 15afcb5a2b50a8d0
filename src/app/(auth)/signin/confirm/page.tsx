import type { Metadata } from "next";
import { buttonClass } from "@/components/button";

export const metadata: Metadata = { title: "Confirm sign-in" };

/**
 * The page the emailed link opens. Signing in takes this button's POST, so a mail
 * scanner that fetches the link does not use up the one-time token.
 */
export default async function ConfirmSignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { token, email, callbackUrl } = await searchParams;
  if (!token || !email) {
    return (
      <div className="space-y-2">
        <h1 className="text-xl font-semibold">This link is incomplete</h1>
        <p className="text-sm">Open the link from your email again, or ask for a new one.</p>
      </div>
    );
  }
  return (
    <form method="post" action="/api/auth/callback/email" className="space-y-4">
      <h1 className="text-xl font-semibold">Sign in to Mentor Map</h1>
      <p className="text-sm">
        Continue as <strong>{email}</strong>.
      </p>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      {/* biome-ignore lint/a11y/noAutofocus: this page exists to press this one button (Enter signs in) */}
      <button type="submit" className={`${buttonClass()} w-full`} autoFocus>
        Sign in
      </button>
    </form>
  );
}
