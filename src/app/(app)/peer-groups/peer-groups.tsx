"use client";

import { useState } from "react";
import { Button, SaveCancel } from "@/components/button";
import { CreateForm } from "@/components/create-form";
import { Field, InputField, inputClass, TextareaField } from "@/components/field";
import Link from "@/components/link";
import { useFormatDay } from "@/components/locale";
import { MentorChecklist } from "@/components/mentor-pickers";
import { Options } from "@/components/options";
import { Panel } from "@/components/panel";
import { submitWith } from "@/components/submit-with";
import { FormError, useActionForm } from "@/components/use-action-form";
import { useDeleteWithUndo } from "@/components/use-delete-with-undo";
import { describeCadence } from "@/domain/cadence";
import { CHANNELS } from "@/domain/channels";
import type { MentorCategory } from "@/generated/prisma/enums";
import {
  createPeerGroupAction,
  deletePeerGroupAction,
  logMeetingAction,
  restorePeerGroupAction,
  updatePeerGroupAction,
} from "@/server/peer-groups/peer-groups.actions";
import type { PeerGroupRow } from "@/server/peer-groups/peer-groups.queries";

type Option = { id: string; name: string; category: MentorCategory };

function GroupFields({
  options,
  errors,
  value,
}: {
  options: Option[];
  errors: Record<string, string[]>;
  value?: PeerGroupRow;
}) {
  const p = value ? `group-${value.id}-` : "new-group-";
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <div className="space-y-4">
        <InputField
          id={`${p}name`}
          label="Name"
          errors={errors.name}
          name="name"
          defaultValue={value?.name}
          maxLength={100}
          placeholder="Founders' circle"
        />
        <TextareaField
          id={`${p}description`}
          label="What it is for (optional)"
          errors={errors.description}
          name="description"
          defaultValue={value?.description}
          maxLength={2000}
          className={`${inputClass} min-h-16`}
        />
        <InputField
          id={`${p}cadence`}
          label="Meets every (days)"
          errors={errors.cadenceDays}
          hint="Leave empty for no fixed rhythm."
          type="number"
          name="cadenceDays"
          min={1}
          defaultValue={value?.cadenceDays ?? 14}
        />
      </div>
      <MentorChecklist
        name="memberIds"
        legend="Members"
        options={options}
        defaultValue={value?.members.map((m) => m.id)}
        errors={errors.memberIds}
      />
    </div>
  );
}

export function PeerGroupForm({ options }: { options: Option[] }) {
  return (
    <CreateForm action={createPeerGroupAction} title="Create a group" label="Create a peer group" submit="Create group">
      {(errors) => <GroupFields options={options} errors={errors} />}
    </CreateForm>
  );
}

export function PeerGroupList({
  groups,
  options,
  today,
}: {
  groups: PeerGroupRow[];
  options: Option[];
  today: string;
}) {
  if (!groups.length)
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        No groups yet. Three to six peers meeting every two weeks is a good start.
      </p>
    );
  return (
    <ul className="space-y-4">
      {groups.map((g) => (
        <Panel key={g.id} as="li" data-testid="peer-group">
          <GroupItem group={g} options={options} today={today} />
        </Panel>
      ))}
    </ul>
  );
}

function GroupItem({ group, options, today }: { group: PeerGroupRow; options: Option[]; today: string }) {
  const formatDayLong = useFormatDay();
  const [mode, setMode] = useState<"view" | "edit" | "meeting">("view");
  const edit = useActionForm(updatePeerGroupAction, { id: group.id }, () => setMode("view"));
  const meeting = useActionForm(logMeetingAction, { peerGroupId: group.id }, () => setMode("view"));
  const deletion = useDeleteWithUndo(
    () => deletePeerGroupAction({ id: group.id }),
    restorePeerGroupAction,
    `${group.name} deleted.`,
  );

  if (mode === "edit") {
    return (
      <form
        onSubmit={submitWith((fd) => edit.submit(fd))}
        noValidate
        className="space-y-4"
        aria-label={`Edit ${group.name}`}
      >
        <FormError errors={edit.errors} />
        <GroupFields options={options} errors={edit.errors} value={group} />
        <SaveCancel pending={edit.pending} onCancel={() => setMode("view")} />
      </form>
    );
  }
  return (
    <div className="space-y-3 text-sm">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 className="text-lg font-semibold">{group.name}</h2>
          <p className="text-zinc-600 dark:text-zinc-400">
            {group.cadenceDays ? `Meets ${describeCadence(group.cadenceDays).toLowerCase()}` : "No fixed rhythm"}
            {group.nextMeetingOn
              ? ` · next ${formatDayLong(group.nextMeetingOn)}${group.nextMeetingOn < today ? " (overdue)" : ""}`
              : ""}
          </p>
          {group.description ? <p className="mt-1 whitespace-pre-line">{group.description}</p> : null}
        </div>
        <div className="flex flex-wrap gap-2">
          <Button type="button" onClick={() => setMode("meeting")} disabled={!group.members.length}>
            Log a meeting<span className="sr-only"> of {group.name}</span>
          </Button>
          <Button type="button" variant="secondary" onClick={() => setMode("edit")}>
            Edit<span className="sr-only"> {group.name}</span>
          </Button>
          <Button type="button" variant="ghost" disabled={deletion.pending} onClick={deletion.run}>
            Delete<span className="sr-only"> {group.name}</span>
          </Button>
        </div>
      </div>
      <p>
        <span className="font-medium">Members:</span>{" "}
        {group.members.length
          ? group.members.map((m, i) => (
              <span key={m.id}>
                {i ? ", " : ""}
                <Link href={`/mentors/${m.id}`} className="underline">
                  {m.name}
                </Link>
              </span>
            ))
          : "nobody yet: edit the group to add people from your map."}
      </p>
      {mode === "meeting" ? (
        <form
          onSubmit={submitWith((fd) => meeting.submit(fd))}
          noValidate
          className="space-y-3 rounded-md border border-zinc-200 p-4 dark:border-zinc-700"
          aria-label={`Log a meeting of ${group.name}`}
        >
          <FormError errors={meeting.errors} />
          <div className="grid gap-4 sm:grid-cols-2">
            <InputField
              id={`meeting-${group.id}-on`}
              label="When"
              errors={meeting.errors.occurredOn}
              type="date"
              name="occurredOn"
              defaultValue={today}
              max={today}
            />
            <Field id={`meeting-${group.id}-channel`} label="How" errors={meeting.errors.channel}>
              {(p) => (
                <select {...p} name="channel" defaultValue="VIDEO" className={inputClass}>
                  <Options items={CHANNELS} />
                </select>
              )}
            </Field>
          </div>
          <MentorChecklist
            name="presentIds"
            legend="Who was there"
            options={group.members}
            defaultValue={group.members.map((m) => m.id)}
            errors={meeting.errors.presentIds}
          />
          <TextareaField
            id={`meeting-${group.id}-notes`}
            label="Notes"
            errors={meeting.errors.notes}
            name="notes"
            maxLength={10000}
            className={`${inputClass} min-h-16`}
          />
          <TextareaField
            id={`meeting-${group.id}-takeaways`}
            label="Takeaways"
            errors={meeting.errors.takeaways}
            name="takeaways"
            maxLength={5000}
            className={`${inputClass} min-h-16`}
          />
          <SaveCancel pending={meeting.pending} onCancel={() => setMode("view")} label="Log meeting" />
        </form>
      ) : null}
      {group.meetings.length ? (
        <div>
          <p className="font-medium">Recent meetings</p>
          <ul className="mt-1 space-y-1">
            {group.meetings.map((m) => (
              <li key={m.on}>
                {formatDayLong(m.on)} · {m.present} present{m.takeaways ? ` · ${m.takeaways}` : ""}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
