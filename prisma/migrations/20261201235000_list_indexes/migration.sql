-- Each pipeline column, most recently moved first, over live mentors: the board reads
-- its first cards of every stage off this index instead of ranking every mentor.
-- Hand-written for the same reason as "Mentor_live_name_idx" (a partial index).
CREATE INDEX "Mentor_pipeline_idx" ON "Mentor" ("userId", "stage", "updatedAt" DESC, "id") WHERE "deletedAt" IS NULL AND "archivedAt" IS NULL;

-- The first live mentors of each category by name (the dream-team pickers on /gaps),
-- read straight off the index rather than skipping every other category's.
CREATE INDEX "Mentor_live_category_name_idx" ON "Mentor" ("userId", "category", lower("name"), "id") WHERE "deletedAt" IS NULL AND "archivedAt" IS NULL;
