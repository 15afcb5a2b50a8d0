import { RHYTHM_LABELS, type RhythmStatus, rhythmBadgeClass } from "@/domain/cadence";

export function RhythmBadge({ status }: { status: RhythmStatus }) {
  return <span className={rhythmBadgeClass(status)}>{RHYTHM_LABELS[status]}</span>;
}
