import "server-only";
import { type ExportDocument, FORMAT_VERSION } from "@/domain/export-format";
import { Prisma } from "@/generated/prisma/client";
import { db } from "../db";
import { logger } from "../logger";
import type { Tx } from "../ownership";
import {
  dreamTeamOut,
  gapAreaOut,
  introductionOut,
  outreachPlanOut,
  peerGroupOut,
  snapshotOut,
  sprintOut,
  winOut,
} from "./export-rows";
import {
  type AskRow,
  askOut,
  type GroupSessionRow,
  groupSessionOut,
  type MenteeRow,
  menteeOut,
  resourceOut,
} from "./export-rows-mentoring";
import { checkInJson, mentorJson, reminderJson, stageChangeJson, valueExchangeJson } from "./export-rows-sql";

/** Oldest first, ties by id: the same order on every export of the same data. */
const byAge = { orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }] };
/** Rows fetched from a cursor at a time: what the export holds in memory for its biggest lists. */
const PAGE = 500;
/** Long enough for the biggest map over a slow link; the read holds one connection. */
const EXPORT_TIMEOUT_MS = 10 * 60_000;

/** Where the export writes its JSON text; resolves when the reader wants more. */
type Emit = (text: string) => Promise<void>;

/**
 * The user's whole map as JSON (src/domain/export-format.ts), written piece by piece
 * as it is read: one transaction (repeatable read, so it is consistent), the big lists
 * through database cursors a page at a time, so memory stays flat whatever the size
 * of the map. Every query is scoped by the user's id; soft-deleted mentors (still in
 * their undo window) are left out, with what hangs off them.
 */
async function writeMapExport(userId: string, emit: Emit) {
  await db.$transaction(
    async (tx) => {
      const user = await tx.user.findUniqueOrThrow({ where: { id: userId } });
      const gapAreas = await tx.gapArea.findMany({ where: { userId }, ...byAge });
      const profile = {
        name: user.name,
        timeZone: user.timeZone,
        digest: {
          frequency: user.digestFrequency,
          weekday: user.digestWeekday,
          hour: user.digestHour,
          sendEmpty: user.digestSendEmpty,
          unsubscribed: !!user.digestUnsubscribedAt,
        },
        gapAnalysisCompletedAt: user.gapWizardCompletedAt ? user.gapWizardCompletedAt.toISOString() : null,
        workingHours: { start: user.workStartHour, end: user.workEndHour },
      };
      const head = { formatVersion: FORMAT_VERSION, exportedAt: new Date().toISOString(), profile };
      await emit(`${JSON.stringify(head).slice(0, -1)},\n"gapAreas": ${JSON.stringify(gapAreas.map(gapAreaOut))}`);

      // Mentors' positions, for the short lists of links below (wins, groups, dream team).
      const mentorOrder = new Map<string, number>();
      /**
       * A list whose records are built here by `out`, or, where the query selects `json`, by
       * Postgres (export-rows-sql.ts), each row then passed to `seen`.
       */
      const list = async <Row>(
        key: string,
        query: Prisma.Sql,
        out: ((row: Row) => unknown) | "json",
        seen?: (row: Row) => void,
      ) => {
        await emit(`,\n"${key}": [`);
        let separator = "\n";
        for await (const rows of cursor<Row>(tx, query)) {
          if (seen) for (const row of rows) seen(row);
          const records =
            out === "json" ? (rows as { json: string }[]).map((r) => r.json) : rows.map((r) => JSON.stringify(out(r)));
          await emit(separator + records.join(",\n"));
          separator = ",\n";
        }
        await emit("\n]");
      };
      const liveMentor = (column: Prisma.Sql) =>
        Prisma.sql`EXISTS (SELECT 1 FROM "Mentor" m WHERE m."id" = ${column} AND m."userId" = ${userId} AND m."deletedAt" IS NULL)`;
      await list<{ id: string; json: string }>(
        "mentors",
        Prisma.sql`SELECT t."id", ${mentorJson} FROM "Mentor" t
          WHERE t."userId" = ${userId} AND t."deletedAt" IS NULL ORDER BY t."createdAt", t."id"`,
        "json",
        (m) => mentorOrder.set(m.id, mentorOrder.size),
      );
      /** One of the lists that hang off a mentor: the live mentors' rows, in `order`. */
      const ofLiveMentors = <Row>(
        key: string,
        table: string,
        order: string,
        out: ((row: Row) => unknown) | { json: Prisma.Sql },
      ) =>
        list(
          key,
          Prisma.sql`SELECT ${typeof out === "function" ? Prisma.raw("*") : out.json} FROM ${Prisma.raw(`"${table}"`)} t
            WHERE t."userId" = ${userId} AND ${liveMentor(Prisma.sql`t."mentorId"`)} ORDER BY ${Prisma.raw(order)}`,
          typeof out === "function" ? out : "json",
        );
      await ofLiveMentors("stageChanges", "StageChange", `t."changedAt", t."id"`, { json: stageChangeJson });
      await ofLiveMentors("checkIns", "CheckIn", `t."createdAt", t."id"`, { json: checkInJson });
      await list(
        "reminders",
        // A mentee's session's follow-ups go with the session, under "mentees"; an ask's with the ask.
        Prisma.sql`SELECT ${reminderJson} FROM "Reminder" t WHERE t."userId" = ${userId}
          AND (t."mentorId" IS NULL OR ${liveMentor(Prisma.sql`t."mentorId"`)})
          AND NOT EXISTS (SELECT 1 FROM "CheckIn" c WHERE c."id" = t."checkInId" AND c."menteeId" IS NOT NULL)
          AND t."askId" IS NULL
          ORDER BY t."createdAt", t."id"`,
        "json",
      );
      await ofLiveMentors("valueExchanges", "ValueExchange", `t."createdAt", t."id"`, { json: valueExchangeJson });
      await ofLiveMentors("outreachPlans", "OutreachPlan", `t."createdAt", t."id"`, outreachPlanOut);
      await list(
        "introductions",
        Prisma.sql`SELECT * FROM "Introduction" i WHERE i."userId" = ${userId}
          AND ${liveMentor(Prisma.sql`i."fromMentorId"`)} AND ${liveMentor(Prisma.sql`i."toMentorId"`)} ORDER BY i."createdAt", i."id"`,
        introductionOut,
      );

      // The short lists, each with its links to live mentors.
      const live = { userId, mentor: { deletedAt: null } };
      const wins = await tx.win.findMany({ where: { userId }, ...byAge, include: { credits: { where: live } } });
      const groups = await tx.peerGroup.findMany({
        where: { userId },
        ...byAge,
        include: { members: { where: live } },
      });
      const slots = await tx.dreamTeamSlot.findMany({
        where: { userId },
        ...byAge,
        include: { matches: { where: live } },
      });
      const sprints = await tx.sprint.findMany({
        where: { userId },
        ...byAge,
        include: { tasks: { where: { userId }, ...byAge } },
      });
      const page = await tx.applicationPage.findUnique({ where: { userId } });
      const snapshots = await tx.mapSnapshot.findMany({
        where: { userId },
        orderBy: [{ takenAt: "asc" }, { id: "asc" }],
      });
      const tail = {
        wins: wins.map((w) => winOut(w, mentorOrder)),
        peerGroups: groups.map((g) => peerGroupOut(g, mentorOrder)),
        dreamTeam: slots.map((s) => dreamTeamOut(s, mentorOrder)),
        sprints: sprints.map(sprintOut),
        snapshots: snapshots.map(snapshotOut),
        applicationPage: page
          ? {
              slug: page.slug,
              open: page.open,
              introduction: page.introduction,
              helpWith: page.helpWith,
              placesPerQuarter: page.placesPerQuarter,
              questions: page.questions,
            }
          : null,
      };
      await emit(`,\n${JSON.stringify(tail).slice(1, -1)}`);
      await list<MenteeRow>("mentees", menteesSql(userId), menteeOut);
      await list<AskRow>("asks", asksSql(userId, liveMentor), (a) => askOut(a));
      await list<GroupSessionRow>("groupSessions", groupSessionsSql(userId), groupSessionOut);
      await list<Parameters<typeof resourceOut>[0]>(
        "resources",
        Prisma.sql`SELECT * FROM "Resource" WHERE "userId" = ${userId} ORDER BY "createdAt", "id"`,
        resourceOut,
      );
      await emit("\n}\n");
    },
    { isolationLevel: "RepeatableRead", timeout: EXPORT_TIMEOUT_MS, maxWait: 10_000 },
  );
}

/** The people the user mentors, oldest first, each with their history as JSON arrays. */
function menteesSql(userId: string) {
  const ofMentee = (table: string) =>
    Prisma.sql`FROM ${Prisma.raw(`"${table}"`)} x WHERE x."userId" = ${userId} AND x."menteeId" = e."id"`;
  return Prisma.sql`SELECT e.*,
      (SELECT coalesce(json_agg(json_build_object('fromStage', x."fromStage", 'toStage', x."toStage", 'changedAt', x."changedAt")
        ORDER BY x."changedAt", x."id"), '[]') ${ofMentee("MenteeStageChange")}) AS stage_changes,
      (SELECT coalesce(json_agg(json_build_object('occurredOn', x."occurredOn", 'channel', x."channel", 'notes', x."notes",
        'takeaways', x."takeaways", 'links', x."links", 'durationMinutes', x."durationMinutes", 'createdAt', x."createdAt", 'followUps', (
          SELECT coalesce(json_agg(json_build_object('title', r."title", 'dueOn', r."dueOn", 'status', r."status",
            'snoozedUntil', r."snoozedUntil", 'completedAt', r."completedAt", 'createdAt', r."createdAt")
            ORDER BY r."createdAt", r."id"), '[]')
          FROM "Reminder" r WHERE r."userId" = ${userId} AND r."checkInId" = x."id"))
        ORDER BY x."createdAt", x."id"), '[]') ${ofMentee("CheckIn")}) AS sessions,
      (SELECT coalesce(json_agg(json_build_object('direction', x."direction", 'kind', x."kind", 'description', x."description",
        'occurredOn', x."occurredOn", 'createdAt', x."createdAt") ORDER BY x."createdAt", x."id"), '[]') ${ofMentee("ValueExchange")}) AS value_exchanges,
      (SELECT coalesce(json_agg(json_build_object('title', x."title", 'description', x."description", 'occurredOn', x."occurredOn",
        'story', x."story", 'createdAt', x."createdAt") ORDER BY x."createdAt", x."id"), '[]') ${ofMentee("MenteeWin")}) AS wins
    FROM "Mentee" e WHERE e."userId" = ${userId} ORDER BY e."createdAt", e."id"`;
}

/** One-off asks, oldest first, each with its follow-up and its value exchanges as JSON; the mentor it became if still live. */
function asksSql(userId: string, liveMentor: (column: Prisma.Sql) => Prisma.Sql) {
  return Prisma.sql`SELECT k.*, CASE WHEN ${liveMentor(Prisma.sql`k."mentorId"`)} THEN k."mentorId" END AS live_mentor_id,
      (SELECT coalesce(json_agg(json_build_object('title', r."title", 'dueOn', r."dueOn", 'status', r."status",
        'snoozedUntil', r."snoozedUntil", 'completedAt', r."completedAt", 'createdAt', r."createdAt")
        ORDER BY r."createdAt", r."id"), '[]') FROM "Reminder" r WHERE r."userId" = ${userId} AND r."askId" = k."id") AS follow_ups,
      (SELECT coalesce(json_agg(json_build_object('direction', x."direction", 'kind', x."kind", 'description', x."description",
        'occurredOn', x."occurredOn", 'createdAt', x."createdAt") ORDER BY x."createdAt", x."id"), '[]')
        FROM "ValueExchange" x WHERE x."userId" = ${userId} AND x."askId" = k."id") AS value_exchanges
    FROM "Ask" k WHERE k."userId" = ${userId} ORDER BY k."createdAt", k."id"`;
}

/** Group sessions, oldest first; each invite with the place of its session among the mentee's sessions (as exported). */
function groupSessionsSql(userId: string) {
  return Prisma.sql`SELECT g.*, (SELECT coalesce(json_agg(json_build_object('menteeId', i."menteeId", 'invitedAt', i."invitedAt",
        'attended', i."attended", 'sessionIndex', CASE WHEN i."checkInId" IS NULL THEN NULL ELSE (
          SELECT count(*)::int FROM "CheckIn" c JOIN "CheckIn" mine ON mine."id" = i."checkInId"
          WHERE c."userId" = ${userId} AND c."menteeId" = i."menteeId" AND (c."createdAt", c."id") < (mine."createdAt", mine."id")) END)
        ORDER BY i."menteeId"), '[]')
      FROM "GroupSessionInvite" i WHERE i."userId" = ${userId} AND i."groupSessionId" = g."id") AS invites
    FROM "GroupSession" g WHERE g."userId" = ${userId} ORDER BY g."createdAt", g."id"`;
}

/** The rows of `query` a page at a time, through a cursor of the transaction. */
async function* cursor<Row>(tx: Tx, query: Prisma.Sql): AsyncGenerator<Row[]> {
  await tx.$executeRaw`DECLARE export_rows NO SCROLL CURSOR FOR ${query}`;
  try {
    for (;;) {
      const rows = await tx.$queryRawUnsafe<Row[]>(`FETCH ${PAGE} FROM export_rows`);
      if (rows.length) yield rows;
      if (rows.length < PAGE) return;
    }
  } finally {
    await tx.$executeRawUnsafe("CLOSE export_rows");
  }
}

/**
 * The export as a stream of UTF-8: the first bytes leave as soon as the profile is
 * read, and the reading waits while the client is slower than the database. A client
 * that goes away ends the transaction.
 */
export function exportMapStream(userId: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let wanted: (() => void) | null = null;
  let cancelled = false;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const emit: Emit = async (text) => {
          if (cancelled) throw new Error("the export's reader went away");
          if (text) controller.enqueue(encoder.encode(text));
          while (!cancelled && (controller.desiredSize ?? 1) <= 0) await new Promise<void>((r) => (wanted = r));
        };
        writeMapExport(userId, emit).then(
          () => controller.close(),
          (error) => {
            if (cancelled) return;
            logger.error({ err: error, userId }, "the export failed while streaming");
            controller.error(error);
          },
        );
      },
      pull() {
        wanted?.();
        wanted = null;
      },
      cancel() {
        cancelled = true;
        wanted?.();
      },
    },
    { highWaterMark: 8, size: () => 1 },
  );
}

/** The whole export as one document (the CSV of mentors, the command-line export, the tests). */
export async function exportMap(userId: string): Promise<ExportDocument> {
  return JSON.parse(await new Response(exportMapStream(userId)).text()) as ExportDocument;
}
