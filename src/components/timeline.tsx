"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/button";
import { inputClass } from "@/components/field";
import Link from "@/components/link";
import { useFormatDay } from "@/components/locale";
import { Options } from "@/components/options";
import { Panel } from "@/components/panel";
import { textLinkClass } from "@/components/text-link";
import { useDeleteWithUndo } from "@/components/use-delete-with-undo";
import { CHANNELS, channelLabel } from "@/domain/channels";
import { type MenteeStage, menteeStageLabel } from "@/domain/mentee-stages";
import { safeWebUrl } from "@/domain/safe-url";
import { stageLabel } from "@/domain/stages";
import type { TimelineEntry } from "@/domain/timeline";
import { valueKindLabel } from "@/domain/value-kinds";
import { deleteCheckInAction, logCheckInAction, updateCheckInAction } from "@/server/check-ins/check-ins.actions";
import { deleteValueExchangeAction, logValueExchangeAction } from "@/server/value-exchanges/value-exchanges.actions";
import { MenteeWinEntry } from "./mentee-win-entry";

const REMINDER_KINDS: Record<string, string> = {
  CHECK_IN: "Check-in due",
  FOLLOW_UP: "Follow-up",
  OUTREACH_FOLLOW_UP: "Outreach follow-up",
  REVISIT: "Revisit",
};

/** One history, newest first: check-ins, value exchanges, stage changes, reminders, introductions and wins. */
export function Timeline({ entries, today }: { entries: TimelineEntry[]; today: string }) {
  return (
    <section aria-labelledby="timeline" className="space-y-3">
      <h2 id="timeline" className="text-lg font-semibold">
        Timeline
      </h2>
      {entries.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Nothing yet. Log your conversations: the check-in log is what keeps the rhythm honest and shows how often you
          really talk.
        </p>
      ) : (
        <ol className="space-y-3">
          {entries.map((e) => (
            <Panel key={`${e.kind}-${e.id}`} as="li" padding="snug" className="text-sm">
              <Entry entry={e} today={today} />
            </Panel>
          ))}
        </ol>
      )}
    </section>
  );
}

function Entry({ entry, today }: { entry: TimelineEntry; today: string }) {
  const formatDayLong = useFormatDay();
  const when = <span className="text-xs text-zinc-600 dark:text-zinc-400">{formatDayLong(entry.day)}</span>;
  switch (entry.kind) {
    case "check-in":
      return <CheckInEntry entry={entry} today={today} />;
    case "value":
      return (
        <div className="flex items-start justify-between gap-3">
          <div>
            {when}
            <p>
              <strong>{entry.direction === "GAVE" ? "Gave" : "Received"}</strong> · {valueKindLabel(entry.valueKind)}
              {entry.description ? `: ${entry.description}` : ""}
            </p>
          </div>
          <DeleteValueButton entry={entry} />
        </div>
      );
    case "stage": {
      const label = (stage: string) =>
        entry.of === "mentee" ? menteeStageLabel(stage as MenteeStage) : stageLabel(stage as never);
      return (
        <div>
          {when}
          <p>{entry.from ? `Stage: ${label(entry.from)} → ${label(entry.to)}` : `Added as ${label(entry.to)}`}</p>
          {entry.note ? <p className="text-zinc-600">{entry.note}</p> : null}
        </div>
      );
    }
    case "mentee-win":
      return <MenteeWinEntry entry={entry} />;
    case "reminder":
      return (
        <div>
          {when}
          <p>
            {REMINDER_KINDS[entry.reminderKind] ?? entry.reminderKind}: {entry.title}{" "}
            <span className="text-xs text-zinc-600 dark:text-zinc-400">({entry.status.toLowerCase()})</span>
          </p>
        </div>
      );
    case "introduction":
      return (
        <div>
          {when}
          <p>
            <strong>Introduction</strong>: {entry.role === "introduced" ? "you introduced them to " : "you introduced "}
            <Link href={`/mentors/${entry.other.id}`} className="underline">
              {entry.other.name}
            </Link>
            {entry.role === "was-introduced" ? " to them" : ""}
            {entry.why ? `: ${entry.why}` : ""}
          </p>
          {entry.outcome ? <p className="text-zinc-600 dark:text-zinc-400">Outcome: {entry.outcome}</p> : null}
        </div>
      );
    case "win":
      return (
        <div>
          {when}
          <p>
            <strong>Win they helped with</strong>:{" "}
            <Link href={`/wins#win-${entry.id}`} className="underline">
              {entry.title}
            </Link>{" "}
            <span className="text-xs text-zinc-600 dark:text-zinc-400">
              {entry.sharedOn ? `(told them ${formatDayLong(entry.sharedOn)})` : "(not shared with them yet)"}
            </span>
          </p>
        </div>
      );
  }
}

function CheckInEntry({ entry, today }: { entry: Extract<TimelineEntry, { kind: "check-in" }>; today: string }) {
  const formatDayLong = useFormatDay();
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  const deletion = useDeleteWithUndo(
    () => deleteCheckInAction({ id: entry.id }),
    logCheckInAction,
    "Check-in deleted.",
  );

  if (editing) {
    return (
      <form
        aria-label="Edit check-in"
        className="space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          form.set("id", entry.id);
          startTransition(async () => {
            const result = await updateCheckInAction(null, form);
            if (!result.ok) return setError(Object.values(result.fieldErrors ?? {}).flat()[0] ?? result.error);
            setEditing(false);
            router.refresh();
          });
        }}
      >
        <div className="flex gap-2">
          <input
            aria-label="Date"
            type="date"
            name="occurredOn"
            defaultValue={entry.day}
            max={today}
            className={inputClass}
          />
          <select aria-label="How" name="channel" defaultValue={entry.channel} className={inputClass}>
            <Options items={CHANNELS} />
          </select>
        </div>
        <textarea aria-label="Notes" name="notes" defaultValue={entry.notes} rows={3} className={inputClass} />
        <textarea
          aria-label="Links, one per line"
          name="links"
          defaultValue={entry.links.join("\n")}
          rows={2}
          className={inputClass}
        />
        <textarea
          aria-label="Takeaways"
          name="takeaways"
          defaultValue={entry.takeaways}
          rows={2}
          className={inputClass}
        />
        {error ? (
          <p role="alert" className="text-red-700">
            {error}
          </p>
        ) : null}
        <div className="flex gap-2">
          <Button type="submit" disabled={pending}>
            Save
          </Button>
          <Button type="button" variant="ghost" onClick={() => setEditing(false)}>
            Cancel
          </Button>
        </div>
      </form>
    );
  }

  return (
    <div className="space-y-1">
      <div className="flex items-start justify-between gap-3">
        <div>
          <span className="text-xs text-zinc-600 dark:text-zinc-400">{formatDayLong(entry.day)}</span>
          <p>
            <strong>Check-in</strong> · {channelLabel(entry.channel)}
            {entry.group ? ` · ${entry.group} meeting` : ""}
          </p>
        </div>
        <div className="flex gap-1">
          <Button
            type="button"
            variant="ghost"
            onClick={() => setEditing(true)}
            aria-label={`Edit check-in of ${formatDayLong(entry.day)}`}
          >
            Edit
          </Button>
          <Button
            type="button"
            variant="ghost"
            disabled={deletion.pending}
            aria-label={`Delete check-in of ${formatDayLong(entry.day)}`}
            onClick={deletion.run}
          >
            Delete
          </Button>
        </div>
      </div>
      {entry.notes ? <p className="whitespace-pre-wrap">{entry.notes}</p> : null}
      {entry.links.length ? <CheckInLinks links={entry.links} /> : null}
      {entry.takeaways ? (
        <p className="whitespace-pre-wrap">
          <span className="font-medium">Takeaways: </span>
          {entry.takeaways}
        </p>
      ) : null}
      {entry.followUps.length ? (
        <ul className="list-disc pl-5 text-zinc-700 dark:text-zinc-300">
          {entry.followUps.map((f) => (
            <li key={f.id}>
              {f.title} — due {formatDayLong(f.dueOn)} ({f.status.toLowerCase()})
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function DeleteValueButton({ entry }: { entry: Extract<TimelineEntry, { kind: "value" }> }) {
  const formatDayLong = useFormatDay();
  const deletion = useDeleteWithUndo(
    () => deleteValueExchangeAction({ id: entry.id }),
    logValueExchangeAction,
    "Value exchange deleted.",
  );
  return (
    <Button
      type="button"
      variant="ghost"
      disabled={deletion.pending}
      aria-label={`Delete value exchange of ${formatDayLong(entry.day)}`}
      onClick={deletion.run}
    >
      Delete
    </Button>
  );
}

/** What an async check-in sent, as links that leave the app safely (web addresses only, checked again here). */
function CheckInLinks({ links }: { links: string[] }) {
  return (
    <ul className="space-y-0.5">
      {links.flatMap((link) => {
        const href = safeWebUrl(link);
        if (!href) return [];
        const { host, pathname } = new URL(href);
        return [
          <li key={link} className="truncate">
            <a href={href} target="_blank" rel="noopener noreferrer nofollow" className={textLinkClass}>
              {host}
              {pathname.length > 1 ? pathname : ""}
            </a>
          </li>,
        ];
      })}
    </ul>
  );
}
