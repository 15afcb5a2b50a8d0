import Link from "@/components/link";
import { describeOneWay } from "@/domain/value-balance";
import { dayFormatter } from "@/server/locale";
import type { MentorPageData } from "@/server/mentors/mentors.detail.queries";

/** Before you talk: what you took away last time, what you promised, the balance, wins to tell them about, why they are on the map. */
export async function Brief({
  brief,
  name,
  today,
}: {
  brief: NonNullable<MentorPageData["brief"]>;
  name: string;
  today: string;
}) {
  const formatDayLong = await dayFormatter();
  const due =
    brief.dueOn < today
      ? `overdue since ${formatDayLong(brief.dueOn)}`
      : brief.dueOn === today
        ? "due today"
        : `due ${formatDayLong(brief.dueOn)}`;
  return (
    <section
      id="brief"
      aria-labelledby="brief-heading"
      className="scroll-mt-4 space-y-3 rounded-lg border border-brand-600/40 bg-brand-50 p-5 dark:bg-zinc-900"
      data-testid="brief"
    >
      <h2 id="brief-heading" className="text-lg font-semibold">
        Before you talk <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400">· check-in {due}</span>
      </h2>
      <dl className="grid gap-4 text-sm sm:grid-cols-2">
        <div>
          <dt className="font-medium">Last takeaways</dt>
          <dd>
            {brief.lastTakeaways.length ? (
              <ul className="space-y-1">
                {brief.lastTakeaways.map((t) => (
                  <li key={t.on + t.takeaways}>
                    <span className="text-xs text-zinc-600 dark:text-zinc-400">{formatDayLong(t.on)}:</span>{" "}
                    <span className="whitespace-pre-line">{t.takeaways}</span>
                  </li>
                ))}
              </ul>
            ) : (
              "None logged yet: note one or two this time."
            )}
          </dd>
        </div>
        <div>
          <dt className="font-medium">Open follow-ups</dt>
          <dd>
            {brief.openFollowUps.length ? (
              <ul className="list-disc pl-4">
                {brief.openFollowUps.map((f) => (
                  <li key={f.id}>
                    {f.title}{" "}
                    <span className="text-xs text-zinc-600 dark:text-zinc-400">(due {formatDayLong(f.dueOn)})</span>
                  </li>
                ))}
              </ul>
            ) : (
              "Nothing you promised is open."
            )}
          </dd>
        </div>
        <div>
          <dt className="font-medium">Value balance</dt>
          <dd>
            Given {brief.value.gave}, received {brief.value.received}.{" "}
            {brief.value.oneWay
              ? `${describeOneWay(name, brief.value.oneWay)}: ${brief.value.oneWay.direction === "RECEIVED" ? "bring something to offer." : "ask for something."}`
              : null}
          </dd>
        </div>
        <div>
          <dt className="font-medium">Wins to tell them about</dt>
          <dd>
            {brief.unsharedWins.length ? (
              <ul className="list-disc pl-4">
                {brief.unsharedWins.map((w) => (
                  <li key={w.id}>
                    <Link href={`/wins#win-${w.id}`} className="underline">
                      {w.title}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              "None waiting."
            )}
          </dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="font-medium">Gap area</dt>
          <dd>{brief.gapAreas.length ? brief.gapAreas.join(", ") : "Not linked to a gap area yet."}</dd>
        </div>
      </dl>
    </section>
  );
}
