-- DropIndex
DROP INDEX "MentorGapArea_userId_gapAreaId_idx";

-- AlterTable
ALTER TABLE "MapChange" ADD COLUMN     "parts" TEXT[];

-- AlterTable
ALTER TABLE "MentorGapArea" ADD COLUMN     "category" "MentorCategory";

-- CreateIndex
CREATE INDEX "MentorGapArea_userId_gapAreaId_category_idx" ON "MentorGapArea"("userId", "gapAreaId", "category");


-- Each gap-area row carries its mentor's category, kept here: filled on insert, and
-- changed with the mentor's.
UPDATE "MentorGapArea" mg SET "category" = m."category" FROM "Mentor" m WHERE m."id" = mg."mentorId";

CREATE FUNCTION "mentor_gap_area_category"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."category" := (SELECT "category" FROM "Mentor" WHERE "id" = NEW."mentorId");
  RETURN NEW;
END
$$;
CREATE TRIGGER "MentorGapArea_category" BEFORE INSERT OR UPDATE ON "MentorGapArea"
  FOR EACH ROW EXECUTE FUNCTION "mentor_gap_area_category"();

CREATE FUNCTION "mentor_category_to_gap_areas"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "MentorGapArea" SET "category" = NEW."category" WHERE "mentorId" = NEW."id";
  RETURN NULL;
END
$$;
CREATE TRIGGER "Mentor_category_to_gap_areas" AFTER UPDATE OF "category" ON "Mentor"
  FOR EACH ROW WHEN (OLD."category" IS DISTINCT FROM NEW."category") EXECUTE FUNCTION "mentor_category_to_gap_areas"();


-- With every mapVersion bump the triggers now also record which parts of the dashboard
-- around the map the write may have changed (src/server/dashboard/map-changes.ts), so
-- the next view computes those again and keeps the rest: a check-in moved counts the
-- active mentors again, not the value ledger. NULL parts: anything may have changed.
CREATE FUNCTION "record_map_change"(users text[], cell_users text[], cells text[], parts text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  WITH bumped AS (
    UPDATE "User" SET "mapVersion" = "mapVersion" + 1 WHERE "id" = ANY(users) RETURNING "id", "mapVersion"
  ), logged AS (
    INSERT INTO "MapChange" ("userId", "version", "cells", "parts")
    SELECT b."id", b."mapVersion", coalesce(
      (SELECT array_agg(DISTINCT t.cell ORDER BY t.cell) FROM unnest(cell_users, cells) AS t(u, cell) WHERE t.u = b."id"),
      '{}'), parts
    FROM bumped b
    RETURNING "userId", "version"
  )
  DELETE FROM "MapChange" c USING logged l WHERE c."userId" = l."userId" AND c."version" <= l."version" - 64;
END
$$;

-- Writes to a table whose rows never sit in a cell: the trigger's argument names the
-- parts the table feeds ('{}' none; no argument, everything).
CREATE OR REPLACE FUNCTION "map_change_outside_cells"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "record_map_change"((SELECT array_agg(DISTINCT "userId") FROM changed_rows), '{}', '{}',
    CASE WHEN TG_NARGS > 0 THEN TG_ARGV[0]::text[] END);
  RETURN NULL;
END
$$;

-- A mentor joins or leaves a gap area, or a row changes (its category follows the
-- mentor's): the cells of the rows before and after, nothing around the map. (An
-- update used to bump with no record, which recomputed every cell.)
CREATE OR REPLACE FUNCTION "map_change_mentor_area"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  us text[];
  cs text[];
BEGIN
  IF TG_OP = 'UPDATE' THEN
    SELECT coalesce(array_agg(r."userId"), '{}'), coalesce(array_agg(r."gapAreaId" || ':' || r."category"), '{}')
    INTO us, cs
    FROM (SELECT "userId", "gapAreaId", "category" FROM changed_rows
          UNION ALL SELECT "userId", "gapAreaId", "category" FROM old_rows) r
    WHERE r."category" IS NOT NULL;
  ELSE
    SELECT coalesce(array_agg(r."userId"), '{}'), coalesce(array_agg(r."gapAreaId" || ':' || r."category"), '{}')
    INTO us, cs
    FROM changed_rows r WHERE r."category" IS NOT NULL;
  END IF;
  PERFORM "record_map_change"((SELECT array_agg(DISTINCT "userId") FROM changed_rows), us, cs, '{}');
  RETURN NULL;
END
$$;
DROP TRIGGER "MentorGapArea_map_version_update" ON "MentorGapArea";
CREATE TRIGGER "MentorGapArea_map_version_update" AFTER UPDATE ON "MentorGapArea"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "map_change_mentor_area"();

-- A mentor edited: its cells as before, and around the map what reads the columns
-- that changed. Archived, deleted or back: anything.
CREATE OR REPLACE FUNCTION "map_change_mentor"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  us text[];
  cs text[];
  ps text[] := '{}';
  gone boolean;
  renamed boolean;
  staged boolean;
  rhythm boolean;
BEGIN
  SELECT coalesce(array_agg(n."userId"), '{}'), coalesce(array_agg(mg."gapAreaId" || ':' || c.category), '{}')
  INTO us, cs
  FROM changed_rows n JOIN old_rows o ON o."id" = n."id"
  JOIN "MentorGapArea" mg ON mg."mentorId" = n."id"
  CROSS JOIN LATERAL (VALUES (o."category"::text), (n."category"::text)) c(category)
  WHERE (n."name", n."category", n."stage", n."nextCheckInOn", n."deletedAt", n."archivedAt")
    IS DISTINCT FROM (o."name", o."category", o."stage", o."nextCheckInOn", o."deletedAt", o."archivedAt");
  SELECT bool_or((n."deletedAt", n."archivedAt") IS DISTINCT FROM (o."deletedAt", o."archivedAt")),
    bool_or(n."name" IS DISTINCT FROM o."name"),
    bool_or(n."stage" IS DISTINCT FROM o."stage"),
    bool_or((n."category", n."cadenceDays", n."nextCheckInOn") IS DISTINCT FROM (o."category", o."cadenceDays", o."nextCheckInOn"))
  INTO gone, renamed, staged, rhythm
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
  PERFORM "record_map_change"((SELECT array_agg(DISTINCT "userId") FROM changed_rows), us, cs, ps);
  RETURN NULL;
END
$$;

-- Value exchanged: the balances, the cells (the one-way flag) and the value totals.
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
  PERFORM "record_map_change"((SELECT array_agg(DISTINCT "userId") FROM changed_rows), us, cs, '{value}');
  RETURN NULL;
END
$$;

DROP FUNCTION "record_map_change"(text[], text[], text[]);

-- The tables outside the cells, with the parts each feeds. A new mentor: anything (no
-- argument). Peer-group members and dream-team matches are not on the dashboard.
DO $$
DECLARE
  t record;
  op text;
BEGIN
  FOR t IN SELECT * FROM (VALUES
    ('StageChange', '{sprint}'), ('CheckIn', '{sprint,check_ins}'), ('Reminder', '{due}'),
    ('OutreachPlan', '{sprint}'), ('Introduction', '{introductions,sprint}'), ('Win', '{wins,sprint}'),
    ('WinCredit', '{wins}'), ('PeerGroup', '{sprint}'), ('PeerGroupMember', '{}'), ('DreamTeamMatch', '{}'),
    ('Sprint', '{sprint}')
  ) AS x(name, parts) LOOP
    FOREACH op IN ARRAY ARRAY['insert', 'update', 'delete'] LOOP
      EXECUTE format('DROP TRIGGER %I ON %I', t.name || '_map_version_' || op, t.name);
      EXECUTE format(
        'CREATE TRIGGER %I AFTER %s ON %I REFERENCING %s FOR EACH STATEMENT EXECUTE FUNCTION "map_change_outside_cells"(%L)',
        t.name || '_map_version_' || op, upper(op), t.name,
        CASE
          WHEN op = 'insert' THEN 'NEW TABLE AS changed_rows'
          WHEN op = 'delete' THEN 'OLD TABLE AS changed_rows'
          ELSE 'OLD TABLE AS old_rows NEW TABLE AS changed_rows'
        END,
        t.parts);
    END LOOP;
  END LOOP;
END
$$;
