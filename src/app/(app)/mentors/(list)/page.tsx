import { SlidersHorizontal, X } from "lucide-react";
import type { Metadata } from "next";
import { buttonClass } from "@/components/button";
import { inputClass } from "@/components/field-styles";
import Link from "@/components/link";
import { TextLink } from "@/components/text-link";
import { CATEGORIES, categoryInfo } from "@/domain/categories";
import { renderMentorRowsHtml } from "@/domain/mentor-rows-html";
import { counted } from "@/domain/plural";
import { STAGES, stageLabel } from "@/domain/stages";
import { requireUser } from "@/server/auth/session";
import { listGapAreas } from "@/server/gaps/gaps.queries";
import { dayFormatter } from "@/server/locale";
import { listMentors } from "@/server/mentors/mentors.queries";
import { type MentorListQuery, mentorListQuerySchema } from "@/server/mentors/mentors.schema";
import { onceHtml } from "@/server/once-html";
import { DeletedBanner } from "./deleted-banner";
import { EmptyState } from "./empty-state";
import { MentorSearch } from "./mentor-search";
import { MentorTable } from "./mentor-table";

export const metadata: Metadata = { title: "Mentors" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function MentorsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const params = await searchParams;
  const query = mentorListQuerySchema.parse(params);
  const [{ mentors, total, pageCount, today }, gapAreas, formatDay] = await Promise.all([
    listMentors(user, query),
    listGapAreas(user.id),
    dayFormatter(),
  ]);
  const rows = await onceHtml(renderMentorRowsHtml(mentors, today, formatDay));
  const pageIds = mentors.map((m) => m.id);
  const filtered = Boolean(
    query.q ||
      query.category.length ||
      query.stage.length ||
      query.area ||
      query.tag ||
      query.due ||
      query.oneWay ||
      query.archived,
  );
  const deleted = typeof params.deleted === "string" ? params.deleted : undefined;
  const chips = filterChips(query, gapAreas);

  return (
    <div className="space-y-6">
      {deleted ? (
        <DeletedBanner id={deleted} name={typeof params.name === "string" ? params.name : "The mentor"} />
      ) : null}
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Mentors</h1>
          <p className="text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
            {filtered ? `${total.toLocaleString("en")} matching` : `${counted(total, "person", "people")} on your map.`}
          </p>
        </div>
        <div className="flex gap-2">
          <Link href="/mentors/pipeline" className={buttonClass("secondary")}>
            Pipeline
          </Link>
          <Link href="/mentors/new" className={buttonClass()}>
            Add mentor
          </Link>
        </div>
      </div>

      <div className="space-y-2">
        <div className="relative flex items-start gap-2">
          <MentorSearch initial={query.q ?? ""} />
          <details className="group">
            <summary
              className={`${buttonClass("secondary")} cursor-pointer list-none [&::-webkit-details-marker]:hidden`}
            >
              <SlidersHorizontal aria-hidden className="size-4" />
              <span className="sr-only sm:not-sr-only">Filters</span>
              {chips.length ? (
                <span className="rounded-full bg-brand-600 px-1.5 text-xs text-white">{chips.length}</span>
              ) : null}
            </summary>
            {/* Keyed by the query so its fields show the current filters after client-side navigation. */}
            {/* biome-ignore lint/a11y/useSemanticElements: the landmark is the form itself, named by its aria-label */}
            <form
              key={JSON.stringify(query)}
              method="get"
              role="search"
              aria-label="Filter mentors"
              className="absolute right-0 left-0 z-20 mt-2 grid gap-3 rounded-lg border border-zinc-200 bg-white p-4 shadow-lg sm:grid-cols-2 md:left-auto md:w-[36rem] dark:border-zinc-800 dark:bg-zinc-900"
            >
              {query.q ? <input type="hidden" name="q" value={query.q} /> : null}
              <Select
                label="Category"
                name="category"
                value={query.category[0]}
                options={CATEGORIES.map((c) => [c.value, c.label])}
              />
              <Select
                label="Stage"
                name="stage"
                value={query.stage[0]}
                options={STAGES.map((s) => [s.value, s.label])}
              />
              <Select label="Gap area" name="area" value={query.area} options={gapAreas.map((g) => [g.id, g.name])} />
              <label className="space-y-1 text-sm">
                <span className="font-medium">Tag</span>
                <input name="tag" defaultValue={query.tag} placeholder="Any tag" className={inputClass} />
              </label>
              <Select
                label="Check-in"
                name="due"
                value={query.due}
                options={[
                  ["overdue", "Overdue"],
                  ["week", "Due in the next 7 days or overdue"],
                ]}
              />
              <Select
                label="Sort by"
                name="sort"
                value={query.sort}
                all={false}
                options={[
                  ["name", "Name"],
                  ["next", "Next check-in"],
                  ["last", "Last check-in"],
                  ["balance", "Value balance"],
                ]}
              />
              <Select
                label="Per page"
                name="per"
                value={String(query.per)}
                all={false}
                options={[
                  ["25", "25"],
                  ["50", "50"],
                  ["100", "100"],
                ]}
              />
              <div className="space-y-1">
                <label className="flex min-h-11 items-center gap-2 text-sm md:min-h-8">
                  <input type="checkbox" name="oneWay" value="1" defaultChecked={!!query.oneWay} className="size-4" />{" "}
                  One-way value only
                </label>
                <label className="flex min-h-11 items-center gap-2 text-sm md:min-h-8">
                  <input
                    type="checkbox"
                    name="archived"
                    value="1"
                    defaultChecked={!!query.archived}
                    className="size-4"
                  />{" "}
                  Show archived instead
                </label>
              </div>
              <div className="flex gap-2 sm:col-span-2 sm:justify-end">
                <button type="submit" className={buttonClass()}>
                  Apply
                </button>
              </div>
            </form>
          </details>
        </div>
        {chips.length ? (
          <ul aria-label="Filters on" className="flex flex-wrap items-center gap-2 text-sm">
            {chips.map((c) => (
              <li key={c.key}>
                <Link
                  href={withoutParam(params, c.key)}
                  aria-label={`Remove the filter ${c.label}`}
                  className="inline-flex min-h-11 items-center gap-1 rounded-full border border-zinc-300 bg-white px-3 hover:bg-zinc-50 md:min-h-7 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:bg-zinc-800"
                >
                  {c.label} <X aria-hidden className="size-3.5" />
                </Link>
              </li>
            ))}
            <li>
              <TextLink href="/mentors">Clear filters</TextLink>
            </li>
          </ul>
        ) : null}
      </div>

      {total === 0 && !filtered ? (
        <EmptyState />
      ) : total === 0 ? (
        <p className="rounded-lg border border-dashed border-zinc-300 p-8 text-center text-sm dark:border-zinc-700">
          No mentor matches these filters. <TextLink href="/mentors">Clear filters</TextLink>
        </p>
      ) : mentors.length === 0 ? (
        <p className="rounded-lg border border-dashed border-zinc-300 p-8 text-center text-sm dark:border-zinc-700">
          This page is past the end of the list.{" "}
          <TextLink href={pageHref(params, query, pageCount)}>Go to the last page</TextLink>
        </p>
      ) : (
        <MentorTable key={pageIds.join()} rows={rows} pageIds={pageIds} />
      )}

      {pageCount > 1 ? (
        <nav aria-label="Pages" className="flex items-center gap-4 text-sm">
          {query.page > 1 ? <Link href={pageHref(params, query, query.page - 1)}>← Previous</Link> : null}
          <span>
            Page {query.page.toLocaleString("en")} of {pageCount.toLocaleString("en")}
          </span>
          {query.page < pageCount ? <Link href={pageHref(params, query, query.page + 1)}>Next →</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}

/** The filters that are on, each a chip that removes it (the search has its own box). */
function filterChips(query: MentorListQuery, gapAreas: { id: string; name: string }[]) {
  const chips: { key: string; label: string }[] = [];
  if (query.category.length)
    chips.push({ key: "category", label: `Category: ${query.category.map((c) => categoryInfo(c).label).join(", ")}` });
  if (query.stage.length) chips.push({ key: "stage", label: `Stage: ${query.stage.map(stageLabel).join(", ")}` });
  if (query.area)
    chips.push({ key: "area", label: `Gap area: ${gapAreas.find((g) => g.id === query.area)?.name ?? "unknown"}` });
  if (query.tag) chips.push({ key: "tag", label: `Tag: ${query.tag}` });
  if (query.due)
    chips.push({ key: "due", label: query.due === "overdue" ? "Check-in overdue" : "Check-in due this week" });
  if (query.oneWay) chips.push({ key: "oneWay", label: "One-way value" });
  if (query.archived) chips.push({ key: "archived", label: "Archived" });
  return chips;
}

/** Values a filter form sends that say nothing: empty fields and the defaults. */
const SAYS_NOTHING = new Set(["", "sort=name", "per=25"]);

function withoutParam(params: SearchParams, drop: string) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (key === drop || key === "page" || key === "deleted" || key === "name" || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value])
      if (v !== "" && !SAYS_NOTHING.has(`${key}=${v}`)) search.append(key, v);
  }
  return search.size ? `/mentors?${search}` : "/mentors";
}

function pageHref(params: SearchParams, _query: MentorListQuery, page: number) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (key === "page" || key === "deleted" || key === "name" || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) search.append(key, v);
  }
  search.set("page", String(page));
  return `/mentors?${search}`;
}

function Select({
  label,
  name,
  value,
  options,
  all = true,
}: {
  label: string;
  name: string;
  value?: string;
  options: string[][];
  all?: boolean;
}) {
  return (
    <label className="space-y-1 text-sm">
      <span className="font-medium">{label}</span>
      <select name={name} defaultValue={value ?? ""} className={inputClass}>
        {all ? <option value="">All</option> : null}
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
