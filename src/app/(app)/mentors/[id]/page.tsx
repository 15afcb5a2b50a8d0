import { format } from "date-fns";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CategoryBadge } from "@/components/category-badge";
import { categoryInfo } from "@/domain/categories";
import { formatDay } from "@/domain/dates";
import { stageLabel } from "@/domain/stages";
import { requireUser } from "@/server/auth/session";
import { getMentor } from "@/server/mentors/mentors.queries";

export const metadata: Metadata = { title: "Mentor" };

export default async function MentorPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const mentor = await getMentor(user.id, id);
  if (!mentor) notFound();
  const category = categoryInfo(mentor.category);
  return (
    <article className="space-y-6">
      <Link href="/mentors" className="text-sm text-brand-600 hover:underline">
        ← Mentors
      </Link>
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{mentor.name}</h1>
        {mentor.headline || mentor.organisation ? (
          <p className="text-zinc-600 dark:text-zinc-400">{[mentor.headline, mentor.organisation].filter(Boolean).join(", ")}</p>
        ) : null}
      </header>
      <dl className="grid gap-4 rounded-lg border border-zinc-200 bg-white p-5 text-sm sm:grid-cols-2 dark:border-zinc-800 dark:bg-zinc-900">
        <div>
          <dt className="font-medium">Category</dt>
          <dd className="mt-1 space-y-1">
            <CategoryBadge category={mentor.category} />
            <p className="text-zinc-600 dark:text-zinc-400">{category.meaning}</p>
          </dd>
        </div>
        <div>
          <dt className="font-medium">Stage</dt>
          <dd className="mt-1">{stageLabel(mentor.stage)}</dd>
        </div>
        <div>
          <dt className="font-medium">Gap areas</dt>
          <dd className="mt-1">{mentor.gapAreas.map((g) => g.gapArea.name).join(", ") || "None yet"}</dd>
        </div>
        <div>
          <dt className="font-medium">Email</dt>
          <dd className="mt-1">{mentor.email ? <a href={`mailto:${mentor.email}`}>{mentor.email}</a> : "—"}</dd>
        </div>
        <div>
          <dt className="font-medium">Next check-in</dt>
          <dd className="mt-1">{mentor.nextCheckInOn ? formatDay(mentor.nextCheckInOn) : "No rhythm set"}</dd>
        </div>
      </dl>
      <section>
        <h2 className="text-lg font-semibold">Stage history</h2>
        <ol className="mt-2 space-y-1 text-sm">
          {mentor.stageChanges.map((s) => (
            <li key={s.id}>
              {s.fromStage ? `${stageLabel(s.fromStage)} → ` : "Added as "}
              {stageLabel(s.toStage)} on {format(s.changedAt, "d MMM yyyy")}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
