"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/button";
import { inputClass } from "@/components/field";
import { type OnceHtml, OnceHtmlBody } from "@/components/once-html";
import { Options } from "@/components/options";
import { Panel } from "@/components/panel";
import { useToast } from "@/components/toast";
import { CATEGORIES } from "@/domain/categories";
import { SELECT_ATTRIBUTE } from "@/domain/mentor-rows-html";
import { STAGES } from "@/domain/stages";
import { bulkMentorsAction, restoreMentorsAction } from "@/server/mentors/mentors.lifecycle.actions";

type Operation = "stage" | "category" | "addTag" | "removeTag" | "archive" | "unarchive" | "delete";

function toggled(selected: Set<string>, id: string, on: boolean): Set<string> {
  const next = new Set(selected);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

/**
 * The list, with a selection for bulk edits. The rows are the server's HTML
 * (src/domain/mentor-rows-html.ts): their boxes are the selection's record in the
 * page, kept in step with `selected`, and a selected row is highlighted by CSS. The
 * page keys it by its rows' ids, so another page of the list starts with none chosen.
 */
export function MentorTable({ rows, pageIds }: { rows: OnceHtml; pageIds: string[] }) {
  const router = useRouter();
  const table = useRef<HTMLTableElement>(null);
  const toast = useToast();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [operation, setOperation] = useState<Operation>("stage");
  const [value, setValue] = useState("");
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const allSelected = pageIds.length > 0 && pageIds.every((id) => selected.has(id));

  // Boxes ticked before the page's script ran (or restored by the browser on a return) count too.
  useEffect(() => {
    const ticked = table.current?.querySelectorAll<HTMLInputElement>(`input[${SELECT_ATTRIBUTE}]:checked`) ?? [];
    if (ticked.length) setSelected(new Set([...ticked].map((box) => box.getAttribute(SELECT_ATTRIBUTE)!)));
  }, []);

  /** Ticks the rows' boxes to match, then records the selection. */
  function select(next: Set<string>) {
    for (const box of table.current?.querySelectorAll<HTMLInputElement>(`input[${SELECT_ATTRIBUTE}]`) ?? [])
      box.checked = next.has(box.getAttribute(SELECT_ATTRIBUTE)!);
    setSelected(next);
  }

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
      select(new Set());
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
          <Button type="button" variant="ghost" onClick={() => select(new Set())}>
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
        <table ref={table} className="block w-full text-left text-sm md:table">
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
                    onChange={() => select(allSelected ? new Set() : new Set(pageIds))}
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
          {/* Every value in the rows is escaped by mentor-rows-html.ts, whose tests feed it markup; a first load carries them once. */}
          <OnceHtmlBody
            className="block divide-y divide-zinc-100 md:table-row-group dark:divide-zinc-800"
            source={rows}
            onClick={(event) => {
              const box = event.target instanceof HTMLInputElement ? event.target : null;
              const id = box?.getAttribute(SELECT_ATTRIBUTE);
              if (id) setSelected((s) => toggled(s, id, box!.checked));
            }}
          />
        </table>
      </Panel>
    </div>
  );
}
