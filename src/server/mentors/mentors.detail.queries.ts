import "server-only";
import { rhythmStatus } from "@/domain/cadence";
import { dateToDay, todayIn } from "@/domain/calendar";
import { checkInEntries, mergeTimeline, type TimelineEntry, valueEntries } from "@/domain/timeline";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { mentorHistory, TIMELINE_LIMIT } from "./mentors.history.queries";

/**
 * Everything the mentor page shows. Null for a missing mentor and for another
 * user's alike. Two queries, however long the history.
 */
export async function getMentorPage(user: Pick<CurrentUser, "id" | "timeZone">, id: string) {
  const today = todayIn(user.timeZone);
  // Both at once: the history is scoped by the user too, so for a mentor that is not
  // theirs it simply finds nothing, and the answer is the same not-found.
  const [mentor, history] = await Promise.all([
    db.mentor.findFirst({ where: { id, userId: user.id, deletedAt: null } }),
    mentorHistory(user.id, id, today),
  ]);
  if (!mentor) return null;
  const { stageChanges, checkIns, exchanges, value, reminders, gapAreas, outreach } = history;
  const allGapAreas = gapAreas.map(({ id, name }) => ({ id, name }));
  const timeline: TimelineEntry[] = mergeTimeline(
    checkInEntries(checkIns, reminders),
    valueEntries(exchanges),
    stageChanges.map((s) => ({
      kind: "stage" as const,
      id: s.id,
      day: s.at.toISOString().slice(0, 10),
      at: s.at,
      from: s.from,
      to: s.to,
      note: s.note,
    })),
    // People imported in bulk have no "added" entry of their own: it is when the record was made.
    stageChanges.some((s) => s.from === null) || stageChanges.length >= TIMELINE_LIMIT
      ? []
      : [
          {
            kind: "stage" as const,
            id: `added-${mentor.id}`,
            day: todayIn(user.timeZone, mentor.createdAt),
            at: mentor.createdAt,
            from: null,
            to: stageChanges.at(-1)?.from ?? mentor.stage,
            // The contacts import records where people came from in "how we met".
            note:
              mentor.howWeMet === "LinkedIn" || mentor.howWeMet === "vCard import"
                ? `Imported (${mentor.howWeMet})`
                : null,
          },
        ],
    reminders
      .filter((r) => !r.checkInId)
      .slice(0, TIMELINE_LIMIT)
      .map((r) => ({
        kind: "reminder" as const,
        id: r.id,
        day: dateToDay(r.dueOn),
        at: r.createdAt,
        reminderKind: r.kind,
        title: r.title,
        status: r.status,
      })),
    history.introductions.map((i) => ({
      kind: "introduction" as const,
      id: i.id,
      day: i.on_day,
      at: i.created_at,
      role: i.from_id === id ? ("introduced" as const) : ("was-introduced" as const),
      other: i.from_id === id ? { id: i.to_id, name: i.to_name } : { id: i.from_id, name: i.from_name },
      why: i.why,
      outcome: i.outcome,
    })),
    history.wins.map((w) => ({
      kind: "win" as const,
      id: w.id,
      day: w.on_day,
      at: w.created_at,
      title: w.title,
      sharedOn: w.shared_on,
    })),
  );
  const wins = history.wins.map((w) => ({ id: w.id, title: w.title, on: w.on_day, sharedOn: w.shared_on }));
  const nextCheckInOn = mentor.nextCheckInOn ? dateToDay(mentor.nextCheckInOn) : null;
  // The pre-conversation brief, while a check-in is due in the next 7 days or overdue (never for a resting relationship).
  const dueSoon = ["due-this-week", "overdue"].includes(rhythmStatus(nextCheckInOn, today, mentor.stage));
  const brief =
    nextCheckInOn && dueSoon
      ? {
          dueOn: nextCheckInOn,
          lastTakeaways: checkIns
            .filter((c) => c.takeaways.trim())
            .slice(0, 3)
            .map((c) => ({ on: dateToDay(c.occurredOn), takeaways: c.takeaways })),
          openFollowUps: reminders
            .filter((r) => r.kind === "FOLLOW_UP" && (r.status === "PENDING" || r.status === "SNOOZED"))
            .sort((a, b) => a.dueOn.getTime() - b.dueOn.getTime())
            .map((r) => ({ id: r.id, title: r.title, dueOn: dateToDay(r.dueOn) })),
          value,
          unsharedWins: wins.filter((w) => !w.sharedOn),
          gapAreas: gapAreas.filter((g) => g.linked).map((g) => g.name),
        }
      : null;
  return {
    mentor: {
      ...mentor,
      outreachPlan: outreach,
      gapAreas: gapAreas.filter((g) => g.linked).map(({ id, name, priority }) => ({ id, name, priority })),
      nextCheckInOn,
      lastCheckInOn: mentor.lastCheckInOn ? dateToDay(mentor.lastCheckInOn) : null,
      revisitAfterOn: mentor.revisitAfterOn ? dateToDay(mentor.revisitAfterOn) : null,
    },
    value,
    timeline,
    wins,
    brief,
    allGapAreas,
    today,
  };
}
export type MentorPageData = NonNullable<Awaited<ReturnType<typeof getMentorPage>>>;
