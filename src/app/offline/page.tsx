import type { Metadata } from "next";
import { TextLink } from "@/components/text-link";

export const metadata: Metadata = { title: "Offline" };

/**
 * What the service worker shows for a page it never kept, when there is no
 * connection. Nothing here is anyone's: it is cached for the whole browser.
 */
export default function OfflinePage() {
  return (
    <div className="min-h-screen">
      <header className="flex h-14 items-center border-b border-zinc-200 bg-white px-4 dark:border-zinc-800 dark:bg-zinc-900">
        <span className="font-semibold tracking-tight">Mentor Map</span>
      </header>
      <main id="main" className="mx-auto max-w-md px-6 py-16">
        <h1 className="text-2xl font-semibold">You are offline</h1>
        <p className="mt-2 text-zinc-600 dark:text-zinc-400">
          This page was not saved on this device. The pages you have opened before still work: your mentors list, the
          mentors you viewed and their briefs. Check-ins, value exchanges, notes and new prospects you save offline sync
          when the connection returns.
        </p>
        <ul className="mt-6 space-y-2">
          <li>
            <TextLink href="/mentors">Your mentors</TextLink>
          </li>
          <li>
            <TextLink href="/dashboard">Your map</TextLink>
          </li>
          <li>
            <TextLink href="/mentors/new">Add a prospect</TextLink>
          </li>
        </ul>
      </main>
    </div>
  );
}
