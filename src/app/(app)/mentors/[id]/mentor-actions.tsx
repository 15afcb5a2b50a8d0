"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/button";
import { useToast } from "@/components/toast";
import {
  archiveMentorAction,
  deleteMentorAction,
  unarchiveMentorAction,
} from "@/server/mentors/mentors.lifecycle.actions";

export function MentorActions({ id, name, archived }: { id: string; name: string; archived: boolean }) {
  const router = useRouter();
  const toast = useToast();
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex gap-2">
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = archived ? await unarchiveMentorAction({ id }) : await archiveMentorAction({ id });
            toast({
              message: result.ok ? (archived ? `${name} is back on the map.` : `${name} was archived.`) : result.error,
            });
            router.refresh();
          })
        }
      >
        {archived ? "Unarchive" : "Archive"}
      </Button>
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await deleteMentorAction({ id });
            if (!result.ok) return toast({ message: result.error });
            router.push(`/mentors?deleted=${encodeURIComponent(id)}&name=${encodeURIComponent(name)}`);
          })
        }
      >
        Delete
      </Button>
    </div>
  );
}
