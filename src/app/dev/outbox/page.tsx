import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { Panel } from "@/components/panel";
import { textLinkClass } from "@/components/text-link";
import { env } from "@/server/env";
import { fromThisMachine } from "@/server/http";
import { readOutbox } from "@/server/mail/outbox";

export const metadata: Metadata = { title: "Development outbox" };
export const dynamic = "force-dynamic";

/**
 * Mail the app "sent" while no SMTP server is configured: sign-in links among it.
 * Development mode only, and only to a browser on this machine.
 */
export default async function OutboxPage() {
  if (!env().developmentMode || !fromThisMachine({ headers: await headers() })) notFound();
  const messages = await readOutbox();
  return (
    <main className="mx-auto max-w-3xl space-y-6 px-6 py-10">
      <div>
        <h1 className="text-2xl font-semibold">Development outbox</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          SMTP_URL is not set, so mail lands here instead of being sent. Newest first.
        </p>
      </div>
      {messages.length === 0 ? <p>No mail yet. Ask for a sign-in link to see one here.</p> : null}
      <ol className="space-y-4">
        {messages.map((m) => (
          <Panel key={m.id} as="li" padding="snug">
            <p className="text-xs text-zinc-600 dark:text-zinc-400">
              {new Date(m.sentAt).toLocaleString("en-GB", { timeZone: "UTC" })} UTC · to {m.to}
            </p>
            <h2 className="font-medium">{m.subject}</h2>
            <pre className="mt-2 whitespace-pre-wrap break-all text-sm">
              {m.text.split(/(https?:\/\/\S+)/g).map((part, i) =>
                /^https?:\/\//.test(part) ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one fixed text never move
                  <a key={i} href={part} className={textLinkClass}>
                    {part}
                  </a>
                ) : (
                  part
                ),
              )}
            </pre>
          </Panel>
        ))}
      </ol>
    </main>
  );
}
