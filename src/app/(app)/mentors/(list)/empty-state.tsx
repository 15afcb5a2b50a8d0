import { buttonClass } from "@/components/button";
import Link from "@/components/link";
import { CATEGORIES } from "@/domain/categories";

/** The list before anyone is on the map: the five kinds of relationship, and a way to add the first. */
export function EmptyState() {
  return (
    <section className="rounded-lg border border-dashed border-zinc-300 p-8 dark:border-zinc-700">
      <h2 className="text-lg font-semibold">Start your map with one person</h2>
      <p className="mt-1 max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
        A strong mentorship map mixes five kinds of relationship. Think of one person for any of them — a prospect
        counts.
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
