import { timeTogether, type WorkingHours } from "@/domain/working-hours";

/** Where a mentor lives by the clock: their time now, and the coming hours you are both at work (in your time). */
export function TheirTime({
  name,
  you,
  them,
}: {
  name: string;
  you: WorkingHours;
  them: { zone: string | null; startHour: number | null; endHour: number | null };
}) {
  const t = timeTogether(you, them, new Date());
  if (!t) return null;
  return (
    <section aria-label={`${name}’s time`} className="space-y-1 text-sm" data-testid="their-time">
      <p>
        <span className="text-zinc-600 dark:text-zinc-400">Their time:</span>{" "}
        <strong>
          {t.theirDay} {t.theirTime}
        </strong>{" "}
        ({t.theirs.zone}, {t.offset})
      </p>
      <p>
        <span className="text-zinc-600 dark:text-zinc-400">Both at work next (your time):</span>{" "}
        {t.windows.length ? t.windows.map((w) => w.label).join(" · ") : "no shared hours this week"}
      </p>
    </section>
  );
}
