import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CategoryBadge } from "@/components/category-badge";
import Link from "@/components/link";
import { STAGES, stageLabel } from "@/domain/stages";
import { requireUser } from "@/server/auth/session";
import { dayFormatter } from "@/server/locale";
import { getOutreachPage } from "@/server/outreach/outreach.queries";
import { Composer } from "./composer";
import { FirstConversation } from "./first-conversation";
import { ReplyForm } from "./reply-form";
import { ResearchForm } from "./research-form";

export const metadata: Metadata = { title: "Outreach" };

/** Which step is open: the one the mentor's stage is waiting on. */
const CURRENT_STEP: Record<string, number> = {
  PROSPECT: 1,
  RESEARCHED: 2,
  CONTACTED: 3,
  IN_CONVERSATION: 4,
  ACTIVE: 4,
  PAUSED: 4,
  DECLINED: 3,
};

const STEPS = ["Research and value proposition", "Outreach message", "Their reply", "First conversation"] as const;

export default async function OutreachPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const data = await getOutreachPage(user, id);
  if (!data) notFound();
  const { mentor, plan } = data;
  const current = CURRENT_STEP[mentor.stage] ?? 1;
  const pipeline = STAGES.filter((s) =>
    ["PROSPECT", "RESEARCHED", "CONTACTED", "IN_CONVERSATION", "ACTIVE"].includes(s.value),
  );
  const reached = pipeline.findIndex((s) => s.value === mentor.stage);

  return (
    <article className="space-y-6">
      <Link href={`/mentors/${mentor.id}`} className="text-sm text-brand-700 hover:underline dark:text-brand-100">
        ← {mentor.name}
      </Link>
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Outreach to {mentor.name}</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-zinc-600 dark:text-zinc-400">
          <CategoryBadge category={mentor.category} />
          {[mentor.headline, mentor.organisation].filter(Boolean).join(", ")}
        </p>
        <ol aria-label="Pipeline" className="flex flex-wrap gap-1 text-xs" data-testid="outreach-stage">
          {pipeline.map((s, i) => (
            <li
              key={s.value}
              aria-current={s.value === mentor.stage ? "step" : undefined}
              className={`rounded-full px-2.5 py-1 ${
                s.value === mentor.stage
                  ? "bg-brand-600 font-semibold text-white"
                  : i < reached
                    ? "bg-brand-100 text-brand-700 dark:bg-zinc-700 dark:text-zinc-100"
                    : "bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400"
              }`}
            >
              {s.label}
            </li>
          ))}
          {mentor.stage === "DECLINED" || mentor.stage === "PAUSED" ? (
            <li className="rounded-full bg-zinc-700 px-2.5 py-1 font-semibold text-white">
              {stageLabel(mentor.stage)}
            </li>
          ) : null}
        </ol>
      </header>

      {STEPS.map((title, i) => {
        const step = i + 1;
        const status = step < current ? "done" : step === current ? "now" : "later";
        return (
          <details
            key={title}
            open={status === "now" || undefined}
            className="group rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900"
            data-step={step}
          >
            <summary className="flex cursor-pointer items-center gap-3 rounded-lg p-4 text-lg font-semibold focus-visible:outline-2">
              <span
                aria-hidden
                className={`grid h-7 w-7 place-items-center rounded-full text-sm ${status === "done" ? "bg-emerald-600 text-white" : status === "now" ? "bg-brand-600 text-white" : "bg-zinc-200 dark:bg-zinc-700"}`}
              >
                {status === "done" ? "✓" : step}
              </span>
              <h2 className="inline">{title}</h2>
              <span className="sr-only">{status === "done" ? "(done)" : status === "now" ? "(current step)" : ""}</span>
              <StepNote step={step} data={data} />
            </summary>
            <div className="border-t border-zinc-200 p-4 dark:border-zinc-800">
              {step === 1 ? <ResearchForm mentorId={mentor.id} plan={plan} stage={mentor.stage} /> : null}
              {step === 2 ? (
                <Composer mentor={mentor} plan={plan} senderName={data.senderName ?? null} today={data.today} />
              ) : null}
              {step === 3 ? (
                <ReplyForm mentor={mentor} plan={plan} followUp={data.followUp} today={data.today} />
              ) : null}
              {step === 4 ? (
                <FirstConversation
                  mentor={mentor}
                  plan={plan}
                  gapAreas={data.gapAreas}
                  senderName={data.senderName ?? null}
                  today={data.today}
                />
              ) : null}
            </div>
          </details>
        );
      })}
    </article>
  );
}

async function StepNote({
  step,
  data,
}: {
  step: number;
  data: NonNullable<Awaited<ReturnType<typeof getOutreachPage>>>;
}) {
  const formatDayLong = await dayFormatter();
  const { plan } = data;
  const note =
    step === 1 && plan.researchedOn
      ? `Researched ${formatDayLong(plan.researchedOn)}`
      : step === 2 && plan.sentOn
        ? `Sent ${formatDayLong(plan.sentOn)}`
        : step === 3 && plan.reply
          ? { YES: "They said yes", NO: "They said no", NO_ANSWER: "No answer yet" }[plan.reply]
          : null;
  return note ? <span className="ml-auto text-sm font-normal text-zinc-600 dark:text-zinc-400">{note}</span> : null;
}
