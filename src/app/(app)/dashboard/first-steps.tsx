import { CheckCircle2, Circle } from "lucide-react";
import { Panel } from "@/components/panel";
import { TextLink } from "@/components/text-link";

export type FirstStep = { key: string; label: string; href: string; done: boolean; hint: string };

/** What a new account needs, in order; the list goes once every step is done. */
export function firstSteps(s: {
  hasAreas: boolean;
  hasMentor: boolean;
  hasCheckIn: boolean;
  hasName: boolean;
}): FirstStep[] {
  return [
    {
      key: "areas",
      label: "Run the gap analysis",
      href: "/gaps/wizard",
      done: s.hasAreas,
      hint: "Choose the 5–7 areas you want to grow in; a few minutes.",
    },
    {
      key: "mentor",
      label: "Add your first mentor or prospect",
      href: "/mentors/new",
      done: s.hasMentor,
      hint: "Someone you learn from already, or someone you would like to.",
    },
    {
      key: "check-in",
      label: "Log a check-in",
      href: "/mentors",
      done: s.hasCheckIn,
      hint: "After your next conversation: what you took away, and what you will do.",
    },
    {
      key: "name",
      label: "Tell us your name",
      href: "/settings#name",
      done: s.hasName,
      hint: "It signs your outreach messages and your exported map.",
    },
  ];
}

export function FirstSteps({ steps }: { steps: FirstStep[] }) {
  const done = steps.filter((s) => s.done).length;
  return (
    <Panel aria-labelledby="first-steps" className="space-y-3" data-testid="first-steps">
      <h2 id="first-steps" className="text-lg font-semibold">
        First steps{" "}
        <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400">
          · {done} of {steps.length} done
        </span>
      </h2>
      <ol className="space-y-2">
        {steps.map((s) => (
          <li key={s.key} className="flex items-start gap-3 text-sm">
            {s.done ? (
              <CheckCircle2 aria-hidden className="mt-0.5 size-5 shrink-0 text-emerald-600" />
            ) : (
              <Circle aria-hidden className="mt-0.5 size-5 shrink-0 text-zinc-400" />
            )}
            <span>
              {s.done ? (
                <>
                  <s className="text-zinc-600 dark:text-zinc-400">{s.label}</s>
                  <span className="sr-only"> (done)</span>
                </>
              ) : (
                <TextLink href={s.href}>{s.label}</TextLink>
              )}
              <span className="block text-zinc-600 dark:text-zinc-400">{s.hint}</span>
            </span>
          </li>
        ))}
      </ol>
    </Panel>
  );
}
