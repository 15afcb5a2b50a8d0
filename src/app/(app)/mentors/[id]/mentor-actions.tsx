"use client";

import { Archive, ArchiveRestore, NotebookPen, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { Menu, MenuCommand, MenuContent, MenuLink, MenuSeparator, MoreTrigger } from "@/components/menu";
import { useToast } from "@/components/toast";
import {
  archiveMentorAction,
  deleteMentorAction,
  unarchiveMentorAction,
} from "@/server/mentors/mentors.lifecycle.actions";

/** The rarer actions on a mentor, away from the main one: outreach notes, archive, delete (with undo on the list). */
export function MentorActions({
  id,
  name,
  archived,
  outreachNotes,
}: {
  id: string;
  name: string;
  archived: boolean;
  /** Offer the outreach page here once it is no longer the main action. */
  outreachNotes: boolean;
}) {
  const router = useRouter();
  const toast = useToast();
  return (
    <Menu>
      <MoreTrigger label={`More actions for ${name}`} />
      <MenuContent label={`More actions for ${name}`}>
        {outreachNotes ? (
          <MenuLink href={`/mentors/${id}/outreach`}>
            <NotebookPen aria-hidden className="size-4" /> Outreach notes
          </MenuLink>
        ) : null}
        <MenuCommand
          onSelect={async () => {
            const result = archived ? await unarchiveMentorAction({ id }) : await archiveMentorAction({ id });
            toast({
              message: result.ok ? (archived ? `${name} is back on the map.` : `${name} was archived.`) : result.error,
            });
            router.refresh();
          }}
        >
          {archived ? <ArchiveRestore aria-hidden className="size-4" /> : <Archive aria-hidden className="size-4" />}
          {archived ? "Unarchive" : "Archive"}
        </MenuCommand>
        <MenuSeparator />
        <MenuCommand
          onSelect={async () => {
            const result = await deleteMentorAction({ id });
            if (!result.ok) return toast({ message: result.error });
            router.push(`/mentors?deleted=${encodeURIComponent(id)}&name=${encodeURIComponent(name)}`);
          }}
        >
          <Trash2 aria-hidden className="size-4 text-red-700 dark:text-red-300" /> Delete
        </MenuCommand>
      </MenuContent>
    </Menu>
  );
}
