import "server-only";
import { dateToDay } from "@/domain/calendar";
import { type ExportDocument, FORMAT_VERSION } from "@/domain/export-format";
import { mentorRecordOf } from "@/domain/mentor-fields";
import { db } from "../db";
import type { Tx } from "../ownership";

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);
const dayOrNull = (d: Date | null) => (d ? dateToDay(d) : null);
/** Oldest first, ties by id: the same order on every export of the same data. */
const byAge = { orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }] };

/**
 * The user's whole map as one document (src/domain/export-format.ts), read in one
 * transaction so it is consistent. Every query is scoped by the user's id; soft-
 * deleted mentors (still in their undo window) are left out, with what hangs off them.
 */
export async function exportMap(userId: string, client: typeof db = db): Promise<ExportDocument> {
  return client.$transaction(async (tx) => readMap(tx, userId), { isolationLevel: "RepeatableRead" });
}

async function readMap(tx: Tx, userId: string): Promise<ExportDocument> {
  const live = { userId, mentor: { deletedAt: null } };
  const [
    user,
    gapAreas,
    mentors,
    links,
    stageChanges,
    checkIns,
    reminders,
    exchanges,
    plans,
    introductions,
    wins,
    groups,
    slots,
    sprints,
    snapshots,
  ] = await Promise.all([
    tx.user.findUniqueOrThrow({ where: { id: userId } }),
    tx.gapArea.findMany({ where: { userId }, ...byAge }),
    tx.mentor.findMany({ where: { userId, deletedAt: null }, ...byAge }),
    tx.mentorGapArea.findMany({ where: live, select: { mentorId: true, gapAreaId: true } }),
    tx.stageChange.findMany({ where: live, orderBy: [{ changedAt: "asc" }, { id: "asc" }] }),
    tx.checkIn.findMany({ where: live, ...byAge }),
    tx.reminder.findMany({ where: { userId, OR: [{ mentorId: null }, { mentor: { deletedAt: null } }] }, ...byAge }),
    tx.valueExchange.findMany({ where: live, ...byAge }),
    tx.outreachPlan.findMany({ where: live, ...byAge }),
    tx.introduction.findMany({
      where: { userId, fromMentor: { deletedAt: null }, toMentor: { deletedAt: null } },
      ...byAge,
    }),
    tx.win.findMany({ where: { userId }, ...byAge, include: { credits: { where: live } } }),
    tx.peerGroup.findMany({ where: { userId }, ...byAge, include: { members: { where: live } } }),
    tx.dreamTeamSlot.findMany({ where: { userId }, ...byAge, include: { matches: { where: live } } }),
    tx.sprint.findMany({ where: { userId }, ...byAge, include: { tasks: { where: { userId }, ...byAge } } }),
    tx.mapSnapshot.findMany({ where: { userId }, orderBy: [{ takenAt: "asc" }, { id: "asc" }] }),
  ]);
  // Lists of links in the order of the records they point to, not of their ids, so
  // that an export of an import lists them the same way.
  const areaOrder = new Map(gapAreas.map((g, i) => [g.id, i]));
  const mentorOrder = new Map(mentors.map((m, i) => [m.id, i]));
  const byMentor = <T extends { mentorId: string }>(rows: T[]) =>
    [...rows].sort((a, b) => mentorOrder.get(a.mentorId)! - mentorOrder.get(b.mentorId)!);
  const areasOf = new Map<string, string[]>();
  for (const l of links) areasOf.set(l.mentorId, [...(areasOf.get(l.mentorId) ?? []), l.gapAreaId]);
  return {
    formatVersion: FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    profile: {
      name: user.name,
      timeZone: user.timeZone,
      digest: {
        frequency: user.digestFrequency,
        weekday: user.digestWeekday,
        hour: user.digestHour,
        sendEmpty: user.digestSendEmpty,
        unsubscribed: !!user.digestUnsubscribedAt,
      },
      gapAnalysisCompletedAt: isoOrNull(user.gapWizardCompletedAt),
    },
    gapAreas: gapAreas.map((g) => ({
      id: g.id,
      name: g.name,
      whyItMatters: g.whyItMatters,
      currentLevel: g.currentLevel,
      targetLevel: g.targetLevel,
      priority: g.priority,
      guidanceSought: g.guidanceSought,
      valueIOffer: g.valueIOffer,
      createdAt: iso(g.createdAt),
    })),
    mentors: mentors.map((m) => ({
      id: m.id,
      ...mentorRecordOf(m),
      createdAt: iso(m.createdAt),
      gapAreaIds: (areasOf.get(m.id) ?? []).sort((a, b) => areaOrder.get(a)! - areaOrder.get(b)!),
    })),
    stageChanges: stageChanges.map((s) => ({
      mentorId: s.mentorId,
      fromStage: s.fromStage,
      toStage: s.toStage,
      changedAt: iso(s.changedAt),
      note: s.note,
    })),
    checkIns: checkIns.map((c) => ({
      id: c.id,
      mentorId: c.mentorId,
      occurredOn: dateToDay(c.occurredOn),
      channel: c.channel,
      notes: c.notes,
      takeaways: c.takeaways,
      peerGroupId: c.peerGroupId,
      createdAt: iso(c.createdAt),
    })),
    reminders: reminders.map((r) => ({
      mentorId: r.mentorId,
      checkInId: r.checkInId,
      kind: r.kind,
      title: r.title,
      dueOn: dateToDay(r.dueOn),
      status: r.status,
      snoozedUntil: dayOrNull(r.snoozedUntil),
      completedAt: isoOrNull(r.completedAt),
      createdAt: iso(r.createdAt),
    })),
    valueExchanges: exchanges.map((v) => ({
      mentorId: v.mentorId,
      direction: v.direction,
      kind: v.kind,
      description: v.description,
      occurredOn: dateToDay(v.occurredOn),
      createdAt: iso(v.createdAt),
    })),
    outreachPlans: plans.map((p) => ({
      mentorId: p.mentorId,
      researchLinks: Array.isArray(p.researchLinks) ? (p.researchLinks as { url: string; note: string }[]) : [],
      challenges: p.challenges,
      waysToHelp: p.waysToHelp,
      whatINeed: p.whatINeed,
      whatIOffer: p.whatIOffer,
      researchedAt: isoOrNull(p.researchedAt),
      subject: p.subject,
      compliment: p.compliment,
      ask: p.ask,
      offer: p.offer,
      easyOut: p.easyOut,
      sentAt: isoOrNull(p.sentAt),
      followUpDays: p.followUpDays,
      reply: p.reply,
      repliedAt: isoOrNull(p.repliedAt),
      prepQuestions: p.prepQuestions,
      conversationNotes: p.conversationNotes,
      thankYouNote: p.thankYouNote,
    })),
    introductions: introductions.map((i) => ({
      fromMentorId: i.fromMentorId,
      toMentorId: i.toMentorId,
      introducedOn: dateToDay(i.introducedOn),
      why: i.why,
      outcome: i.outcome,
      outcomeOn: dayOrNull(i.outcomeOn),
      createdAt: iso(i.createdAt),
    })),
    wins: wins.map((w) => ({
      id: w.id,
      title: w.title,
      description: w.description,
      occurredOn: dateToDay(w.occurredOn),
      sharedPubliclyOn: dayOrNull(w.sharedPubliclyOn),
      createdAt: iso(w.createdAt),
      credits: byMentor(w.credits).map((c) => ({ mentorId: c.mentorId, sharedOn: dayOrNull(c.sharedOn) })),
    })),
    peerGroups: groups.map((g) => ({
      id: g.id,
      name: g.name,
      description: g.description,
      cadenceDays: g.cadenceDays,
      nextMeetingOn: dayOrNull(g.nextMeetingOn),
      createdAt: iso(g.createdAt),
      memberIds: byMentor(g.members).map((m) => m.mentorId),
    })),
    dreamTeam: slots.map((s) => ({
      gapAreaId: s.gapAreaId,
      category: s.category,
      profile: s.profile,
      mentorIds: byMentor(s.matches).map((m) => m.mentorId),
    })),
    sprints: sprints.map((s) => ({
      id: s.id,
      startOn: dateToDay(s.startOn),
      endedAt: isoOrNull(s.endedAt),
      summary: s.summary ?? null,
      createdAt: iso(s.createdAt),
      tasks: s.tasks.map((t) => ({
        title: t.title,
        phase: t.phase,
        position: t.position,
        doneAt: isoOrNull(t.doneAt),
        createdAt: iso(t.createdAt),
      })),
    })),
    snapshots: snapshots.map((s) => ({
      takenAt: iso(s.takenAt),
      reason: s.reason,
      sprintId: s.sprintId,
      coverage: s.coverage,
    })),
  };
}
