import { TextLink } from "@/components/text-link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-md px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">There is nothing here, or it is not yours to see.</p>
      <TextLink href="/mentors" className="mt-6 inline-block">
        Back to your mentors
      </TextLink>
    </main>
  );
}
