import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { buttonClass } from "@/components/button";
import { TextLink } from "@/components/text-link";
import { verifyUnsubscribeToken } from "@/server/digests/unsubscribe-token";

export const metadata: Metadata = { title: "Unsubscribe" };

/**
 * The digest footer's link. Opening it changes nothing (mail scanners open links);
 * the button posts to the one-click endpoint.
 */
export default async function UnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  if (params.done === "1") {
    return (
      <div className="space-y-3">
        <h1 className="text-xl font-semibold">You are unsubscribed</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          No more digest emails. Your reminders still show on your map, and you can turn digests back on in Settings.
        </p>
        <TextLink href="/settings#digest" className="text-sm">
          Settings
        </TextLink>
      </div>
    );
  }
  const token = typeof params.token === "string" ? params.token : "";
  if (!verifyUnsubscribeToken(token)) notFound();
  return (
    <form method="post" action={`/api/unsubscribe?token=${encodeURIComponent(token)}`} className="space-y-4">
      <h1 className="text-xl font-semibold">Unsubscribe from digests?</h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        You will get no more digest emails. Nothing else changes.
      </p>
      <button type="submit" className={buttonClass("primary")}>
        Unsubscribe
      </button>
    </form>
  );
}
