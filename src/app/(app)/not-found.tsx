import { TextLink } from "@/components/text-link";

/** A missing page or a record that is not the user's, inside the app shell: the way back is one click. */
export default function NotFoundInApp() {
  return (
    <div className="mx-auto max-w-md space-y-3 py-16 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="text-zinc-600 dark:text-zinc-400">
        There is nothing here, or it is not yours to see. Press Ctrl K (⌘K on a Mac) to find a mentor or a page.
      </p>
      <p className="flex justify-center gap-4">
        <TextLink href="/dashboard">Your map</TextLink>
        <TextLink href="/mentors">Your mentors</TextLink>
      </p>
    </div>
  );
}
