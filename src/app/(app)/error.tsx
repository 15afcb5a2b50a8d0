"use client";

import { Button } from "@/components/button";

/** Shown when a page fails on the server (say, the database is briefly unreachable). */
export default function AppError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-md space-y-4 py-16 text-center">
      <h1 className="text-xl font-semibold">This page could not be loaded</h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Something went wrong on our side. Nothing you saved is lost; try again in a moment.
      </p>
      <Button type="button" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
