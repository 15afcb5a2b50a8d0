/** Pages anyone may open, signed in or not: a mentor's application page. */
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <main className="mx-auto flex min-h-screen max-w-2xl flex-col px-4 py-10 sm:px-6">
      <p className="mb-6 text-sm font-semibold tracking-tight text-zinc-600 dark:text-zinc-400">Mentor Map</p>
      <div className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm sm:p-8 dark:border-zinc-800 dark:bg-zinc-900">
        {children}
      </div>
    </main>
  );
}
