"use client";

import { useRouter } from "next/navigation";
import { useOptimistic, useState, useTransition } from "react";
import { Button } from "@/components/button";
import { Field, InputField, inputClass } from "@/components/field";
import { submitWith } from "@/components/submit-with";
import { useToast } from "@/components/toast";
import { useDeleteWithUndo } from "@/components/use-delete-with-undo";
import { PHASES } from "@/domain/sprint";
import {
  addSprintTaskAction,
  deleteSprintTaskAction,
  restoreSprintTaskAction,
  startSprintAction,
  toggleSprintTaskAction,
} from "@/server/sprint/sprint.actions";

export function StartSprintForm({ today, label }: { today: string; label: string }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [pending, startTransition] = useTransition();
  return (
    <form
      noValidate
      className="flex flex-wrap items-end gap-3"
      onSubmit={submitWith((formData) =>
        startTransition(async () => {
          const result = await startSprintAction(null, formData);
          if (!result.ok) return setErrors(result.fieldErrors ?? { startOn: [result.error] });
          setErrors({});
          router.refresh();
        }),
      )}
    >
      <InputField
        id="sprint-start"
        label="Starts on"
        errors={errors.startOn}
        name="startOn"
        type="date"
        defaultValue={today}
        className={`${inputClass} w-48`}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Starting…" : label}
      </Button>
    </form>
  );
}

type Task = { id: string; title: string; phase: number | null; done: boolean };

export function SprintTasks({ tasks }: { tasks: Task[] }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [pending, startTransition] = useTransition();
  const [formKey, setFormKey] = useState(0);
  return (
    <div className="space-y-4">
      {tasks.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Add the things only you know you need to do, such as “ask Maya about the promotion panel”.
        </p>
      ) : null}
      <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
        {tasks.map((t) => (
          <TaskRow key={t.id} task={t} />
        ))}
      </ul>
      <form
        key={formKey}
        noValidate
        className="flex flex-wrap items-end gap-3"
        onSubmit={submitWith((formData) =>
          startTransition(async () => {
            const result = await addSprintTaskAction(null, formData);
            if (!result.ok) return setErrors(result.fieldErrors ?? { title: [result.error] });
            setErrors({});
            setFormKey((k) => k + 1);
            router.refresh();
          }),
        )}
      >
        <div className="min-w-60 flex-1">
          <InputField id="task-title" label="New task" errors={errors.title} name="title" maxLength={250} />
        </div>
        <Field id="task-phase" label="Phase" errors={errors.phase}>
          {(p) => (
            <select {...p} name="phase" className={inputClass} defaultValue="">
              <option value="">Whole sprint</option>
              {PHASES.map((ph) => (
                <option key={ph.number} value={ph.number}>
                  {ph.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add task"}
        </Button>
      </form>
    </div>
  );
}

function TaskRow({ task }: { task: Task }) {
  const router = useRouter();
  const toast = useToast();
  const [, startTransition] = useTransition();
  // Ticks at once; the server's answer follows.
  const [done, setDone] = useOptimistic(task.done);
  const remove = useDeleteWithUndo(
    () => deleteSprintTaskAction({ id: task.id }),
    (deleted) => restoreSprintTaskAction(deleted),
    `Deleted “${task.title}”.`,
  );
  const phase = PHASES.find((p) => p.number === task.phase);
  return (
    <li className="flex items-center gap-3 py-2 text-sm">
      <input
        id={`task-${task.id}`}
        type="checkbox"
        className="size-4"
        checked={done}
        onChange={(e) => {
          const checked = e.target.checked;
          startTransition(async () => {
            setDone(checked);
            const result = await toggleSprintTaskAction({ id: task.id, done: checked });
            if (!result.ok) toast({ message: result.error });
            router.refresh();
          });
        }}
      />
      <label
        htmlFor={`task-${task.id}`}
        className={`flex-1 ${done ? "text-zinc-600 line-through dark:text-zinc-400" : ""}`}
      >
        {task.title}
        {phase ? <span className="ml-2 text-xs text-zinc-600 dark:text-zinc-400">({phase.name})</span> : null}
      </label>
      <Button
        type="button"
        variant="ghost"
        className="px-2 py-1"
        disabled={remove.pending}
        onClick={remove.run}
        aria-label={`Delete task ${task.title}`}
      >
        Delete
      </Button>
    </li>
  );
}
