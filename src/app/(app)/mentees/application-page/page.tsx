import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "@/components/link";
import { applicationPageOf } from "@/server/applications/applications.queries";
import { requireUser } from "@/server/auth/session";
import { PageSettingsForm } from "./page-settings-form";

export const metadata: Metadata = { title: "Application page" };

export default async function ApplicationPageSettings() {
  const user = await requireUser();
  const settings = await applicationPageOf(user.id);
  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host")}`;
  return (
    <div className="space-y-6">
      <Link href="/mentees" className="text-sm text-brand-700 hover:underline dark:text-brand-100">
        ← Mentoring
      </Link>
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Application page</h1>
        <p className="max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
          A public page where people ask you to mentor them. It shows your name and what you write here, never your
          email. Applicants confirm their address before an application reaches your inbox.
        </p>
        {settings.slug ? (
          <p className="text-sm">
            {settings.open ? "Open at" : "Closed; when open, at"}{" "}
            <a className="underline" href={`/apply/${settings.slug}`}>
              /apply/{settings.slug}
            </a>
          </p>
        ) : null}
      </header>
      <PageSettingsForm settings={settings} origin={origin} />
    </div>
  );
}
