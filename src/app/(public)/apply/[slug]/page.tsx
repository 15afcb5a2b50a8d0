import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { publicApplicationPage } from "@/server/applications/applications.queries";
import { stampSecret } from "@/server/applications/apply";
import { formStamp } from "@/server/applications/form-stamp";
import { ApplyForm } from "./apply-form";

export const metadata: Metadata = { title: "Apply to be mentored", robots: { index: false } };

/**
 * A mentor's public application page. It shows the owner's name and their own words,
 * nothing else of theirs: not their email, not their id.
 */
export default async function ApplyPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const page = await publicApplicationPage(slug.toLowerCase());
  if (!page) notFound();
  const { view } = page;
  const who = view.ownerName ?? "this mentor";
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">Apply to be mentored by {who}</h1>
        {view.introduction ? <p className="whitespace-pre-line">{view.introduction}</p> : null}
      </header>
      {view.helpWith ? (
        <section aria-labelledby="help-with" className="space-y-1">
          <h2 id="help-with" className="font-semibold">
            What I can help with
          </h2>
          <p className="whitespace-pre-line text-sm">{view.helpWith}</p>
        </section>
      ) : null}
      {view.state === "open" ? (
        <>
          <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="places-left">
            {view.placesLeft === 1 ? "One place is" : `${view.placesLeft} places are`} open this quarter.
          </p>
          <ApplyForm slug={view.slug} questions={view.questions} stamp={formStamp(stampSecret(), Date.now())} />
        </>
      ) : (
        <p role="status" className="rounded-md bg-zinc-100 p-3 text-sm dark:bg-zinc-800">
          {view.state === "full"
            ? "Every place this quarter is taken. Please come back next quarter."
            : "This page is not taking applications at the moment."}
        </p>
      )}
    </article>
  );
}
