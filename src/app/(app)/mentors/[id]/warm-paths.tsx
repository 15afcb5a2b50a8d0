"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { Button } from "@/components/button";
import { InputField, inputClass } from "@/components/field";
import { Panel } from "@/components/panel";
import { TextLink } from "@/components/text-link";
import { useToast } from "@/components/toast";
import { INTRODUCTION_LIMITS, introductionRequest, warmPathReasonText } from "@/domain/warm-paths";
import { recordWarmIntroductionAction, warmPathsAction } from "@/server/introductions/introductions.warm-paths.actions";
import type { WarmPath } from "@/server/introductions/introductions.warm-paths.queries";

/**
 * A prospect's warm paths: who among the user's mentors could introduce them, each
 * with the reason, a drafted request to copy, and "They introduced us" to record it.
 * Looked up after the page is shown, so the mentor page stays as fast as before.
 */
export function WarmPaths({
  prospect,
  myName,
  today,
}: {
  prospect: { id: string; name: string };
  myName: string | null;
  today: string;
}) {
  const [paths, setPaths] = useState<WarmPath[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    warmPathsAction({ prospectId: prospect.id }).then(
      (result) => {
        if (!current) return;
        if (result.ok) setPaths(result.data);
        else setError(result.error);
      },
      () => current && setError("Warm paths could not be looked up just now."),
    );
    return () => {
      current = false;
    };
  }, [prospect.id]);

  return (
    <Panel aria-labelledby="warm-paths" className="space-y-3">
      <h2 id="warm-paths" className="text-lg font-semibold">
        Warm paths
      </h2>
      {error ? (
        <p className="text-sm text-red-700 dark:text-red-400">{error}</p>
      ) : paths === null ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
          Looking for who could introduce you…
        </p>
      ) : paths.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          None of your active mentors is linked to {prospect.name} yet. Warm paths come from a shared organisation and
          from your notes: a mentor’s notes that name them, or theirs that name a mentor.
        </p>
      ) : (
        <ul className="space-y-3 text-sm">
          {paths.map((p) => (
            <WarmPathItem key={p.id} path={p} prospect={prospect} myName={myName} today={today} />
          ))}
        </ul>
      )}
    </Panel>
  );
}

function WarmPathItem({
  path,
  prospect,
  myName,
  today,
}: {
  path: WarmPath;
  prospect: { id: string; name: string };
  myName: string | null;
  today: string;
}) {
  const router = useRouter();
  const toast = useToast();
  const [asking, setAsking] = useState(false);
  const [why, setWhy] = useState("");
  const [question, setQuestion] = useState("");
  const [pending, startTransition] = useTransition();
  const first = path.name.split(/\s+/)[0] || path.name;
  const draft = introductionRequest({ mentor: path.name, prospect: prospect.name, why, question, myName });
  const key = `${path.id}-intro`;

  const record = () =>
    startTransition(async () => {
      const result = await recordWarmIntroductionAction({
        introducerId: path.id,
        prospectId: prospect.id,
        occurredOn: today,
      });
      if (!result.ok) return toast({ message: result.error });
      toast({ message: `Recorded: ${result.data.introducer} introduced you to ${result.data.prospect}.` });
      router.refresh();
    });

  return (
    <li className="space-y-2">
      <div>
        <TextLink href={`/mentors/${path.id}`} className="font-medium">
          {path.name}
        </TextLink>
        <p className="text-zinc-700 dark:text-zinc-300">
          {path.reasons.map((r) => warmPathReasonText(r, path.name, prospect.name)).join(" ")}
        </p>
      </div>
      {asking ? (
        <div className="space-y-2 rounded-md bg-zinc-50 p-3 dark:bg-zinc-950">
          <InputField
            id={`${key}-why`}
            label={`Why ${prospect.name}`}
            hint="One sentence: what they know that you need."
            value={why}
            maxLength={INTRODUCTION_LIMITS.why}
            onChange={(e) => setWhy(e.target.value)}
          />
          <InputField
            id={`${key}-question`}
            label="The one question you would ask"
            value={question}
            maxLength={INTRODUCTION_LIMITS.question}
            onChange={(e) => setQuestion(e.target.value)}
          />
          <label htmlFor={`${key}-draft`} className="block text-sm font-medium">
            Your request to {first}
          </label>
          <textarea id={`${key}-draft`} readOnly rows={9} value={draft} className={inputClass} />
          <div className="flex flex-wrap gap-2">
            <Button
              type="button"
              variant="secondary"
              className="px-3 py-1"
              onClick={() =>
                navigator.clipboard.writeText(draft).then(
                  () => toast({ message: `Copied: paste it into the message to ${first}.` }),
                  () => toast({ message: "Copying was refused: select the text and copy it." }),
                )
              }
            >
              Copy
            </Button>
            <Button type="button" variant="secondary" className="px-3 py-1" disabled={pending} onClick={record}>
              {first} introduced us
            </Button>
          </div>
        </div>
      ) : (
        <Button type="button" variant="secondary" className="px-3 py-1" onClick={() => setAsking(true)}>
          Ask {first} for an introduction
        </Button>
      )}
    </li>
  );
}
