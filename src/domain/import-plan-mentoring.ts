import type { z } from "zod";
import { dayToDate } from "./calendar";
import type { askRecord } from "./export-format-mentoring";
import { at, atOrNull, dayOrNull, type ImportPlan } from "./import-plan";
import { safeWebUrl } from "./safe-url";

const lower = (s: string | null | undefined) => (s ?? "").trim().toLowerCase();

/** The people the user already mentors, as far as matching needs them. */
export type MenteesHere = { name: string; email: string | null }[];
/** The one-off asks already here. */
export type AsksHere = { name: string; askedOn: Date; question: string }[];

const askKey = (a: { name: string; askedOn: Date; question: string }) =>
  `${lower(a.name)}|${a.askedOn.toISOString()}|${a.question}`;

type FollowUp = z.output<typeof askRecord>["followUps"][number];

/** A follow-up reminder of an ask or of a mentee's session, as the import writes it. */
const followUpRow = (
  plan: ImportPlan,
  userId: string,
  owner: { askId: string } | { checkInId: string },
  f: FollowUp,
) => ({
  id: plan.newId(),
  userId,
  ...owner,
  kind: "FOLLOW_UP" as const,
  title: f.title,
  dueOn: dayToDate(f.dueOn),
  status: f.status,
  snoozedUntil: dayOrNull(f.snoozedUntil),
  completedAt: atOrNull(f.completedAt),
  createdAt: at(f.createdAt),
});

/**
 * One-off asks with their follow-ups and value, linked to the mentor they became (in
 * the file). A merge skips an ask already here (the same person, day and question).
 */
export function planAsks(plan: ImportPlan, here: AsksHere) {
  const { doc, mode, userId, creates } = plan;
  const seen = new Set(here.map(askKey));
  for (const a of doc.asks) {
    const askedOn = dayToDate(a.askedOn);
    const key = askKey({ name: a.name, askedOn, question: a.question });
    if (mode === "merge" && seen.has(key)) {
      plan.count("asks", "skipped");
      continue;
    }
    seen.add(key);
    const askId = plan.newId();
    const { followUps, valueExchanges, mentorId, answeredOn, thankedOn, createdAt, ...fields } = a;
    creates.asks.push({
      id: askId,
      userId,
      ...fields,
      askedOn,
      answeredOn: dayOrNull(answeredOn),
      thankedOn: dayOrNull(thankedOn),
      mentorId: mentorId ? plan.here(plan.ids.mentors, mentorId) : null,
      createdAt: at(createdAt),
    });
    plan.count("asks", "created");
    for (const f of followUps) creates.reminders.push(followUpRow(plan, userId, { askId }, f));
    for (const v of valueExchanges)
      creates.valueExchanges.push({
        id: plan.newId(),
        userId,
        askId,
        ...v,
        occurredOn: dayToDate(v.occurredOn),
        createdAt: at(v.createdAt),
      });
  }
}

/**
 * The people the user mentors, each with their history. A restore brings back every
 * one; a merge adds those not already here (by email, else by name) and leaves the
 * ones here as they are, history included, so merging the same file twice adds nothing.
 */
export function planMentees(plan: ImportPlan, here: MenteesHere) {
  const { doc, mode, userId, creates } = plan;
  const known = new Set(
    here.flatMap((m) => [`name:${lower(m.name)}`, ...(m.email ? [`email:${lower(m.email)}`] : [])]),
  );
  for (const e of doc.mentees) {
    const keys = e.email ? [`email:${lower(e.email)}`] : [`name:${lower(e.name)}`];
    if (mode === "merge" && keys.some((k) => known.has(k))) {
      plan.count("mentees", "skipped");
      continue;
    }
    for (const k of [...keys, `name:${lower(e.name)}`]) known.add(k);
    const menteeId = plan.newId();
    const {
      id: _fileId,
      stageChanges,
      sessions,
      valueExchanges,
      wins,
      nextSessionOn,
      lastSessionOn,
      createdAt,
      ...fields
    } = e;
    creates.mentees.push({
      id: menteeId,
      userId,
      ...fields,
      nextSessionOn: dayOrNull(nextSessionOn),
      lastSessionOn: dayOrNull(lastSessionOn),
      createdAt: at(createdAt),
    });
    plan.count("mentees", "created");
    const sessionIds: string[] = [];
    if (e.id) {
      plan.ids.mentees.set(e.id, menteeId);
      plan.ids.menteeSessions.set(e.id, sessionIds);
    }
    for (const s of stageChanges)
      creates.menteeStageChanges.push({ id: plan.newId(), userId, menteeId, ...s, changedAt: at(s.changedAt) });
    for (const { followUps, links, ...s } of sessions) {
      const checkInId = plan.newId();
      sessionIds.push(checkInId);
      creates.checkIns.push({
        id: checkInId,
        userId,
        menteeId,
        ...s,
        occurredOn: dayToDate(s.occurredOn),
        // Web addresses only, as the form takes them: a hand-edited file cannot smuggle in another scheme.
        links: links.flatMap((l) => safeWebUrl(l) ?? []),
        createdAt: at(s.createdAt),
      });
      for (const f of followUps) creates.reminders.push(followUpRow(plan, userId, { checkInId }, f));
    }
    for (const v of valueExchanges)
      creates.valueExchanges.push({
        id: plan.newId(),
        userId,
        menteeId,
        ...v,
        occurredOn: dayToDate(v.occurredOn),
        createdAt: at(v.createdAt),
      });
    for (const w of wins)
      creates.menteeWins.push({
        id: plan.newId(),
        userId,
        menteeId,
        ...w,
        occurredOn: dayToDate(w.occurredOn),
        createdAt: at(w.createdAt),
      });
  }
}

/**
 * Group sessions with the mentees the import adds (an invite of someone already here is
 * left out: their history here is theirs), linked to the sessions on their timelines;
 * and the shelf of answers. A merge skips a session (title and start) or an answer (its
 * link) already here.
 */
export function planGroupSessionsAndResources(
  plan: ImportPlan,
  here: { groupSessions: { title: string; startsAt: Date }[]; resources: { url: string }[] },
) {
  const { doc, mode, userId, creates, ids } = plan;
  const sessions = new Set(here.groupSessions.map((g) => `${g.title}|${g.startsAt.toISOString()}`));
  for (const { invites, startsAt, createdAt, ...g } of doc.groupSessions) {
    const key = `${g.title}|${at(startsAt).toISOString()}`;
    if (mode === "merge" && sessions.has(key)) {
      plan.count("groupSessions", "skipped");
      continue;
    }
    sessions.add(key);
    const groupSessionId = plan.newId();
    creates.groupSessions.push({ id: groupSessionId, userId, ...g, startsAt: at(startsAt), createdAt: at(createdAt) });
    plan.count("groupSessions", "created");
    for (const i of invites) {
      const menteeId = ids.mentees.get(i.menteeId);
      if (!menteeId) continue;
      const checkInId = i.sessionIndex === null ? null : (ids.menteeSessions.get(i.menteeId)?.[i.sessionIndex] ?? null);
      creates.groupInvites.push({
        userId,
        groupSessionId,
        menteeId,
        invitedAt: atOrNull(i.invitedAt),
        attended: i.attended,
        checkInId,
      });
    }
  }
  const urls = new Set(here.resources.map((r) => r.url));
  for (const { createdAt, url, ...r } of doc.resources) {
    const safe = safeWebUrl(url);
    if (!safe || (mode === "merge" && urls.has(safe))) {
      plan.count("resources", "skipped");
      continue;
    }
    urls.add(safe);
    creates.resources.push({ id: plan.newId(), userId, ...r, url: safe, createdAt: at(createdAt) });
    plan.count("resources", "created");
  }
}

/**
 * The application page's settings, when the account has none yet: under the same
 * address if it is free on this server, otherwise left for the user to choose (a note
 * says so). Restored closed: opening it again is the user's call.
 */
export function planApplicationPage(plan: ImportPlan, here: { mine: boolean; taken: boolean }) {
  const page = plan.doc.applicationPage;
  if (!page) return;
  if (here.mine) return plan.count("applicationPage", "skipped");
  if (here.taken) {
    plan.count("applicationPage", "skipped");
    plan.notes.push(
      `Your application page's address (/apply/${page.slug}) is taken on this server: choose another in Mentoring → Applications.`,
    );
    return;
  }
  plan.creates.applicationPage = { userId: plan.userId, ...page, open: false };
  plan.count("applicationPage", "created");
}
