import type { Metadata } from "next";
import Link from "@/components/link";
import { requireUser } from "@/server/auth/session";
import { listResources } from "@/server/resources/resources.queries";
import { NewResourceForm, ResourceList } from "./resources";

export const metadata: Metadata = { title: "Answers to common questions" };

export default async function ResourcesPage() {
  const user = await requireUser();
  const resources = await listResources(user.id);
  return (
    <div className="space-y-6">
      <Link href="/mentees" className="text-sm text-brand-700 hover:underline dark:text-brand-100">
        ← Mentoring
      </Link>
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Answers to common questions</h1>
        <p className="max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
          A shelf of short answers (a video, a voice note, a document) to the questions people keep asking you. Send one
          from a mentee&apos;s page or an application, with a sentence of your own.
        </p>
      </header>
      <NewResourceForm />
      <ResourceList resources={resources} />
    </div>
  );
}
