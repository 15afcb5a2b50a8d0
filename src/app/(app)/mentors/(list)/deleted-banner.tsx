"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { restoreMentorAction } from "@/server/mentors/mentors.lifecycle.actions";

/** After deleting from the mentor page: the undo that follows the user to the list. */
export function DeletedBanner({ id, name }: { id: string; name: string }) {
  const router = useRouter();
  const [state, setState] = useState<"shown" | "restoring" | "error" | "gone">("shown");
  if (state === "gone") return null;
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-3 rounded-md bg-zinc-900 px-4 py-3 text-sm text-white dark:bg-zinc-100 dark:text-zinc-900"
    >
      <span>{state === "error" ? `Could not restore ${name}.` : `${name} was deleted.`}</span>
      <button
        type="button"
        className="font-semibold underline"
        disabled={state === "restoring"}
        onClick={async () => {
          setState("restoring");
          const result = await restoreMentorAction({ id });
          if (!result.ok) return setState("error");
          setState("gone");
          router.push(`/mentors/${id}`);
        }}
      >
        Undo
      </button>
    </div>
  );
}
