-- AlterTable
ALTER TABLE "MapChange" ADD COLUMN     "mentors" TEXT[];


-- A write that changes mentors' rows in their cells without moving anyone into or out
-- of a cell now records which mentors (src/server/dashboard/map-cells.ts): the next
-- view ranks just them against the rows it holds for the cell, rather than reading the
-- cell's every row again (about 570 at 20,000 mentors). NULL: read the cells whole.
DROP FUNCTION "record_map_change"(text[], text[], text[], text[]);
CREATE FUNCTION "record_map_change"(users text[], cell_users text[], cells text[], parts text[], mentors text[] DEFAULT NULL)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  WITH bumped AS (
    UPDATE "User" SET "mapVersion" = "mapVersion" + 1 WHERE "id" = ANY(users) RETURNING "id", "mapVersion"
  ), logged AS (
    INSERT INTO "MapChange" ("userId", "version", "cells", "parts", "mentors")
    SELECT b."id", b."mapVersion", coalesce(
      (SELECT array_agg(DISTINCT t.cell ORDER BY t.cell) FROM unnest(cell_users, cells) AS t(u, cell) WHERE t.u = b."id"),
      '{}'), parts, mentors
    FROM bumped b
    RETURNING "userId", "version"
  )
  DELETE FROM "MapChange" c USING logged l WHERE c."userId" = l."userId" AND c."version" <= l."version" - 64;
END
$$;

-- A mentor edited: as before, and when no one left or joined a cell (archived, deleted
-- or back, another category, declined or no longer), the mentors whose rows changed.
CREATE OR REPLACE FUNCTION "map_change_mentor"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  us text[];
  cs text[];
  ms text[];
  ps text[] := '{}';
  gone boolean;
  moved boolean;
  renamed boolean;
  staged boolean;
  rhythm boolean;
BEGIN
  SELECT coalesce(array_agg(n."userId"), '{}'), coalesce(array_agg(mg."gapAreaId" || ':' || c.category), '{}'),
    coalesce(array_agg(DISTINCT n."id"), '{}')
  INTO us, cs, ms
  FROM changed_rows n JOIN old_rows o ON o."id" = n."id"
  JOIN "MentorGapArea" mg ON mg."mentorId" = n."id"
  CROSS JOIN LATERAL (VALUES (o."category"::text), (n."category"::text)) c(category)
  WHERE (n."name", n."category", n."stage", n."nextCheckInOn", n."deletedAt", n."archivedAt")
    IS DISTINCT FROM (o."name", o."category", o."stage", o."nextCheckInOn", o."deletedAt", o."archivedAt");
  SELECT bool_or((n."deletedAt", n."archivedAt") IS DISTINCT FROM (o."deletedAt", o."archivedAt")),
    bool_or(n."category" IS DISTINCT FROM o."category"
      OR (n."stage" = 'DECLINED') IS DISTINCT FROM (o."stage" = 'DECLINED')),
    bool_or(n."name" IS DISTINCT FROM o."name"),
    bool_or(n."stage" IS DISTINCT FROM o."stage"),
    bool_or((n."category", n."cadenceDays", n."nextCheckInOn") IS DISTINCT FROM (o."category", o."cadenceDays", o."nextCheckInOn"))
  INTO gone, moved, renamed, staged, rhythm
  FROM changed_rows n JOIN old_rows o ON o."id" = n."id";
  IF gone THEN
    ps := NULL;
  ELSE
    -- The names: the one-way list, the introductions, the wins and the reminders show them.
    IF renamed THEN ps := ps || '{value,introductions,wins,due}'::text[]; END IF;
    -- A resting stage is never due; the sprint counts the active mentors (its window's
    -- counts read the stage changes, which are written to a table of their own).
    IF staged THEN ps := ps || '{due,active_mentors}'::text[]; END IF;
    -- The sprint counts the active mentors by category and those on rhythm.
    IF rhythm THEN ps := ps || '{active_mentors}'::text[]; END IF;
  END IF;
  PERFORM "record_map_change"((SELECT array_agg(DISTINCT "userId") FROM changed_rows), us, cs, ps,
    CASE WHEN gone OR moved THEN NULL ELSE ms END);
  RETURN NULL;
END
$$;

-- Value exchanged: the balances, the cells (the one-way flag) and the value totals; no
-- one leaves or joins a cell, so the mentors are recorded.
CREATE OR REPLACE FUNCTION "map_change_value"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[];
  us text[];
  cs text[];
BEGIN
  IF TG_OP = 'UPDATE' THEN
    SELECT array_agg(DISTINCT x) INTO ids FROM (SELECT "mentorId" FROM changed_rows UNION SELECT "mentorId" FROM old_rows) s(x);
  ELSE
    SELECT array_agg(DISTINCT "mentorId") INTO ids FROM changed_rows;
  END IF;
  PERFORM "refresh_value_balances"(ids);
  SELECT coalesce(array_agg(m."userId"), '{}'), coalesce(array_agg(mg."gapAreaId" || ':' || m."category"), '{}')
  INTO us, cs
  FROM "Mentor" m JOIN "MentorGapArea" mg ON mg."mentorId" = m."id" WHERE m."id" = ANY(ids);
  PERFORM "record_map_change"((SELECT array_agg(DISTINCT "userId") FROM changed_rows), us, cs, '{value}', coalesce(ids, '{}'));
  RETURN NULL;
END
$$;

-- The sprint's counts of active mentors (by category, on rhythm), read again after every
-- check-in: from the index alone rather than every active mentor's row. Hand-written for
-- the same reason as "Mentor_live_name_idx" (a partial index).
CREATE INDEX "Mentor_active_rhythm_idx" ON "Mentor" ("userId", "category", "cadenceDays", "nextCheckInOn")
  WHERE "stage" = 'ACTIVE' AND "deletedAt" IS NULL AND "archivedAt" IS NULL;
