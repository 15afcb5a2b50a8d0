-- Suggestions for a gap are kept in memory under the user's mapVersion, like the
-- dashboard (src/server/suggestions/suggestions.queries.ts). Everything they read
-- already moves it (mentors and their documents, gap areas, dream-team profiles), but
-- two things: a suggestion dismissed, and the user's own headline (the seniority cue).

-- A dismissal changes nothing on the dashboard: a record with no cells and no parts.
CREATE TRIGGER "DismissedSuggestion_map_version_insert" AFTER INSERT ON "DismissedSuggestion"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "map_change_outside_cells"('{}');
CREATE TRIGGER "DismissedSuggestion_map_version_update" AFTER UPDATE ON "DismissedSuggestion"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "map_change_outside_cells"('{}');
CREATE TRIGGER "DismissedSuggestion_map_version_delete" AFTER DELETE ON "DismissedSuggestion"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "map_change_outside_cells"('{}');

CREATE OR REPLACE FUNCTION "bump_own_map_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW."digestFrequency", NEW."digestUnsubscribedAt", NEW."gapWizardState" IS NULL, NEW."timeZone", NEW."headline")
     IS DISTINCT FROM (OLD."digestFrequency", OLD."digestUnsubscribedAt", OLD."gapWizardState" IS NULL, OLD."timeZone", OLD."headline") THEN
    NEW."mapVersion" := OLD."mapVersion" + 1;
  END IF;
  RETURN NEW;
END
$$;
