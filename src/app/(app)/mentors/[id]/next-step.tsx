import { buttonClass } from "@/components/button";
import Link from "@/components/link";
import { Panel } from "@/components/panel";
import { dateToDay } from "@/domain/calendar";
import type { MentorStage } from "@/generated/prisma/enums";
import { dayFormatter } from "@/server/locale";

type Plan = { researchedAt: Date | null; sentAt: Date | null; repliedAt: Date | null } | null;

/** The one next step for a mentor still in the pipeline, as the first panel of their page. */
export async function NextStep({
  mentor,
}: {
  mentor: { id: string; name: string; stage: MentorStage; outreachPlan: Plan };
}) {
  const formatDayLong = await dayFormatter();
  const plan = mentor.outreachPlan;
  const outreach = `/mentors/${mentor.id}/outreach`;
  const step =
    mentor.stage === "PROSPECT" || mentor.stage === "RESEARCHED"
      ? {
          title: "Next: reach out",
          text: plan?.researchedAt
            ? "Your research is saved. Write a short message: a specific compliment, one clear ask, what you offer, and an easy way to say no."
            : `Start with their recent work and what ${mentor.name} might need; then write a short, specific message.`,
          action: plan ? "Continue outreach" : "Start outreach",
          href: outreach,
        }
      : mentor.stage === "CONTACTED"
        ? {
            title: "Waiting for their reply",
            text: plan?.sentAt
              ? `You wrote on ${formatDayLong(dateToDay(plan.sentAt))}. When they answer, record the reply; a follow-up reminder is set if they do not.`
              : "When they answer, record the reply here.",
            action: "Record their reply",
            href: outreach,
          }
        : mentor.stage === "IN_CONVERSATION"
          ? {
              title: "Next: the first conversation",
              text: "Prepare three questions, take notes, and send a thank-you the same day. When it becomes a working mentorship, set it Active.",
              action: "Prepare the first conversation",
              href: outreach,
            }
          : {
              title: "Declined for now",
              text: "A no is often about timing. A reminder brings them back to revisit; your outreach notes are kept.",
              action: "Outreach notes",
              href: outreach,
            };
  return (
    <Panel aria-labelledby="next-step" className="space-y-2 border-brand-500" data-testid="next-step">
      <h2 id="next-step" className="text-lg font-semibold">
        {step.title}
      </h2>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">{step.text}</p>
      <Link href={step.href} className={buttonClass(mentor.stage === "DECLINED" ? "secondary" : "primary")}>
        {step.action}
      </Link>
    </Panel>
  );
}
