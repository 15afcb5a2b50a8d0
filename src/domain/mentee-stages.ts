import { DUE_SOON_DAYS } from "./cadence";
import { addDaysToDay, type Day } from "./calendar";

export type MenteeStage = "APPLIED" | "ACCEPTED" | "ACTIVE" | "ALUMNI" | "WAITLISTED" | "DECLINED";

/** Left to right as a mentee goes; Waitlisted and Declined sit beside the way. */
export const MENTEE_STAGES: readonly { value: MenteeStage; label: string; hint: string }[] = [
  { value: "APPLIED", label: "Applied", hint: "Asked to be mentored; not answered yet." },
  { value: "ACCEPTED", label: "Accepted", hint: "You said yes; the first session is still to come." },
  { value: "ACTIVE", label: "Active", hint: "Mentoring now, with a session rhythm." },
  { value: "ALUMNI", label: "Alumni", hint: "The mentorship ended; they stay in touch." },
  { value: "WAITLISTED", label: "Waitlisted", hint: "A yes for when a place opens." },
  { value: "DECLINED", label: "Declined", hint: "Not this time." },
];

export function menteeStageLabel(value: MenteeStage) {
  return MENTEE_STAGES.find((s) => s.value === value)?.label ?? value;
}

/** The stages in which sessions are held and fall due. */
export const SESSION_STAGES: readonly MenteeStage[] = ["ACCEPTED", "ACTIVE"];

export type SessionStatus = "overdue" | "due-soon" | "on-rhythm" | "no-rhythm" | "resting";

/** Where a mentee's next session stands today: the dashboard's "Mentoring" panel lists the overdue and due soon. */
export function sessionStatus(nextSessionOn: Day | null, today: Day, stage: MenteeStage): SessionStatus {
  if (!SESSION_STAGES.includes(stage)) return "resting";
  if (!nextSessionOn) return "no-rhythm";
  if (nextSessionOn < today) return "overdue";
  if (nextSessionOn <= addDaysToDay(today, DUE_SOON_DAYS)) return "due-soon";
  return "on-rhythm";
}

export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = {
  overdue: "session overdue",
  "due-soon": "session due soon",
  "on-rhythm": "on rhythm",
  "no-rhythm": "no rhythm",
  resting: "no sessions",
};
