import { cookies } from "next/headers";
import { Suspense } from "react";
import Link from "@/components/link";
import { LocaleProvider } from "@/components/locale";
import { OfflineProvider } from "@/components/offline/offline-provider";
import { OfflineStatus } from "@/components/offline/offline-status";
import { ServiceWorker } from "@/components/offline/service-worker";
import { SkipLink } from "@/components/skip-link";
import { ToastProvider } from "@/components/toast";
import { todayIn } from "@/domain/calendar";
import { requireUser } from "@/server/auth/session";
import { dayFormatFor, requestLocale } from "@/server/locale";
import { QuickCheckIn } from "./quick-check-in";
import { BottomBar } from "./shell/bottom-bar";
import { CommandPalette, PaletteButton } from "./shell/command-palette";
import { SIDEBAR_COOKIE } from "./shell/nav-items";
import { Sidebar } from "./shell/sidebar";
import { UserMenu } from "./shell/user-menu";

/**
 * The app shell: every page inside needs a signed-in user. A sidebar on desktop, a
 * bar at the bottom on phones, and a one-row top bar with "Log check-in" and the
 * account menu that never wraps.
 */
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const [cookieStore, locale] = await Promise.all([cookies(), requestLocale()]);
  const collapsed = cookieStore.get(SIDEBAR_COOKIE)?.value === "collapsed";
  return (
    <LocaleProvider locale={locale} format={dayFormatFor(locale)}>
      <ToastProvider>
        <OfflineProvider userId={user.id}>
          <SkipLink />
          <div className="flex min-h-screen">
            <Sidebar collapsed={collapsed} />
            <div className="flex min-w-0 flex-1 flex-col">
              <header className="sticky top-0 z-30 flex h-14 shrink-0 items-center gap-3 border-b border-zinc-200 bg-white px-4 dark:border-zinc-800 dark:bg-zinc-900">
                <Link href="/dashboard" className="truncate font-semibold tracking-tight md:hidden">
                  Mentor Map
                </Link>
                <div className="ml-auto flex min-w-0 items-center gap-2">
                  <OfflineStatus />
                  <PaletteButton />
                  <QuickCheckIn today={todayIn(user.timeZone)} />
                  <UserMenu email={user.email} name={user.name} />
                </div>
              </header>
              {/* Focusable by script only, so "Skip to content" moves focus here and the next Tab goes on from here. */}
              <main
                id="main"
                tabIndex={-1}
                className="mx-auto w-full max-w-6xl flex-1 px-4 pt-8 pb-24 outline-none md:pb-8"
              >
                {children}
              </main>
            </div>
            <BottomBar />
            <CommandPalette />
          </div>
          {/* useSearchParams: its own Suspense boundary, so the pages around it still render on the server. */}
          <Suspense>
            <ServiceWorker />
          </Suspense>
        </OfflineProvider>
      </ToastProvider>
    </LocaleProvider>
  );
}
