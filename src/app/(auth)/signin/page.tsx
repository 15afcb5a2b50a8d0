import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { buttonClass } from "@/components/button";
import { configuredOAuthProviders } from "@/server/auth/auth-options";
import { getCurrentUser } from "@/server/auth/session";
import { env } from "@/server/env";
import { OAuthButtons, SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

const ERRORS: Record<string, string> = {
  RateLimited: "Too many sign-in emails were requested. Wait 15 minutes, then try again.",
  InvalidEmail: "That does not look like an email address.",
  Verification: "That sign-in link has expired or was already used. Ask for a new one below.",
  EmailSignin: "We could not send the sign-in email. Try again in a moment.",
  OAuthAccountNotLinked: "That email is already linked to another sign-in method. Use the one you used before.",
  SessionRequired: "Sign in to continue.",
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = typeof params.callbackUrl === "string" ? params.callbackUrl : "/dashboard";
  if (await getCurrentUser()) redirect("/dashboard");
  const errorCode = typeof params.error === "string" ? params.error : undefined;
  const error = errorCode ? (ERRORS[errorCode] ?? "Sign-in failed. Please try again.") : undefined;
  const { developmentMode } = env();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-xl font-semibold">Sign in</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">We email you a link; no password to remember.</p>
      </div>
      {params.deleted === "1" ? (
        <p
          role="status"
          className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200"
        >
          Your account and everything in it have been deleted.
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          {error}
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
      <OAuthButtons providers={configuredOAuthProviders()} callbackUrl={callbackUrl} />
      {developmentMode ? (
        <form method="post" action="/api/demo" className="border-t border-zinc-200 pt-6 dark:border-zinc-800">
          <button type="submit" className={`${buttonClass("secondary")} w-full`}>
            Explore the demo map
          </button>
          <p className="mt-2 text-center text-xs text-zinc-600 dark:text-zinc-400">
            A ready-made map with 20 mentors. No email needed. (Only in development.)
          </p>
        </form>
      ) : null}
    </div>
  );
}
