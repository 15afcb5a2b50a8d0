"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/button";
import { CategoryBadge } from "@/components/category-badge";
import { inputClass } from "@/components/field";
import Link from "@/components/link";
import { useFormatDay } from "@/components/locale";
import { Options } from "@/components/options";
import { Panel } from "@/components/panel";
import { RhythmBadge } from "@/components/rhythm-badge";
import { useToast } from "@/components/toast";
import { rhythmStatus } from "@/domain/cadence";
import { CATEGORIES } from "@/domain/categories";
import { STAGES, stageLabel } from "@/domain/stages";
import { describeOneWay } from "@/domain/value-balance";
import { bulkMentorsAction, restoreMentorsAction } from "@/server/mentors/mentors.lifecycle.actions";
import type { MentorListItem } from "@/server/mentors/mentors.queries";

type Operation = "stage" | "category" | "addTag" | "removeTag" | "archive" | "unarchive" | "delete";

/** The list, with a selection for bulk edits. */
export function MentorTable({ mentors, today }: { mentors: MentorListItem[]; today: string }) {
  const formatDayLong = useFormatDay();
  const router = useRouter();
  const toast = useToast();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [operation, setOperation] = useState<Operation>("stage");
  const [value, setValue] = useState("");
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const allSelected = mentors.length > 0 && mentors.every((m) => selected.has(m.id));

  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  function apply() {
    const ids = [...selected];
    setError(undefined);
    startTransition(async () => {
      const input = {
        ids,
        operation,
        ...(operation === "stage" ? { stage: value || undefined } : {}),
        ...(operation === "category" ? { category: value || undefined } : {}),
        ...(operation === "addTag" || operation === "removeTag" ? { tag: value } : {}),
      };
      const result = await bulkMentorsAction(input);
      if (!result.ok) {
        setError(Object.values(result.fieldErrors ?? {}).flat()[0] ?? result.error);
        return;
      }
      setSelected(new Set());
      if (operation === "delete") {
        toast({
          message: `Deleted ${ids.length} ${ids.length === 1 ? "mentor" : "mentors"}.`,
          action: {
            label: "Undo",
            onClick: async () => {
              await restoreMentorsAction({ ids });
              router.refresh();
            },
          },
        });
      } else {
        toast({ message: `Updated ${ids.length} ${ids.length === 1 ? "mentor" : "mentors"}.` });
      }
      router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      {selected.size > 0 ? (
        <section
          aria-label="Bulk actions"
          className="flex flex-wrap items-end gap-3 rounded-lg border border-brand-500 bg-brand-50 p-3 text-sm dark:bg-zinc-900"
        >
          <span className="font-medium">{selected.size} selected</span>
          <label className="space-y-1">
            <span className="block text-xs">Action</span>
            <select
              aria-label="Bulk action"
              className={inputClass}
              value={operation}
              onChange={(e) => {
                setOperation(e.target.value as Operation);
                setValue("");
              }}
            >
              <option value="stage">Change stage</option>
              <option value="category">Change category</option>
              <option value="addTag">Add tag</option>
              <option value="removeTag">Remove tag</option>
              <option value="archive">Archive</option>
              <option value="unarchive">Unarchive</option>
              <option value="delete">Delete</option>
            </select>
          </label>
          {operation === "stage" || operation === "category" ? (
            <label className="space-y-1">
              <span className="block text-xs">{operation === "stage" ? "New stage" : "New category"}</span>
              <select
                aria-label={operation === "stage" ? "New stage" : "New category"}
                className={inputClass}
                value={value}
                onChange={(e) => setValue(e.target.value)}
              >
                <option value="">Choose…</option>
                <Options items={operation === "stage" ? STAGES : CATEGORIES} />
              </select>
            </label>
          ) : null}
          {operation === "addTag" || operation === "removeTag" ? (
            <label className="space-y-1">
              <span className="block text-xs">Tag</span>
              <input
                aria-label="Tag"
                className={inputClass}
                value={value}
                onChange={(e) => setValue(e.target.value)}
                maxLength={40}
              />
            </label>
          ) : null}
          <Button type="button" onClick={apply} disabled={pending}>
            {pending ? "Applying…" : "Apply"}
          </Button>
          <Button type="button" variant="ghost" onClick={() => setSelected(new Set())}>
            Clear selection
          </Button>
          {error ? (
            <p role="alert" className="w-full text-red-700 dark:text-red-400">
              {error}
            </p>
          ) : null}
        </section>
      ) : null}
      {/* On a phone each row is a card: the name, then its status (category, stage, next check-in) under it. */}
      <Panel as="div" padding="none" className="md:overflow-x-auto">
        <table className="block w-full text-left text-sm md:table">
          <caption className="sr-only">Mentors on your map</caption>
          <thead className="block border-b border-zinc-200 text-xs uppercase text-zinc-600 md:table-header-group dark:border-zinc-800 dark:text-zinc-400">
            <tr className="flex items-center md:table-row">
              <th scope="col" className="block px-1 md:table-cell md:w-10 md:px-4 md:py-3">
                <label className="flex size-11 items-center justify-center md:size-auto">
                  <input
                    type="checkbox"
                    className="size-4"
                    aria-label="Select all on this page"
                    checked={allSelected}
                    onChange={() => setSelected(allSelected ? new Set() : new Set(mentors.map((m) => m.id)))}
                  />
                </label>
              </th>
              <th scope="col" className="block px-2 md:table-cell md:px-4 md:py-3">
                Name
              </th>
              <th scope="col" className="hidden px-4 py-3 md:table-cell">
                Category
              </th>
              <th scope="col" className="hidden px-4 py-3 md:table-cell">
                Stage
              </th>
              <th scope="col" className="hidden px-4 py-3 md:table-cell">
                Gap areas
              </th>
              <th scope="col" className="hidden px-4 py-3 md:table-cell">
                Next check-in
              </th>
              <th scope="col" className="hidden px-4 py-3 md:table-cell">
                Value
              </th>
            </tr>
          </thead>
          <tbody className="block divide-y divide-zinc-100 md:table-row-group dark:divide-zinc-800">
            {mentors.map((m) => (
              <tr
                key={m.id}
                className={`flex items-start md:table-row ${selected.has(m.id) ? "bg-brand-50 dark:bg-zinc-800" : ""}`}
              >
                <td className="block px-1 py-1 md:table-cell md:px-4 md:py-3">
                  <label className="flex size-11 items-center justify-center md:size-auto">
                    <input
                      type="checkbox"
                      className="size-4"
                      aria-label={`Select ${m.name}`}
                      checked={selected.has(m.id)}
                      onChange={() => toggle(m.id)}
                    />
                  </label>
                </td>
                <td className="block min-w-0 flex-1 px-2 py-3 md:table-cell md:px-4">
                  <Link
                    href={`/mentors/${m.id}`}
                    className="inline-block font-medium leading-6 text-brand-700 hover:underline dark:text-brand-100"
                  >
                    {m.name}
                  </Link>
                  {m.headline || m.organisation ? (
                    <div className="text-xs text-zinc-600 dark:text-zinc-400">
                      {[m.headline, m.organisation].filter(Boolean).join(", ")}
                    </div>
                  ) : null}
                  {m.tags.length ? (
                    <div className="mt-1 flex gap-2 text-xs">
                      {m.tags.map((t) => (
                        <Link
                          key={t}
                          href={`/mentors?tag=${encodeURIComponent(t)}`}
                          className="inline-block leading-6 text-zinc-600 hover:underline dark:text-zinc-400"
                          aria-label={`Mentors tagged ${t}`}
                        >
                          #{t}
                        </Link>
                      ))}
                    </div>
                  ) : null}
                  <div className="mt-2 flex flex-wrap items-center gap-2 text-xs md:hidden" data-testid="card-status">
                    <CategoryBadge category={m.category} />
                    <span>{stageLabel(m.stage)}</span>
                    {m.nextCheckInOn ? (
                      <>
                        <span>Next check-in {formatDayLong(m.nextCheckInOn)}</span>
                        <RhythmBadge status={rhythmStatus(m.nextCheckInOn, today, m.stage)} />
                      </>
                    ) : null}
                  </div>
                </td>
                <td className="hidden px-4 py-3 md:table-cell">
                  <CategoryBadge category={m.category} />
                </td>
                <td className="hidden px-4 py-3 md:table-cell">{stageLabel(m.stage)}</td>
                <td className="hidden px-4 py-3 md:table-cell">{m.gapAreas.map((g) => g.name).join(", ") || "—"}</td>
                <td className="hidden px-4 py-3 md:table-cell">
                  {m.nextCheckInOn ? (
                    <div className="space-y-1">
                      <div>{formatDayLong(m.nextCheckInOn)}</div>
                      <RhythmBadge status={rhythmStatus(m.nextCheckInOn, today, m.stage)} />
                    </div>
                  ) : (
                    "—"
                  )}
                </td>
                <td className="hidden px-4 py-3 md:table-cell">
                  {m.value.gave + m.value.received === 0 ? (
                    "—"
                  ) : (
                    <span title={`Given ${m.value.gave}, received ${m.value.received}`}>
                      {m.value.balance > 0 ? "+" : ""}
                      {m.value.balance}
                    </span>
                  )}
                  {m.value.oneWay ? (
                    <div className="text-xs text-amber-800 dark:text-amber-300">
                      {describeOneWay(m.name.split(" ")[0] ?? m.name, m.value.oneWay)}
                    </div>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Panel>
    </div>
  );
}
