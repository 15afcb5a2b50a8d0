import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-md px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">There is nothing here, or it is not yours to see.</p>
      <Link href="/mentors" className="mt-6 inline-block text-brand-700 dark:text-brand-100 underline">
        Back to your mentors
      </Link>
    </main>
  );
}
