import type { Metadata } from "next";
import { Panel } from "@/components/panel";
import { TextLink } from "@/components/text-link";
import { todayIn } from "@/domain/calendar";
import { type AskRow, listAsks } from "@/server/asks/asks.queries";
import { requireUser } from "@/server/auth/session";
import { dayFormatter } from "@/server/locale";
import { AnswerForm, NewAskForm, ThankForm, ToMentorForm } from "./ask-forms";

export const metadata: Metadata = { title: "One-off asks" };

export default async function AsksPage() {
  const user = await requireUser();
  const [{ open, closed }, formatDay] = await Promise.all([listAsks(user.id), dayFormatter()]);
  const today = todayIn(user.timeZone);
  const card = (a: AskRow) => (
    <Panel key={a.id} as="li" padding="snug" className="space-y-2 text-sm" aria-label={`Ask to ${a.name}`}>
      <p>
        <strong>{a.name}</strong>
        {a.organisation ? `, ${a.organisation}` : ""}{" "}
        <span className="text-zinc-600 dark:text-zinc-400">· asked {formatDay(a.askedOn)}</span>
      </p>
      <p className="whitespace-pre-line">“{a.question}”</p>
      {a.status === "ASKED" ? (
        <>
          <p className="text-zinc-600 dark:text-zinc-400">
            {a.followUpOn ? `Follow up once on ${formatDay(a.followUpOn)}.` : "No follow-up planned."}
          </p>
          <AnswerForm id={a.id} name={a.name} today={today} />
        </>
      ) : (
        <>
          {a.answer ? <p className="whitespace-pre-line text-zinc-700 dark:text-zinc-300">{a.answer}</p> : null}
          <p className="text-zinc-600 dark:text-zinc-400">
            Answered {formatDay(a.answeredOn!)}
            {a.thankedOn ? `; thanked ${formatDay(a.thankedOn)}` : ": thank them, and say what you did with it."}
          </p>
          {a.status === "ANSWERED" ? <ThankForm id={a.id} name={a.name} today={today} /> : null}
        </>
      )}
      {a.mentorId ? (
        <p>
          Now a mentor: <TextLink href={`/mentors/${a.mentorId}`}>{a.name}</TextLink>
        </p>
      ) : (
        <ToMentorForm id={a.id} name={a.name} />
      )}
    </Panel>
  );
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">One-off asks</h1>
        <p className="max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
          Micro-mentorship: one specific question to one person, without a cadence. Track it from the ask to the answer
          to the thank-you; the help counts in your value ledger, and a good exchange can become a relationship in one
          step.
        </p>
      </header>
      <NewAskForm today={today} />
      <section aria-labelledby="open-asks" className="space-y-3">
        <h2 id="open-asks" className="text-lg font-semibold">
          Waiting for an answer ({open.length})
        </h2>
        {open.length ? (
          <ul className="space-y-3">{open.map(card)}</ul>
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">No question waiting.</p>
        )}
      </section>
      {closed.length ? (
        <section aria-labelledby="answered-asks" className="space-y-3">
          <h2 id="answered-asks" className="text-lg font-semibold">
            Answered
          </h2>
          <ul className="space-y-3">{closed.map(card)}</ul>
        </section>
      ) : null}
    </div>
  );
}
