import { SESSION_STATUS_LABELS, type SessionStatus } from "@/domain/mentee-stages";

const colours: Record<SessionStatus, string> = {
  "no-rhythm": "bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
  resting: "bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400",
  "on-rhythm": "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  "due-soon": "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  overdue: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
};

/** Where a mentee's next session stands. */
export function SessionBadge({ status }: { status: SessionStatus }) {
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${colours[status]}`}>
      {SESSION_STATUS_LABELS[status]}
    </span>
  );
}
