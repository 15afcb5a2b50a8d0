"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/button";
import Link from "@/components/link";
import { useFormatDay } from "@/components/locale";
import { Panel } from "@/components/panel";
import { useToast } from "@/components/toast";
import { channelLabel } from "@/domain/channels";
import {
  dismissProposalAction,
  logProposalAction,
  undoDismissProposalAction,
} from "@/server/calendar/calendar.actions";
import type { Proposal } from "@/server/calendar/calendar.queries";

/** Meetings with mentors found in the user's calendar, each one click from a check-in. */
export function CalendarInbox({ items, total }: { items: Proposal[]; total: number }) {
  const formatDay = useFormatDay();
  const toast = useToast();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const run = (fn: () => Promise<{ ok: boolean; error?: string }>, done: () => void) =>
    startTransition(async () => {
      const answer = await fn();
      if (!answer.ok) toast({ message: answer.error ?? "Something went wrong." });
      else done();
      router.refresh();
    });
  return (
    <Panel id="calendar-inbox" aria-labelledby="calendar-inbox-heading" className="space-y-3">
      <h2 id="calendar-inbox-heading" className="text-lg font-semibold">
        From your calendar
      </h2>
      <ul className="divide-y divide-zinc-100 text-sm dark:divide-zinc-800">
        {items.map((p) => (
          <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              You met{" "}
              <Link href={`/mentors/${p.mentorId}`} className="font-medium hover:underline">
                {p.mentorName}
              </Link>{" "}
              on {formatDay(p.on)} ({p.label}) — log it?
              {p.match === "NAME" ? (
                <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                  Matched by name only: check it is the same person.
                </span>
              ) : null}
            </span>
            <span className="flex gap-2">
              <Button
                type="button"
                disabled={pending}
                aria-label={`Log the meeting with ${p.mentorName} on ${formatDay(p.on)} as a check-in`}
                onClick={() =>
                  run(
                    () => logProposalAction({ id: p.id }),
                    () =>
                      toast({
                        message: `Logged: ${channelLabel(p.channel).toLowerCase()} with ${p.mentorName} on ${formatDay(p.on)}.`,
                      }),
                  )
                }
              >
                Log it
              </Button>
              <Button
                type="button"
                variant="secondary"
                disabled={pending}
                aria-label={`The meeting with ${p.mentorName} on ${formatDay(p.on)} was not a check-in`}
                onClick={() =>
                  run(
                    () => dismissProposalAction({ id: p.id }),
                    () =>
                      toast({
                        message: "Not offered again.",
                        action: {
                          label: "Undo",
                          onClick: async () => {
                            await undoDismissProposalAction({ id: p.id });
                            router.refresh();
                          },
                        },
                      }),
                  )
                }
              >
                Not a check-in
              </Button>
            </span>
          </li>
        ))}
      </ul>
      {total > items.length ? (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          {total - items.length} more {total - items.length === 1 ? "meeting waits" : "meetings wait"} after these.
        </p>
      ) : null}
    </Panel>
  );
}
