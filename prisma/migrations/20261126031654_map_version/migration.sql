-- AlterTable
ALTER TABLE "User" ADD COLUMN     "mapVersion" INTEGER NOT NULL DEFAULT 0;


-- The dashboard caches what it computes under (user, mapVersion, day). Every write to a
-- table the dashboard reads bumps the owner's mapVersion here, in the database, so no
-- write path (action, import, cascade, another app instance) can leave a stale map.
-- Statement-level triggers with transition tables: a 10,000-row import bumps once.
CREATE FUNCTION "bump_map_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "User" SET "mapVersion" = "mapVersion" + 1
  WHERE "id" IN (SELECT DISTINCT "userId" FROM changed_rows);
  RETURN NULL;
END
$$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'GapArea', 'Mentor', 'MentorGapArea', 'StageChange', 'CheckIn', 'Reminder', 'ValueExchange',
    'OutreachPlan', 'Introduction', 'Win', 'WinCredit', 'PeerGroup', 'PeerGroupMember',
    'DreamTeamSlot', 'DreamTeamMatch', 'Sprint'
  ] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_map_version"()', t || '_map_version_insert', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_map_version"()', t || '_map_version_update', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_map_version"()', t || '_map_version_delete', t);
  END LOOP;
END
$$;

-- The user's own settings the dashboard shows (the digest target of the sprint, a
-- half-done gap analysis, the time zone that decides "today").
CREATE FUNCTION "bump_own_map_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW."digestFrequency", NEW."digestUnsubscribedAt", NEW."gapWizardState" IS NULL, NEW."timeZone")
     IS DISTINCT FROM (OLD."digestFrequency", OLD."digestUnsubscribedAt", OLD."gapWizardState" IS NULL, OLD."timeZone") THEN
    NEW."mapVersion" := OLD."mapVersion" + 1;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "User_map_version" BEFORE UPDATE ON "User" FOR EACH ROW EXECUTE FUNCTION "bump_own_map_version"();
