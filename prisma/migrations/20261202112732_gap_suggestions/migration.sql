-- AlterTable
ALTER TABLE "User" ADD COLUMN     "headline" TEXT;

-- CreateTable
CREATE TABLE "DismissedSuggestion" (
    "userId" TEXT NOT NULL,
    "gapAreaId" TEXT NOT NULL,
    "category" "MentorCategory" NOT NULL,
    "mentorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DismissedSuggestion_pkey" PRIMARY KEY ("userId","gapAreaId","category","mentorId")
);

-- CreateTable
CREATE TABLE "MentorSuggestDocument" (
    "mentorId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "candidate" BOOLEAN NOT NULL,
    "document" tsvector NOT NULL,

    CONSTRAINT "MentorSuggestDocument_pkey" PRIMARY KEY ("mentorId")
);

-- CreateIndex
CREATE INDEX "MentorSuggestDocument_userId_candidate_idx" ON "MentorSuggestDocument"("userId", "candidate");

-- AddForeignKey
ALTER TABLE "DismissedSuggestion" ADD CONSTRAINT "DismissedSuggestion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DismissedSuggestion" ADD CONSTRAINT "DismissedSuggestion_gapAreaId_userId_fkey" FOREIGN KEY ("gapAreaId", "userId") REFERENCES "GapArea"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DismissedSuggestion" ADD CONSTRAINT "DismissedSuggestion_mentorId_userId_fkey" FOREIGN KEY ("mentorId", "userId") REFERENCES "Mentor"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorSuggestDocument" ADD CONSTRAINT "MentorSuggestDocument_mentorId_userId_fkey" FOREIGN KEY ("mentorId", "userId") REFERENCES "Mentor"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;


-- Suggestions for a gap (src/server/suggestions/suggestions.queries.ts) rank a mentor's
-- headline, tags, notes and organisation, weighted in that order, among those to
-- suggest (live; a prospect, researched, or archived). Triggers on "Mentor" keep both,
-- so every write path (the forms, the imports, the contacts import's INSERT … SELECT,
-- a soft delete) keeps them current: statement-level, one INSERT … SELECT per
-- statement however many rows it wrote. A GIN index finds the matches, and
-- "Mentor_user_organisation_idx" a suggestion's colleagues. Prisma's schema language
-- cannot express either index (tests/integration/migrations.test.ts lists them).
CREATE FUNCTION mentor_suggest_document(headline text, tags text[], notes text, organisation text)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('english', coalesce(headline, '')), 'A')
    || setweight(to_tsvector('english', coalesce(array_to_string(tags, ' '), '')), 'B')
    || setweight(to_tsvector('english', coalesce(notes, '')), 'C')
    || setweight(to_tsvector('english', coalesce(organisation, '')), 'D')
$$;

CREATE FUNCTION mentor_suggest_documents_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "MentorSuggestDocument" ("mentorId", "userId", "candidate", "document")
  SELECT n."id", n."userId",
    n."deletedAt" IS NULL AND (n."archivedAt" IS NOT NULL OR n."stage" IN ('PROSPECT', 'RESEARCHED')),
    mentor_suggest_document(n."headline", n."tags", n."notes", n."organisation")
  FROM new_rows n
  ON CONFLICT ("mentorId") DO UPDATE SET "candidate" = EXCLUDED."candidate", "document" = EXCLUDED."document"
    WHERE ("MentorSuggestDocument"."candidate", "MentorSuggestDocument"."document")
      IS DISTINCT FROM (EXCLUDED."candidate", EXCLUDED."document");
  RETURN NULL;
END
$$;

CREATE TRIGGER "Mentor_suggest_documents_insert" AFTER INSERT ON "Mentor"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mentor_suggest_documents_write();
CREATE TRIGGER "Mentor_suggest_documents_update" AFTER UPDATE ON "Mentor"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mentor_suggest_documents_write();

INSERT INTO "MentorSuggestDocument" ("mentorId", "userId", "candidate", "document")
SELECT "id", "userId",
  "deletedAt" IS NULL AND ("archivedAt" IS NOT NULL OR "stage" IN ('PROSPECT', 'RESEARCHED')),
  mentor_suggest_document("headline", "tags", "notes", "organisation")
FROM "Mentor";

CREATE INDEX "MentorSuggestDocument_document_idx" ON "MentorSuggestDocument" USING GIN ("document");
CREATE INDEX "Mentor_user_organisation_idx" ON "Mentor" ("userId", lower("organisation"), lower("name"));
