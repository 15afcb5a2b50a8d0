-- Full-text search for the mentors list: name, organisation, email (split at @ and .), role and notes.
-- Prisma's schema language cannot express an expression index, so this one is written
-- by hand; tests/integration/migrations.test.ts lists it as expected beyond schema.prisma,
-- and src/server/mentors/mentors.queries.ts (SEARCH_DOCUMENT) uses the same expression.
CREATE INDEX "Mentor_search_idx" ON "Mentor" USING GIN (
  to_tsvector('simple', coalesce("name", '') || ' ' || coalesce("organisation", '') || ' ' || translate(coalesce("email", ''), '@.', '  ') || ' ' || coalesce("headline", '') || ' ' || coalesce("notes", ''))
);
