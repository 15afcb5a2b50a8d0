-- CreateIndex
CREATE INDEX "StageChange_userId_toStage_changedAt_mentorId_idx" ON "StageChange"("userId", "toStage", "changedAt", "mentorId");


-- The sprint's "takeaways logged": only the check-ins with takeaways, by day. Hand-written
-- (a partial index on an expression, which Prisma's schema cannot express).
CREATE INDEX "CheckIn_takeaways_idx" ON "CheckIn" ("userId", "occurredOn") WHERE btrim("takeaways") <> '';

-- The dashboard's value totals: every balance less those of archived and deleted
-- mentors, which this (small) index finds without reading the live ones. Hand-written.
CREATE INDEX "Mentor_not_live_idx" ON "Mentor" ("userId") WHERE "deletedAt" IS NOT NULL OR "archivedAt" IS NOT NULL;
