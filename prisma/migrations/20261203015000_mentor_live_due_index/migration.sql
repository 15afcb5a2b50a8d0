-- The mentors list counts the live mentors it pages through (the whole network when no
-- filter is set, 20,000 after a LinkedIn import): a sequential scan of every row took
-- ~9 ms there; from this index alone ~2 ms. Its columns also answer the list's "due"
-- filters (next check-in, category, stage) from the index. Hand-written like
-- "Mentor_live_name_idx" (a partial index).
CREATE INDEX "Mentor_live_due_idx" ON "Mentor" ("userId", "nextCheckInOn", "category", "stage")
  WHERE "deletedAt" IS NULL AND "archivedAt" IS NULL;
