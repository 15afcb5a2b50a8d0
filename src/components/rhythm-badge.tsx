import { rhythmBadgeClass, rhythmLabel, rhythmStatus } from "@/domain/cadence";
import type { Day } from "@/domain/calendar";
import type { MentorStage } from "@/generated/prisma/enums";

/** Where a relationship stands against its rhythm, in colour and words ("Due in 3 days", "Overdue", "On hold"). */
export function RhythmBadge({
  nextCheckIn,
  today,
  stage,
}: {
  nextCheckIn: Day | null;
  today: Day;
  stage?: MentorStage;
}) {
  return (
    <span className={rhythmBadgeClass(rhythmStatus(nextCheckIn, today, stage))}>
      {rhythmLabel(nextCheckIn, today, stage)}
    </span>
  );
}
