import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/button";
import { CategoryBadge } from "@/components/category-badge";
import { CATEGORIES } from "@/domain/categories";
import { formatDay } from "@/domain/dates";
import { stageLabel } from "@/domain/stages";
import { requireUser } from "@/server/auth/session";
import { listMentors } from "@/server/mentors/mentors.queries";
import { mentorListQuerySchema } from "@/server/mentors/mentors.schema";

export const metadata: Metadata = { title: "Mentors" };

export default async function MentorsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireUser();
  const { page } = mentorListQuerySchema.parse(await searchParams);
  const { mentors, total, pageCount } = await listMentors(user.id, { page });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Mentors</h1>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {total === 1 ? "1 person" : `${total} people`} on your map.
          </p>
        </div>
        <Link href="/mentors/new" className={buttonClass()}>
          Add mentor
        </Link>
      </div>
      {total === 0 ? (
        <EmptyState />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Mentors on your map</caption>
            <thead className="border-b border-zinc-200 text-xs uppercase text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
              <tr>
                <th scope="col" className="px-4 py-3">Name</th>
                <th scope="col" className="px-4 py-3">Category</th>
                <th scope="col" className="px-4 py-3">Stage</th>
                <th scope="col" className="px-4 py-3">Gap areas</th>
                <th scope="col" className="px-4 py-3">Next check-in</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
              {mentors.map((m) => (
                <tr key={m.id}>
                  <td className="px-4 py-3">
                    <Link href={`/mentors/${m.id}`} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
                      {m.name}
                    </Link>
                    {m.headline || m.organisation ? (
                      <div className="text-xs text-zinc-600 dark:text-zinc-400">{[m.headline, m.organisation].filter(Boolean).join(", ")}</div>
                    ) : null}
                  </td>
                  <td className="px-4 py-3">
                    <CategoryBadge category={m.category} />
                  </td>
                  <td className="px-4 py-3">{stageLabel(m.stage)}</td>
                  <td className="px-4 py-3">{m.gapAreas.map((g) => g.gapArea.name).join(", ") || "—"}</td>
                  <td className="px-4 py-3">{m.nextCheckInOn ? formatDay(m.nextCheckInOn) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pageCount > 1 ? (
        <nav aria-label="Pages" className="flex items-center gap-4 text-sm">
          {page > 1 ? <Link href={`/mentors?page=${page - 1}`}>← Previous</Link> : null}
          <span>
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? <Link href={`/mentors?page=${page + 1}`}>Next →</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}

function EmptyState() {
  return (
    <section className="rounded-lg border border-dashed border-zinc-300 p-8 dark:border-zinc-700">
      <h2 className="text-lg font-semibold">Start your map with one person</h2>
      <p className="mt-1 max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
        A strong mentorship map mixes five kinds of relationship. Think of one person for any of them — a prospect counts.
      </p>
      <dl className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {CATEGORIES.map((c) => (
          <div key={c.value} className="rounded-md bg-white p-3 dark:bg-zinc-900">
            <dt className="font-medium">{c.label}</dt>
            <dd className="text-sm text-zinc-600 dark:text-zinc-400">
              {c.meaning} <span className="whitespace-nowrap">Typically {c.typicalCadence}.</span>
            </dd>
          </div>
        ))}
      </dl>
      <Link href="/mentors/new" className={`${buttonClass()} mt-6`}>
        Add your first mentor
      </Link>
    </section>
  );
}
