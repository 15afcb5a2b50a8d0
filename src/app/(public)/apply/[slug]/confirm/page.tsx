import type { Metadata } from "next";
import { buttonClass } from "@/components/button";

export const metadata: Metadata = { title: "Confirm your application", robots: { index: false } };

/**
 * The page the confirmation link opens: the application is sent by this button's
 * POST, so a mail scanner that fetches the link sends nothing.
 */
export default async function ConfirmApplicationPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug } = await params;
  const { token, result } = await searchParams;
  if (result === "confirmed")
    return (
      <div role="status" className="space-y-2">
        <h1 className="text-xl font-semibold">Application sent</h1>
        <p className="text-sm">Thank you. Your application is with the mentor now; they will answer by email.</p>
      </div>
    );
  if (result === "invalid" || !token)
    return (
      <div className="space-y-2">
        <h1 className="text-xl font-semibold">This link does not work</h1>
        <p className="text-sm">
          It may be more than a day old, or already used.{" "}
          <a href={`/apply/${encodeURIComponent(slug)}`} className="underline">
            Apply again
          </a>
          .
        </p>
      </div>
    );
  return (
    <form method="post" action={`/api/apply/${encodeURIComponent(slug)}/confirm`} className="space-y-4">
      <h1 className="text-xl font-semibold">Confirm your application</h1>
      <p className="text-sm">Press the button to send your application to the mentor.</p>
      <input type="hidden" name="token" value={token} />
      {/* biome-ignore lint/a11y/noAutofocus: this page exists to press this one button */}
      <button type="submit" className={`${buttonClass()} w-full`} autoFocus>
        Send my application
      </button>
    </form>
  );
}
