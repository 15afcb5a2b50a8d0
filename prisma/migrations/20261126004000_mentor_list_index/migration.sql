-- The mentors list's default order (case-insensitive name) over live mentors, so the
-- first page is read from the index instead of sorting every mentor. Hand-written for
-- the same reason as "Mentor_search_idx": Prisma cannot express expression or partial
-- indexes (see tests/integration/migrations.test.ts).
CREATE INDEX "Mentor_live_name_idx" ON "Mentor" ("userId", lower("name"), "id") WHERE "deletedAt" IS NULL AND "archivedAt" IS NULL;
