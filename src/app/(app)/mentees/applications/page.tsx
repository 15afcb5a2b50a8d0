import type { Metadata } from "next";
import Link from "@/components/link";
import { Panel } from "@/components/panel";
import { SendResourceForm } from "@/components/send-resource-form";
import { TextLink } from "@/components/text-link";
import { declineReply } from "@/domain/applications";
import { type Answer, applicationInbox } from "@/server/applications/applications.queries";
import { requireUser } from "@/server/auth/session";
import { listResources } from "@/server/resources/resources.queries";
import { DecisionForms } from "./decision-forms";

export const metadata: Metadata = { title: "Applications" };

function Answers({ answers }: { answers: Answer[] }) {
  return (
    <dl className="space-y-2 text-sm">
      {answers.map((a, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: answers keep the page's order
        <div key={i}>
          <dt className="font-medium">{a.question}</dt>
          <dd className="whitespace-pre-line text-zinc-700 dark:text-zinc-300">{a.answer}</dd>
        </div>
      ))}
    </dl>
  );
}

export default async function ApplicationsPage() {
  const user = await requireUser();
  const [inbox, resources] = await Promise.all([applicationInbox(user.id, user.timeZone), listResources(user.id)]);
  const card = (a: (typeof inbox.waiting)[number], waitlisted: boolean) => (
    <Panel key={a.id} as="li" className="space-y-3" aria-label={`Application from ${a.name}`}>
      <div>
        <p className="font-semibold">{a.name}</p>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{a.email}</p>
      </div>
      <Answers answers={a.answers} />
      <DecisionForms id={a.id} name={a.name} draft={declineReply(a.name, user.name)} waitlisted={waitlisted} />
      <SendResourceForm to={{ applicationId: a.id }} name={a.name} resources={resources} />
    </Panel>
  );
  return (
    <div className="space-y-6">
      <Link href="/mentees" className="text-sm text-brand-700 hover:underline dark:text-brand-100">
        ← Mentoring
      </Link>
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Applications</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {inbox.page
            ? `${inbox.page.open ? "Your page is open" : "Your page is closed"}; ${inbox.placesLeft} ${inbox.placesLeft === 1 ? "place" : "places"} left this quarter. `
            : "You have no application page yet. "}
          <TextLink href="/mentees/application-page">{inbox.page ? "Edit the page" : "Make one"}</TextLink>
        </p>
      </header>
      <section aria-labelledby="waiting" className="space-y-3">
        <h2 id="waiting" className="text-lg font-semibold">
          Waiting for you ({inbox.waiting.length})
        </h2>
        {inbox.waiting.length ? (
          <ul className="space-y-3">{inbox.waiting.map((a) => card(a, false))}</ul>
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">No application is waiting.</p>
        )}
      </section>
      {inbox.waitlisted.length ? (
        <section aria-labelledby="waitlist" className="space-y-3">
          <h2 id="waitlist" className="text-lg font-semibold">
            Waitlist ({inbox.waitlisted.length})
          </h2>
          <ul className="space-y-3">{inbox.waitlisted.map((a) => card(a, true))}</ul>
        </section>
      ) : null}
      {inbox.decided.length ? (
        <section aria-labelledby="decided" className="space-y-2">
          <h2 id="decided" className="text-lg font-semibold">
            Decided
          </h2>
          <ul className="space-y-1 text-sm">
            {inbox.decided.map((a) => (
              <li key={a.id}>
                {a.menteeId ? <TextLink href={`/mentees/${a.menteeId}`}>{a.name}</TextLink> : a.name}:{" "}
                {a.status === "ACCEPTED" ? "accepted" : "declined (deleted 90 days after)"}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
