import type { Metadata } from "next";
import { buttonClass } from "@/components/button";
import { inputClass } from "@/components/field-styles";
import { Panel } from "@/components/panel";
import { CATEGORIES } from "@/domain/categories";
import { compareCoverage } from "@/domain/snapshot";
import { requireUser } from "@/server/auth/session";
import { listSnapshots, loadCoverage } from "@/server/snapshots/snapshots.queries";
import { compareSnapshotsSchema } from "@/server/sprint/sprint.schema";

export const metadata: Metadata = { title: "Map snapshots" };

const when = (d: Date | "now") => (d === "now" ? "now" : `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`);

/** Two moments of the map side by side: which gaps were filled, which opened. */
export default async function SnapshotsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const parsed = compareSnapshotsSchema.safeParse(await searchParams);
  const snapshots = await listSnapshots(user.id);
  const a = (parsed.success && parsed.data.a) || snapshots[0]?.id;
  const b = (parsed.success && parsed.data.b) || "now";
  const [before, after] = a ? await Promise.all([loadCoverage(user, a), loadCoverage(user, b)]) : [null, null];
  const diff = before && after ? compareCoverage(before.coverage, after.coverage) : null;
  const option = (s: (typeof snapshots)[number]) =>
    `${when(s.takenAt)}${s.reason === "SPRINT_END" ? " (end of sprint)" : ""}`;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Map snapshots</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          A snapshot keeps your map&apos;s coverage at a moment: take one from the map each quarter, and one is kept at
          the end of every sprint.
        </p>
      </div>
      {snapshots.length === 0 ? (
        <p className="rounded-lg border border-dashed border-zinc-300 p-6 text-sm dark:border-zinc-700">
          No snapshots yet. Use “Take a snapshot” on your map, then come back after you have filled a few gaps.
        </p>
      ) : (
        <form method="get" className="flex flex-wrap items-end gap-3">
          <SnapshotSelect
            name="a"
            label="Before"
            value={a}
            options={snapshots.map((s) => ({ value: s.id, label: option(s) }))}
          />
          <SnapshotSelect
            name="b"
            label="After"
            value={b}
            options={[{ value: "now", label: "Now" }, ...snapshots.map((s) => ({ value: s.id, label: option(s) }))]}
          />
          <button type="submit" className={buttonClass("secondary")}>
            Compare
          </button>
        </form>
      )}
      {a && (!before || !after) ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          That snapshot was not found.
        </p>
      ) : null}
      {diff && before && after ? (
        <section aria-labelledby="changes" className="space-y-3">
          <h2 id="changes" className="text-lg font-semibold">
            From {when(before.label)} to {when(after.label)}
          </h2>
          <p className="text-sm" data-testid="coverage-summary">
            Core cells covered: {diff.before.covered} of {diff.before.total} → {diff.after.covered} of{" "}
            {diff.after.total}. {diff.filled} {diff.filled === 1 ? "gap" : "gaps"} filled, {diff.opened} opened.
          </p>
          <Panel as="div" padding="none" className="overflow-x-auto">
            <table className="w-full min-w-[40rem] text-sm">
              <caption className="sr-only">People per cell before and after</caption>
              <thead>
                <tr className="border-b border-zinc-200 text-left text-xs uppercase text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
                  <th scope="col" className="px-3 py-2">
                    Gap area
                  </th>
                  {CATEGORIES.map((c) => (
                    <th key={c.value} scope="col" className="px-3 py-2">
                      {c.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {diff.rows.map((row) => (
                  <tr
                    key={`${row.name}-${row.status}`}
                    className="border-b border-zinc-100 last:border-0 dark:border-zinc-800"
                  >
                    <th scope="row" className="px-3 py-2 text-left font-medium">
                      {row.name}
                      {row.status !== "kept" ? (
                        <span className="ml-1 text-xs font-normal text-zinc-600 dark:text-zinc-400">
                          ({row.status})
                        </span>
                      ) : null}
                    </th>
                    {row.cells.map((c) => (
                      <td
                        key={c.category}
                        className={`px-3 py-2 tabular-nums ${c.filled ? "bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200" : c.opened ? "bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-200" : ""}`}
                      >
                        {c.before} → {c.after}
                        {c.filled ? " · filled" : c.opened ? " · opened" : ""}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </Panel>
        </section>
      ) : null}
    </div>
  );
}

function SnapshotSelect({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
      </label>
      <select id={name} name={name} defaultValue={value} className={inputClass}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
