"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import type { ActionResult } from "@/server/action";
import { useToast } from "./toast";

/**
 * Deletes at once and offers Undo: `remove` returns what was deleted, `restore`
 * puts it back.
 */
export function useDeleteWithUndo<T>(
  remove: () => Promise<ActionResult<T>>,
  restore: (deleted: T) => Promise<unknown>,
  message: string,
) {
  const router = useRouter();
  const toast = useToast();
  const [pending, startTransition] = useTransition();
  const run = () =>
    startTransition(async () => {
      const result = await remove();
      if (!result.ok) return toast({ message: result.error });
      router.refresh();
      toast({
        message,
        action: {
          label: "Undo",
          onClick: async () => {
            await restore(result.data);
            router.refresh();
          },
        },
      });
    });
  return { run, pending };
}
