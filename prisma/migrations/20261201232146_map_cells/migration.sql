-- CreateTable
CREATE TABLE "MapChange" (
    "userId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "cells" TEXT[],

    CONSTRAINT "MapChange_pkey" PRIMARY KEY ("userId","version")
);

-- CreateTable
CREATE TABLE "MentorValueBalance" (
    "mentorId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "gave" INTEGER NOT NULL DEFAULT 0,
    "received" INTEGER NOT NULL DEFAULT 0,
    "firstGave" DATE,
    "lastGave" DATE,
    "firstReceived" DATE,
    "lastReceived" DATE,

    CONSTRAINT "MentorValueBalance_pkey" PRIMARY KEY ("mentorId")
);

-- AddForeignKey
ALTER TABLE "MapChange" ADD CONSTRAINT "MapChange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorValueBalance" ADD CONSTRAINT "MentorValueBalance_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "Mentor"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- CreateIndex
CREATE INDEX "MentorValueBalance_userId_idx" ON "MentorValueBalance"("userId");

-- Every mentor's balance, from the ledger as it is now.
INSERT INTO "MentorValueBalance" ("mentorId", "userId", "gave", "received", "firstGave", "lastGave", "firstReceived", "lastReceived")
SELECT "mentorId", min("userId"),
  count(*) FILTER (WHERE "direction" = 'GAVE'), count(*) FILTER (WHERE "direction" = 'RECEIVED'),
  min("occurredOn") FILTER (WHERE "direction" = 'GAVE'), max("occurredOn") FILTER (WHERE "direction" = 'GAVE'),
  min("occurredOn") FILTER (WHERE "direction" = 'RECEIVED'), max("occurredOn") FILTER (WHERE "direction" = 'RECEIVED')
FROM "ValueExchange" GROUP BY "mentorId";

-- The balances of the given mentors, counted again from the ledger. The balance rows
-- are locked in id order first, so two transactions writing one mentor's exchanges
-- at once take turns: the second counts after the first has committed (each
-- statement here reads a fresh snapshot), and neither's exchange is lost.
CREATE FUNCTION "refresh_value_balances"(ids text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "MentorValueBalance" ("mentorId", "userId")
  SELECT "id", "userId" FROM "Mentor" WHERE "id" = ANY(ids)
  ON CONFLICT ("mentorId") DO NOTHING;
  PERFORM 1 FROM "MentorValueBalance" WHERE "mentorId" = ANY(ids) ORDER BY "mentorId" FOR UPDATE;
  UPDATE "MentorValueBalance" b
  SET "gave" = a.gave, "received" = a.received, "firstGave" = a.first_gave, "lastGave" = a.last_gave,
      "firstReceived" = a.first_received, "lastReceived" = a.last_received
  FROM "MentorValueBalance" k
  CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE "direction" = 'GAVE') AS gave,
      count(*) FILTER (WHERE "direction" = 'RECEIVED') AS received,
      min("occurredOn") FILTER (WHERE "direction" = 'GAVE') AS first_gave,
      max("occurredOn") FILTER (WHERE "direction" = 'GAVE') AS last_gave,
      min("occurredOn") FILTER (WHERE "direction" = 'RECEIVED') AS first_received,
      max("occurredOn") FILTER (WHERE "direction" = 'RECEIVED') AS last_received
    FROM "ValueExchange" v WHERE v."userId" = k."userId" AND v."mentorId" = k."mentorId"
  ) a
  WHERE k."mentorId" = ANY(ids) AND b."mentorId" = k."mentorId";
END
$$;

-- Bumps each user's mapVersion once and records which map cells ("gapAreaId:CATEGORY")
-- the statement may have changed (cell_users[i] owns cells[i]), so the dashboard
-- recomputes those alone. A bump with no record (bump_map_version, still used for gap
-- areas, dream-team profiles, deleted mentors and the user's own settings) makes it
-- recompute everything. The newest 64 records per user are kept.
CREATE FUNCTION "record_map_change"(users text[], cell_users text[], cells text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  WITH bumped AS (
    UPDATE "User" SET "mapVersion" = "mapVersion" + 1 WHERE "id" = ANY(users) RETURNING "id", "mapVersion"
  ), logged AS (
    INSERT INTO "MapChange" ("userId", "version", "cells")
    SELECT b."id", b."mapVersion", coalesce(
      (SELECT array_agg(DISTINCT t.cell ORDER BY t.cell) FROM unnest(cell_users, cells) AS t(u, cell) WHERE t.u = b."id"),
      '{}')
    FROM bumped b
    RETURNING "userId", "version"
  )
  DELETE FROM "MapChange" c USING logged l WHERE c."userId" = l."userId" AND c."version" <= l."version" - 64;
END
$$;

-- Writes that change what the dashboard shows around the map, never a cell of it.
CREATE FUNCTION "map_change_outside_cells"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "record_map_change"((SELECT array_agg(DISTINCT "userId") FROM changed_rows), '{}', '{}');
  RETURN NULL;
END
$$;

-- A mentor added to or taken from a gap area: that cell. (A row whose mentor is gone
-- was deleted with it, and the mentor's delete recomputes everything.)
CREATE FUNCTION "map_change_mentor_area"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  us text[];
  cs text[];
BEGIN
  SELECT coalesce(array_agg(r."userId"), '{}'), coalesce(array_agg(r."gapAreaId" || ':' || m."category"), '{}')
  INTO us, cs
  FROM changed_rows r JOIN "Mentor" m ON m."id" = r."mentorId";
  PERFORM "record_map_change"((SELECT array_agg(DISTINCT "userId") FROM changed_rows), us, cs);
  RETURN NULL;
END
$$;

-- A mentor edited: the cells it sits in, under its old and its new category, when
-- anything a cell shows (or whether it shows) changed; none otherwise.
CREATE FUNCTION "map_change_mentor"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  us text[];
  cs text[];
BEGIN
  SELECT coalesce(array_agg(n."userId"), '{}'), coalesce(array_agg(mg."gapAreaId" || ':' || c.category), '{}')
  INTO us, cs
  FROM changed_rows n JOIN old_rows o ON o."id" = n."id"
  JOIN "MentorGapArea" mg ON mg."mentorId" = n."id"
  CROSS JOIN LATERAL (VALUES (o."category"::text), (n."category"::text)) c(category)
  WHERE (n."name", n."category", n."stage", n."nextCheckInOn", n."deletedAt", n."archivedAt")
    IS DISTINCT FROM (o."name", o."category", o."stage", o."nextCheckInOn", o."deletedAt", o."archivedAt");
  PERFORM "record_map_change"((SELECT array_agg(DISTINCT "userId") FROM changed_rows), us, cs);
  RETURN NULL;
END
$$;

-- Value exchanged: the mentors' balances first, then their cells (the one-way flag).
CREATE FUNCTION "map_change_value"() RETURNS trigger LANGUAGE plpgsql AS $$
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
  PERFORM "record_map_change"((SELECT array_agg(DISTINCT "userId") FROM changed_rows), us, cs);
  RETURN NULL;
END
$$;

DO $$
DECLARE
  t text;
  op text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'StageChange', 'CheckIn', 'Reminder', 'OutreachPlan', 'Introduction', 'Win', 'WinCredit', 'PeerGroup',
    'PeerGroupMember', 'DreamTeamMatch', 'Sprint', 'Mentor', 'MentorGapArea', 'ValueExchange'
  ] LOOP
    FOREACH op IN ARRAY ARRAY['insert', 'update', 'delete'] LOOP
      CONTINUE WHEN t = 'Mentor' AND op = 'delete';
      CONTINUE WHEN t = 'MentorGapArea' AND op = 'update';
      EXECUTE format('DROP TRIGGER %I ON %I', t || '_map_version_' || op, t);
      EXECUTE format(
        'CREATE TRIGGER %I AFTER %s ON %I REFERENCING %s FOR EACH STATEMENT EXECUTE FUNCTION %I()',
        t || '_map_version_' || op, upper(op), t,
        CASE
          WHEN op = 'insert' THEN 'NEW TABLE AS changed_rows'
          WHEN op = 'delete' THEN 'OLD TABLE AS changed_rows'
          ELSE 'OLD TABLE AS old_rows NEW TABLE AS changed_rows'
        END,
        CASE
          WHEN t = 'ValueExchange' THEN 'map_change_value'
          WHEN t = 'MentorGapArea' THEN 'map_change_mentor_area'
          WHEN t = 'Mentor' AND op = 'update' THEN 'map_change_mentor'
          ELSE 'map_change_outside_cells'
        END);
    END LOOP;
  END LOOP;
END
$$;
