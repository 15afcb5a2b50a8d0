"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/button";
import { Field, InputField, inputClass } from "@/components/field";
import { useOffline } from "@/components/offline/offline-provider";
import { submitOrQueue } from "@/components/offline/offline-writes";
import { QueuedNotice } from "@/components/offline/queued-notice";
import { Options } from "@/components/options";
import { Panel } from "@/components/panel";
import { Reveal } from "@/components/reveal";
import { submitWith } from "@/components/submit-with";
import { FormError } from "@/components/use-action-form";
import { describeOneWay, type ValueBalance } from "@/domain/value-balance";
import { VALUE_KINDS } from "@/domain/value-kinds";

export function ValuePanel({
  mentorId,
  name,
  value,
  today,
}: {
  mentorId: string;
  name: string;
  value: ValueBalance;
  today: string;
}) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [pending, startTransition] = useTransition();
  const [formKey, setFormKey] = useState(0);
  const [queued, setQueued] = useState(false);
  const { userId } = useOffline();

  function log(formData: FormData) {
    startTransition(async () => {
      formData.set("mentorId", mentorId);
      const result = await submitOrQueue("valueExchange", Object.fromEntries(formData), {
        userId,
        mentorId,
        label: `Value exchanged with ${name}`,
      });
      if (result.ok === false) return setErrors(result.fieldErrors ?? { _form: [result.error] });
      setErrors({});
      setFormKey((k) => k + 1);
      setQueued(result.ok === "queued");
      if (result.ok === true) router.refresh();
    });
  }

  return (
    <Panel aria-labelledby="value" className="space-y-4">
      <h2 id="value" className="text-lg font-semibold">
        Value exchange
      </h2>
      <dl className="grid grid-cols-3 gap-2 text-center text-sm" data-testid="value-balance">
        <div>
          <dt className="text-zinc-600 dark:text-zinc-400">Given</dt>
          <dd className="text-xl font-semibold">{value.gave}</dd>
        </div>
        <div>
          <dt className="text-zinc-600 dark:text-zinc-400">Received</dt>
          <dd className="text-xl font-semibold">{value.received}</dd>
        </div>
        <div>
          <dt className="text-zinc-600 dark:text-zinc-400">Balance</dt>
          <dd className="text-xl font-semibold">
            {value.balance > 0 ? "+" : ""}
            {value.balance}
          </dd>
        </div>
      </dl>
      {value.oneWay ? (
        <p className="rounded-md bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
          {describeOneWay(name, value.oneWay)}.{" "}
          {value.oneWay.direction === "RECEIVED" ? "What could you offer back?" : "Is it time to ask for something?"}
        </p>
      ) : null}
      <Reveal label="Log value exchanged">
        <form
          key={formKey}
          onSubmit={submitWith(log)}
          className="space-y-3"
          noValidate
          aria-label="Log value exchanged"
        >
          <FormError errors={errors} />
          {queued ? <QueuedNotice /> : null}
          <fieldset className="flex gap-4 text-sm">
            <legend className="sr-only">Direction</legend>
            <label className="flex items-center gap-1">
              <input type="radio" name="direction" value="GAVE" defaultChecked /> I gave
            </label>
            <label className="flex items-center gap-1">
              <input type="radio" name="direction" value="RECEIVED" /> I received
            </label>
          </fieldset>
          <Field id="value-kind" label="Kind" errors={errors.kind}>
            {(p) => (
              <select {...p} name="kind" defaultValue="ADVICE" className={inputClass}>
                <Options items={VALUE_KINDS} />
              </select>
            )}
          </Field>
          <InputField
            id="value-description"
            label="What"
            errors={errors.description}
            name="description"
            maxLength={2000}
          />
          <InputField
            id="value-date"
            label="When"
            errors={errors.occurredOn}
            name="occurredOn"
            type="date"
            defaultValue={today}
          />
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : "Log value"}
          </Button>
        </form>
      </Reveal>
    </Panel>
  );
}
