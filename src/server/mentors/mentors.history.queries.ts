import "server-only";
import { type Day, dayToDate } from "@/domain/calendar";
import { oneWayFlag, type ValueBalance } from "@/domain/value-balance";
import type {
  CheckInChannel,
  MentorStage,
  ReminderKind,
  ReminderStatus,
  ValueDirection,
  ValueExchangeKind,
} from "@/generated/prisma/enums";
import { db } from "../db";
import { BALANCE_AS_AGGREGATES } from "../value-exchanges/value-aggregates";

/** The most of each kind of entry a mentor's timeline shows. */
export const TIMELINE_LIMIT = 200;

// Rows as Postgres writes them in JSON: days as "YYYY-MM-DD", timestamps without their (UTC) zone.
type StageChangeJson = { id: string; from: MentorStage | null; to: MentorStage; at: string; note: string | null };
type CheckInJson = {
  id: string;
  on_day: Day;
  created_at: string;
  channel: CheckInChannel;
  notes: string;
  takeaways: string;
  links: string[];
  peer_group: string | null;
};
type ExchangeJson = {
  id: string;
  direction: ValueDirection;
  kind: ValueExchangeKind;
  description: string;
  on_day: Day;
  created_at: string;
};
/** The mentor's "MentorValueBalance" row, which triggers keep in step with every exchange; none before the first. */
type BalanceJson = {
  gave: number;
  received: number;
  first_gave: Day | null;
  last_gave: Day | null;
  first_received: Day | null;
  last_received: Day | null;
};
type ReminderJson = {
  id: string;
  check_in_id: string | null;
  kind: ReminderKind;
  title: string;
  due_on: Day;
  status: ReminderStatus;
  created_at: string;
};
type GapAreaJson = { id: string; name: string; priority: number; linked: boolean };
type IntroductionJson = {
  id: string;
  from_id: string;
  from_name: string;
  to_id: string;
  to_name: string;
  on_day: Day;
  why: string;
  outcome: string;
  created_at: string;
};
type WinJson = { id: string; title: string; on_day: Day; created_at: string; shared_on: Day | null };
type OutreachJson = { researched_at: string | null; sent_at: string | null; replied_at: string | null };
type HistoryJson = {
  stage_changes: StageChangeJson[];
  check_ins: CheckInJson[];
  exchanges: ExchangeJson[];
  balance: BalanceJson | null;
  reminders: ReminderJson[];
  gap_areas: GapAreaJson[];
  introductions: IntroductionJson[];
  wins: WinJson[];
  outreach: OutreachJson | null;
};

const NO_EXCHANGES: BalanceJson = {
  gave: 0,
  received: 0,
  first_gave: null,
  last_gave: null,
  first_received: null,
  last_received: null,
};
const utc = (timestamp: string) => new Date(`${timestamp}Z`);
const utcOrNull = (timestamp: string | null) => (timestamp === null ? null : utc(timestamp));

/**
 * Everything recorded about one of the user's mentors, newest first and at most
 * TIMELINE_LIMIT of a kind: stage changes, check-ins (with the peer group each was
 * held in), value exchanged, reminders, every gap area of the user marked where this
 * mentor serves it, introductions either way, the wins they helped with and where the
 * outreach stands; and the value balance over every exchange, as the map and the list
 * read it (the database keeps it, src/server/value-exchanges/value-aggregates.ts).
 *
 * One query: as seven queries of their own (a round trip, a socket write and the ORM's
 * work each) they cost the server more than rendering what they read (docs/performance.md).
 * Every part is scoped by the user, so for another user's mentor each finds nothing.
 */
export async function mentorHistory(userId: string, mentorId: string, today: Day) {
  const [row] = await db.$queryRaw<[HistoryJson]>`
    SELECT
      (SELECT coalesce(json_agg(x), '[]') FROM (
        SELECT s."id", s."fromStage" AS "from", s."toStage" AS "to", s."changedAt" AS at, s."note"
        FROM "StageChange" s WHERE s."userId" = ${userId} AND s."mentorId" = ${mentorId}
        ORDER BY s."changedAt" DESC LIMIT ${TIMELINE_LIMIT}
      ) x) AS stage_changes,
      (SELECT coalesce(json_agg(x), '[]') FROM (
        SELECT c."id", c."occurredOn" AS on_day, c."createdAt" AS created_at, c."channel", c."notes", c."takeaways",
          c."links", pg."name" AS peer_group
        FROM "CheckIn" c LEFT JOIN "PeerGroup" pg ON pg."id" = c."peerGroupId" AND pg."userId" = c."userId"
        WHERE c."userId" = ${userId} AND c."mentorId" = ${mentorId}
        ORDER BY c."occurredOn" DESC, c."createdAt" DESC LIMIT ${TIMELINE_LIMIT}
      ) x) AS check_ins,
      (SELECT coalesce(json_agg(x), '[]') FROM (
        SELECT v."id", v."direction", v."kind", v."description", v."occurredOn" AS on_day, v."createdAt" AS created_at
        FROM "ValueExchange" v WHERE v."userId" = ${userId} AND v."mentorId" = ${mentorId}
        ORDER BY v."occurredOn" DESC, v."createdAt" DESC LIMIT ${TIMELINE_LIMIT}
      ) x) AS exchanges,
      (SELECT row_to_json(v) FROM (
        SELECT ${BALANCE_AS_AGGREGATES} FROM "MentorValueBalance" b WHERE b."mentorId" = ${mentorId} AND b."userId" = ${userId}
      ) v) AS balance,
      (SELECT coalesce(json_agg(x), '[]') FROM (
        SELECT r."id", r."checkInId" AS check_in_id, r."kind", r."title", r."dueOn" AS due_on, r."status",
          r."createdAt" AS created_at
        FROM "Reminder" r WHERE r."userId" = ${userId} AND r."mentorId" = ${mentorId}
        ORDER BY r."dueOn" DESC LIMIT ${TIMELINE_LIMIT * 2}
      ) x) AS reminders,
      (SELECT coalesce(json_agg(x), '[]') FROM (
        SELECT g."id", g."name", g."priority",
          EXISTS (SELECT 1 FROM "MentorGapArea" mg
            WHERE mg."gapAreaId" = g."id" AND mg."mentorId" = ${mentorId} AND mg."userId" = ${userId}) AS linked
        FROM "GapArea" g WHERE g."userId" = ${userId} ORDER BY g."priority", g."name"
      ) x) AS gap_areas,
      (SELECT row_to_json(o) FROM (
        SELECT p."researchedAt" AS researched_at, p."sentAt" AS sent_at, p."repliedAt" AS replied_at
        FROM "OutreachPlan" p WHERE p."mentorId" = ${mentorId} AND p."userId" = ${userId}
      ) o) AS outreach,
      (SELECT coalesce(json_agg(x), '[]') FROM (
        SELECT i."id", i."fromMentorId" AS from_id, fm."name" AS from_name, i."toMentorId" AS to_id, tm."name" AS to_name,
          i."introducedOn" AS on_day, i."why", i."outcome", i."createdAt" AS created_at
        FROM "Introduction" i
        JOIN "Mentor" fm ON fm."id" = i."fromMentorId" AND fm."deletedAt" IS NULL
        JOIN "Mentor" tm ON tm."id" = i."toMentorId" AND tm."deletedAt" IS NULL
        WHERE i."userId" = ${userId} AND (i."fromMentorId" = ${mentorId} OR i."toMentorId" = ${mentorId})
        ORDER BY i."introducedOn" DESC, i."createdAt" DESC LIMIT ${TIMELINE_LIMIT}
      ) x) AS introductions,
      (SELECT coalesce(json_agg(x), '[]') FROM (
        SELECT w."id", w."title", w."occurredOn" AS on_day, w."createdAt" AS created_at, c."sharedOn" AS shared_on
        FROM "WinCredit" c JOIN "Win" w ON w."id" = c."winId" AND w."userId" = c."userId"
        WHERE c."userId" = ${userId} AND c."mentorId" = ${mentorId}
        ORDER BY w."occurredOn" DESC, w."createdAt" DESC LIMIT ${TIMELINE_LIMIT}
      ) x) AS wins`;
  const b = row.balance ?? NO_EXCHANGES;
  const value: ValueBalance = {
    gave: b.gave,
    received: b.received,
    balance: b.gave - b.received,
    oneWay: oneWayFlag(b.last_gave, b.first_gave, b.last_received, b.first_received, today),
  };
  return {
    stageChanges: row.stage_changes.map((s) => ({ ...s, at: utc(s.at) })),
    // As the timeline reads them: days as the Dates of `@db.Date` columns.
    checkIns: row.check_ins.map((c) => ({
      id: c.id,
      occurredOn: dayToDate(c.on_day),
      createdAt: utc(c.created_at),
      channel: c.channel,
      notes: c.notes,
      takeaways: c.takeaways,
      links: c.links,
      peerGroup: c.peer_group === null ? null : { name: c.peer_group },
    })),
    exchanges: row.exchanges.map((v) => ({
      id: v.id,
      direction: v.direction,
      kind: v.kind,
      description: v.description,
      occurredOn: dayToDate(v.on_day),
      createdAt: utc(v.created_at),
    })),
    value,
    reminders: row.reminders.map((r) => ({
      id: r.id,
      checkInId: r.check_in_id,
      kind: r.kind,
      title: r.title,
      dueOn: dayToDate(r.due_on),
      status: r.status,
      createdAt: utc(r.created_at),
    })),
    gapAreas: row.gap_areas,
    outreach: row.outreach && {
      researchedAt: utcOrNull(row.outreach.researched_at),
      sentAt: utcOrNull(row.outreach.sent_at),
      repliedAt: utcOrNull(row.outreach.replied_at),
    },
    introductions: row.introductions.map((i) => ({ ...i, created_at: utc(i.created_at) })),
    wins: row.wins.map((w) => ({ ...w, created_at: utc(w.created_at) })),
  };
}
