import type { Metadata } from "next";
import { CATEGORIES } from "@/domain/categories";
import { STAGES } from "@/domain/stages";
import { requireUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Help" };

/** What the words mean and the keyboard shortcuts. */
export default async function HelpPage() {
  await requireUser();
  return (
    <div className="max-w-3xl space-y-8">
      <h1 className="text-2xl font-semibold">Help</h1>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Keyboard shortcuts</h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
          <dt>
            <kbd className="rounded border border-zinc-300 px-1.5 dark:border-zinc-600">C</kbd>
          </dt>
          <dd>Log a check-in, from any page</dd>
          <dt>
            <kbd className="rounded border border-zinc-300 px-1.5 dark:border-zinc-600">Space</kbd>, arrows,{" "}
            <kbd className="rounded border border-zinc-300 px-1.5 dark:border-zinc-600">Space</kbd>
          </dt>
          <dd>On the pipeline: pick up a focused card, move it to another stage, drop it (Escape cancels)</dd>
        </dl>
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">The five categories</h2>
        <dl className="space-y-2 text-sm">
          {CATEGORIES.map((c) => (
            <div key={c.value}>
              <dt className="font-medium">{c.label}</dt>
              <dd className="text-zinc-600 dark:text-zinc-400">
                {c.meaning} Typically {c.typicalCadence}.
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">The pipeline</h2>
        <dl className="space-y-2 text-sm">
          {STAGES.map((s) => (
            <div key={s.value}>
              <dt className="font-medium">{s.label}</dt>
              <dd className="text-zinc-600 dark:text-zinc-400">{s.hint}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
