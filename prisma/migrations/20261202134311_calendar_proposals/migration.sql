-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('PENDING', 'LOGGED', 'DISMISSED');

-- CreateEnum
CREATE TYPE "AttendeeMatch" AS ENUM ('EMAIL', 'NAME');

-- CreateTable
CREATE TABLE "CalendarSource" (
    "userId" TEXT NOT NULL,
    "url" TEXT,
    "fileName" TEXT,
    "autoLogExactEmail" BOOLEAN NOT NULL DEFAULT false,
    "nextFetchAt" TIMESTAMP(3),
    "lastReadAt" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CalendarSource_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "ProposedCheckIn" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "eventUid" TEXT NOT NULL,
    "occurrence" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3),
    "occurredOn" DATE NOT NULL,
    "durationMinutes" INTEGER,
    "channel" "CheckInChannel" NOT NULL,
    "match" "AttendeeMatch" NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'PENDING',
    "checkInId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "ProposedCheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CalendarSource_nextFetchAt_idx" ON "CalendarSource"("nextFetchAt");

-- CreateIndex
CREATE INDEX "ProposedCheckIn_userId_status_occurredOn_idx" ON "ProposedCheckIn"("userId", "status", "occurredOn");

-- CreateIndex
CREATE UNIQUE INDEX "ProposedCheckIn_userId_mentorId_eventUid_occurrence_key" ON "ProposedCheckIn"("userId", "mentorId", "eventUid", "occurrence");

-- AddForeignKey
ALTER TABLE "CalendarSource" ADD CONSTRAINT "CalendarSource_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposedCheckIn" ADD CONSTRAINT "ProposedCheckIn_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposedCheckIn" ADD CONSTRAINT "ProposedCheckIn_mentorId_userId_fkey" FOREIGN KEY ("mentorId", "userId") REFERENCES "Mentor"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposedCheckIn" ADD CONSTRAINT "ProposedCheckIn_checkInId_fkey" FOREIGN KEY ("checkInId") REFERENCES "CheckIn"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The dashboard's inbox reads the proposals: a write to them bumps the user's
-- mapVersion, recording the part it feeds (see the dashboard_parts migration).
CREATE TRIGGER "ProposedCheckIn_map_version_insert" AFTER INSERT ON "ProposedCheckIn"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "map_change_outside_cells"('{calendar}');
CREATE TRIGGER "ProposedCheckIn_map_version_update" AFTER UPDATE ON "ProposedCheckIn"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "map_change_outside_cells"('{calendar}');
CREATE TRIGGER "ProposedCheckIn_map_version_delete" AFTER DELETE ON "ProposedCheckIn"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "map_change_outside_cells"('{calendar}');
