-- Each pipeline column, most recently moved first, over live mentors: the board reads
-- its first cards of every stage off this index instead of ranking every mentor.
-- Hand-written for the same reason as "Mentor_live_name_idx" (a partial index).
CREATE INDEX "Mentor_pipeline_idx" ON "Mentor" ("userId", "stage", "updatedAt" DESC, "id") WHERE "deletedAt" IS NULL AND "archivedAt" IS NULL;
