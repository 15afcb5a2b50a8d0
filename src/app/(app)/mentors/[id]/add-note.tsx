"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/button";
import { inputClass, TextareaField } from "@/components/field";
import { useOffline } from "@/components/offline/offline-provider";
import { submitOrQueue } from "@/components/offline/offline-writes";
import { Reveal } from "@/components/reveal";

/** A quick note after a conversation (offline too): added to the notes under today's date. */
export function AddNote({ mentorId, name, today }: { mentorId: string; name: string; today: string }) {
  const router = useRouter();
  const { userId } = useOffline();
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<string[]>();
  const [notice, setNotice] = useState<string>();
  const [pending, startTransition] = useTransition();

  function save(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await submitOrQueue(
        "note",
        { id: mentorId, note, writtenOn: today },
        {
          userId,
          mentorId,
          label: `Note on ${name}`,
        },
      );
      if (result.ok === false) {
        setErrors(result.fieldErrors?.note ?? result.fieldErrors?.writtenOn ?? [result.error]);
        return;
      }
      setErrors(undefined);
      setNote("");
      setNotice(result.ok === "queued" ? "No connection: saved on this device, waiting to sync." : "Note added.");
      if (result.ok === true) router.refresh();
    });
  }

  return (
    <Reveal label="Add a note" variant="secondary">
      <form onSubmit={save} className="space-y-3" noValidate aria-label="Add a note">
        {notice ? (
          <p role="status" className="text-sm text-zinc-700 dark:text-zinc-300">
            {notice}
          </p>
        ) : null}
        <TextareaField
          id={`${mentorId}-note`}
          label="Note"
          hint="Added to the notes with today's date."
          errors={errors}
          rows={3}
          maxLength={5000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          className={inputClass}
        />
        <Button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add note"}
        </Button>
      </form>
    </Reveal>
  );
}
