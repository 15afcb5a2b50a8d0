"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { Button } from "@/components/button";
import { Field, inputClass } from "@/components/field";
import { useFormatDay } from "@/components/locale";
import { submitWith } from "@/components/submit-with";
import { useToast } from "@/components/toast";
import { FormError } from "@/components/use-action-form";
import { type DigestFrequency, WEEKDAYS } from "@/domain/digest-schedule";
import { previewDigestAction, updateDigestSettingsAction } from "@/server/settings/settings.actions";

type Settings = {
  timeZone: string;
  digestFrequency: DigestFrequency;
  digestWeekday: number;
  digestHour: number;
  digestSendEmpty: boolean;
};
type Preview = Extract<Awaited<ReturnType<typeof previewDigestAction>>, { ok: true }>["data"];

const hourLabel = (h: number) => `${String(h).padStart(2, "0")}:00`;

/** Digest settings with a live preview of the next digest as they are changed. */
export function DigestSettingsForm({ initial }: { initial: Settings }) {
  const formatDayLong = useFormatDay();
  const router = useRouter();
  const toast = useToast();
  const [settings, setSettings] = useState(initial);
  const [detected, setDetected] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [preview, setPreview] = useState<Preview | null>(null);
  const [pending, startTransition] = useTransition();
  // The ~420 zones are listed when the field is first reached, not as the page loads:
  // Intl's first use on a page is a long task (src/domain/day-format.ts), and so are
  // 420 options to hydrate. Until then the field holds the zone it shows.
  const [zones, setZones] = useState<string[] | null>(null);
  const listZones = () => setZones((z) => z ?? Intl.supportedValuesOf("timeZone"));

  // A time zone still at the default takes the browser's, to be confirmed by saving.
  useEffect(() => {
    if (initial.timeZone !== "UTC") return;
    const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (browser && browser !== "UTC") {
      setDetected(browser);
      setSettings((s) => ({ ...s, timeZone: browser }));
    }
  }, [initial.timeZone]);

  useEffect(() => {
    const timer = setTimeout(async () => {
      const result = await previewDigestAction(settings).catch(() => null);
      if (result?.ok) setPreview(result.data);
    }, 250);
    return () => clearTimeout(timer);
  }, [settings]);

  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => setSettings((s) => ({ ...s, [key]: value }));
  const weekly = settings.digestFrequency === "WEEKLY";

  return (
    <div className="grid gap-6 md:grid-cols-2">
      <form
        noValidate
        aria-label="Digest settings"
        className="space-y-4"
        onSubmit={submitWith(() =>
          startTransition(async () => {
            const result = await updateDigestSettingsAction(settings);
            if (!result.ok) return setErrors(result.fieldErrors ?? { _form: [result.error] });
            setErrors({});
            setDetected(null);
            toast({ message: "Settings saved." });
            router.refresh();
          }),
        )}
      >
        <FormError errors={errors} />
        <Field
          id="timeZone"
          label="Time zone"
          hint={
            detected
              ? `Detected from your browser: ${detected}. Save to use it.`
              : "Reminders fall due and digests go out in it."
          }
          errors={errors.timeZone}
        >
          {(p) => (
            <select
              {...p}
              className={inputClass}
              value={settings.timeZone}
              onChange={(e) => set("timeZone", e.target.value)}
              onFocus={listZones}
              onPointerDown={listZones}
            >
              {(zones?.includes(settings.timeZone) ? zones : [settings.timeZone, ...(zones ?? [])]).map((z) => (
                <option key={z} value={z}>
                  {z}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium">Digest email</legend>
          {(
            [
              ["OFF", "Off"],
              ["DAILY", "Daily"],
              ["WEEKLY", "Weekly"],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="mr-4 inline-flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="digestFrequency"
                value={value}
                checked={settings.digestFrequency === value}
                onChange={() => set("digestFrequency", value)}
              />
              {label}
            </label>
          ))}
          {errors.digestFrequency ? (
            <p className="text-sm text-red-700 dark:text-red-400">{errors.digestFrequency.join(" ")}</p>
          ) : null}
        </fieldset>
        {settings.digestFrequency !== "OFF" ? (
          <div className="flex flex-wrap gap-4">
            {weekly ? (
              <Field id="digestWeekday" label="Day of the week" errors={errors.digestWeekday}>
                {(p) => (
                  <select
                    {...p}
                    className={inputClass}
                    value={settings.digestWeekday}
                    onChange={(e) => set("digestWeekday", Number(e.target.value))}
                  >
                    {WEEKDAYS.map((d, i) => (
                      <option key={d} value={i}>
                        {d}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ) : null}
            <Field id="digestHour" label="Local hour" errors={errors.digestHour}>
              {(p) => (
                <select
                  {...p}
                  className={inputClass}
                  value={settings.digestHour}
                  onChange={(e) => set("digestHour", Number(e.target.value))}
                >
                  {Array.from({ length: 24 }, (_, h) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the index is the hour, the option's value
                    <option key={h} value={h}>
                      {hourLabel(h)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        ) : null}
        {settings.digestFrequency !== "OFF" ? (
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={settings.digestSendEmpty}
              onChange={(e) => set("digestSendEmpty", e.target.checked)}
            />
            Send it even when there is nothing to say
          </label>
        ) : null}
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save settings"}
        </Button>
      </form>

      <section
        aria-labelledby="preview-heading"
        aria-live="polite"
        className="space-y-2 rounded-md bg-zinc-50 p-4 text-sm dark:bg-zinc-950"
        data-testid="digest-preview"
      >
        <h3 id="preview-heading" className="font-medium">
          Your next digest
        </h3>
        {!preview ? (
          <p className="text-zinc-600 dark:text-zinc-400">Working it out…</p>
        ) : !preview.slot ? (
          <p>Digests are off: no email will be sent. Reminders still show on your map.</p>
        ) : (
          <>
            <p data-testid="next-digest">
              {preview.slot.sendAtLabel} ({settings.timeZone})
              {preview.slot.soon ? ": today's, going out within the next few minutes" : null}
            </p>
            {preview.content && preview.willSend ? (
              <ul className="list-disc space-y-0.5 pl-5">
                {preview.content.overdue.length ? <li>{preview.content.overdue.length} overdue</li> : null}
                {preview.content.dueThisWeek.length ? (
                  <li>{preview.content.dueThisWeek.length} due in the next 7 days</li>
                ) : null}
                {preview.content.sprint ? (
                  <li>
                    Sprint day {preview.content.sprint.day}, {preview.content.sprint.phase}:{" "}
                    {preview.content.sprint.remaining.length} targets to go
                  </li>
                ) : null}
                {preview.content.outreachNudge ? <li>A nudge: no outreach in the last seven days</li> : null}
                {preview.content.oneWay.length ? <li>{preview.content.oneWay.length} one-way relationships</li> : null}
                {preview.content.unsharedWins.length ? (
                  <li>{preview.content.unsharedWins.length} wins not yet shared</li>
                ) : null}
                {preview.content.overdue[0] ? (
                  <li>
                    First: {preview.content.overdue[0].title}, due {formatDayLong(preview.content.overdue[0].dueOn)}
                  </li>
                ) : null}
              </ul>
            ) : (
              <p>As things stand it would say nothing, so none would be sent.</p>
            )}
          </>
        )}
      </section>
    </div>
  );
}
