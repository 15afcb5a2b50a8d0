-- DropIndex
DROP INDEX "Reminder_userId_status_dueOn_idx";

-- CreateIndex
CREATE INDEX "Reminder_userId_status_dueOn_createdAt_idx" ON "Reminder"("userId", "status", "dueOn", "createdAt");

