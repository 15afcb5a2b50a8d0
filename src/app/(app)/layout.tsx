import Link from "next/link";
import { ToastProvider } from "@/components/toast";
import { todayIn } from "@/domain/calendar";
import { requireUser } from "@/server/auth/session";
import { QuickCheckIn } from "./quick-check-in";
import { SignOutButton } from "./sign-out-button";

const NAV = [
  ["/dashboard", "Map"],
  ["/mentors", "Mentors"],
  ["/mentors/pipeline", "Pipeline"],
  ["/gaps", "Gap areas"],
  ["/sprint", "Sprint"],
  ["/wins", "Wins"],
  ["/introductions", "Introductions"],
  ["/peer-groups", "Peer groups"],
  ["/audit", "Audit"],
  ["/settings", "Settings"],
  ["/help", "Help"],
] as const;

/** The app shell: every page inside needs a signed-in user. */
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <ToastProvider>
      <div className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:rounded focus:bg-white focus:p-2"
        >
          Skip to content
        </a>
        <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/dashboard" className="font-semibold tracking-tight">
              Mentor Map
            </Link>
            <nav aria-label="Main" className="flex flex-wrap gap-1 text-sm">
              {NAV.map(([href, label]) => (
                <Link
                  key={href}
                  href={href}
                  className="whitespace-nowrap rounded px-3 py-1.5 hover:bg-zinc-100 dark:hover:bg-zinc-800"
                >
                  {label}
                </Link>
              ))}
            </nav>
            <div className="ml-auto flex items-center gap-3 text-sm">
              <QuickCheckIn today={todayIn(user.timeZone)} />
              <span className="text-zinc-600 dark:text-zinc-400" data-testid="signed-in-as">
                {user.email}
              </span>
              <SignOutButton />
            </div>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">
          {children}
        </main>
      </div>
    </ToastProvider>
  );
}
