-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "DigestFrequency" AS ENUM ('OFF', 'DAILY', 'WEEKLY');

-- CreateEnum
CREATE TYPE "MentorCategory" AS ENUM ('SAGE', 'PEER', 'REVERSE', 'SPECIALIST', 'ACCOUNTABILITY');

-- CreateEnum
CREATE TYPE "MentorStage" AS ENUM ('PROSPECT', 'RESEARCHED', 'CONTACTED', 'IN_CONVERSATION', 'ACTIVE', 'PAUSED', 'DECLINED');

-- CreateEnum
CREATE TYPE "CheckInChannel" AS ENUM ('COFFEE', 'CALL', 'VIDEO', 'ASYNC', 'DOCUMENT', 'EMAIL', 'EVENT');

-- CreateEnum
CREATE TYPE "ReminderKind" AS ENUM ('CHECK_IN', 'FOLLOW_UP', 'OUTREACH_FOLLOW_UP', 'REVISIT');

-- CreateEnum
CREATE TYPE "ReminderStatus" AS ENUM ('PENDING', 'DONE', 'SNOOZED', 'SKIPPED');

-- CreateEnum
CREATE TYPE "ValueDirection" AS ENUM ('GAVE', 'RECEIVED');

-- CreateEnum
CREATE TYPE "ValueExchangeKind" AS ENUM ('ADVICE', 'INTRODUCTION', 'FEEDBACK', 'SPONSORSHIP', 'SKILL_TEACHING', 'PROJECT_HELP', 'RESEARCH_OR_CONTENT', 'OTHER');

-- CreateEnum
CREATE TYPE "OutreachReply" AS ENUM ('YES', 'NO', 'NO_ANSWER');

-- CreateEnum
CREATE TYPE "SnapshotReason" AS ENUM ('MANUAL', 'SPRINT_END');

-- CreateEnum
CREATE TYPE "DigestStatus" AS ENUM ('SENDING', 'SENT', 'FAILED', 'SKIPPED');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT NOT NULL,
    "emailVerified" TIMESTAMP(3),
    "image" TEXT,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "digestFrequency" "DigestFrequency" NOT NULL DEFAULT 'WEEKLY',
    "digestWeekday" INTEGER NOT NULL DEFAULT 1,
    "digestHour" INTEGER NOT NULL DEFAULT 8,
    "digestSendEmpty" BOOLEAN NOT NULL DEFAULT false,
    "digestUnsubscribedAt" TIMESTAMP(3),
    "calendarTokenHash" TEXT,
    "gapWizardState" JSONB,
    "gapWizardCompletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "RateLimitHit" (
    "id" TEXT NOT NULL,
    "bucket" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RateLimitHit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GapArea" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "whyItMatters" TEXT NOT NULL DEFAULT '',
    "currentLevel" INTEGER NOT NULL DEFAULT 1,
    "targetLevel" INTEGER NOT NULL DEFAULT 10,
    "priority" INTEGER NOT NULL,
    "guidanceSought" TEXT NOT NULL DEFAULT '',
    "valueIOffer" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GapArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mentor" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "headline" TEXT,
    "organisation" TEXT,
    "linkedinUrl" TEXT,
    "websiteUrl" TEXT,
    "location" TEXT,
    "timeZone" TEXT,
    "howWeMet" TEXT,
    "notes" TEXT NOT NULL DEFAULT '',
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "category" "MentorCategory" NOT NULL,
    "stage" "MentorStage" NOT NULL DEFAULT 'PROSPECT',
    "cadenceDays" INTEGER,
    "nextCheckInOn" DATE,
    "lastCheckInOn" DATE,
    "revisitAfterOn" DATE,
    "connectedOn" DATE,
    "valueReceivedRating" INTEGER,
    "valueProvidedRating" INTEGER,
    "growthPotentialRating" INTEGER,
    "archivedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Mentor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MentorGapArea" (
    "userId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "gapAreaId" TEXT NOT NULL,

    CONSTRAINT "MentorGapArea_pkey" PRIMARY KEY ("mentorId","gapAreaId")
);

-- CreateTable
CREATE TABLE "StageChange" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "fromStage" "MentorStage",
    "toStage" "MentorStage" NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT,

    CONSTRAINT "StageChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "occurredOn" DATE NOT NULL,
    "channel" "CheckInChannel" NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "takeaways" TEXT NOT NULL DEFAULT '',
    "peerGroupId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reminder" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "mentorId" TEXT,
    "checkInId" TEXT,
    "kind" "ReminderKind" NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "dueOn" DATE NOT NULL,
    "status" "ReminderStatus" NOT NULL DEFAULT 'PENDING',
    "snoozedUntil" DATE,
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Reminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ValueExchange" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "direction" "ValueDirection" NOT NULL,
    "kind" "ValueExchangeKind" NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "occurredOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ValueExchange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutreachPlan" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "researchLinks" JSONB NOT NULL DEFAULT '[]',
    "challenges" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "waysToHelp" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "whatINeed" TEXT NOT NULL DEFAULT '',
    "whatIOffer" TEXT NOT NULL DEFAULT '',
    "researchedAt" TIMESTAMP(3),
    "compliment" TEXT NOT NULL DEFAULT '',
    "ask" TEXT NOT NULL DEFAULT '',
    "offer" TEXT NOT NULL DEFAULT '',
    "easyOut" TEXT NOT NULL DEFAULT '',
    "subject" TEXT NOT NULL DEFAULT '',
    "sentAt" TIMESTAMP(3),
    "followUpDays" INTEGER NOT NULL DEFAULT 7,
    "reply" "OutreachReply",
    "repliedAt" TIMESTAMP(3),
    "prepQuestions" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "conversationNotes" TEXT NOT NULL DEFAULT '',
    "thankYouNote" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutreachPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Introduction" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "fromMentorId" TEXT NOT NULL,
    "toMentorId" TEXT NOT NULL,
    "introducedOn" DATE NOT NULL,
    "why" TEXT NOT NULL DEFAULT '',
    "outcome" TEXT NOT NULL DEFAULT '',
    "outcomeOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Introduction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Win" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "occurredOn" DATE NOT NULL,
    "sharedPubliclyOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Win_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WinCredit" (
    "userId" TEXT NOT NULL,
    "winId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "sharedOn" DATE,

    CONSTRAINT "WinCredit_pkey" PRIMARY KEY ("winId","mentorId")
);

-- CreateTable
CREATE TABLE "PeerGroup" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "cadenceDays" INTEGER,
    "nextMeetingOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PeerGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeerGroupMember" (
    "userId" TEXT NOT NULL,
    "peerGroupId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,

    CONSTRAINT "PeerGroupMember_pkey" PRIMARY KEY ("peerGroupId","mentorId")
);

-- CreateTable
CREATE TABLE "DreamTeamSlot" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "gapAreaId" TEXT NOT NULL,
    "category" "MentorCategory" NOT NULL,
    "profile" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DreamTeamSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DreamTeamMatch" (
    "userId" TEXT NOT NULL,
    "slotId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,

    CONSTRAINT "DreamTeamMatch_pkey" PRIMARY KEY ("slotId","mentorId")
);

-- CreateTable
CREATE TABLE "MapSnapshot" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "takenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" "SnapshotReason" NOT NULL DEFAULT 'MANUAL',
    "sprintId" TEXT,
    "coverage" JSONB NOT NULL,

    CONSTRAINT "MapSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Sprint" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "startOn" DATE NOT NULL,
    "endedAt" TIMESTAMP(3),
    "summary" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Sprint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SprintTask" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "sprintId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "phase" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,
    "doneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SprintTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DigestDelivery" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "status" "DigestStatus" NOT NULL DEFAULT 'SENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "itemCount" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "messageId" TEXT,
    "scheduledFor" TIMESTAMP(3) NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "nextAttemptAt" TIMESTAMP(3),

    CONSTRAINT "DigestDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DigestRun" (
    "id" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "sent" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DigestRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_calendarTokenHash_key" ON "User"("calendarTokenHash");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE INDEX "RateLimitHit_bucket_createdAt_idx" ON "RateLimitHit"("bucket", "createdAt");

-- CreateIndex
CREATE INDEX "GapArea_userId_priority_idx" ON "GapArea"("userId", "priority");

-- CreateIndex
CREATE UNIQUE INDEX "GapArea_id_userId_key" ON "GapArea"("id", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "GapArea_userId_name_key" ON "GapArea"("userId", "name");

-- CreateIndex
CREATE INDEX "Mentor_userId_deletedAt_name_idx" ON "Mentor"("userId", "deletedAt", "name");

-- CreateIndex
CREATE INDEX "Mentor_userId_stage_idx" ON "Mentor"("userId", "stage");

-- CreateIndex
CREATE INDEX "Mentor_userId_category_idx" ON "Mentor"("userId", "category");

-- CreateIndex
CREATE INDEX "Mentor_userId_nextCheckInOn_idx" ON "Mentor"("userId", "nextCheckInOn");

-- CreateIndex
CREATE INDEX "Mentor_userId_email_idx" ON "Mentor"("userId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Mentor_id_userId_key" ON "Mentor"("id", "userId");

-- CreateIndex
CREATE INDEX "MentorGapArea_userId_gapAreaId_idx" ON "MentorGapArea"("userId", "gapAreaId");

-- CreateIndex
CREATE INDEX "StageChange_userId_mentorId_changedAt_idx" ON "StageChange"("userId", "mentorId", "changedAt");

-- CreateIndex
CREATE INDEX "CheckIn_userId_mentorId_occurredOn_idx" ON "CheckIn"("userId", "mentorId", "occurredOn");

-- CreateIndex
CREATE INDEX "CheckIn_userId_occurredOn_idx" ON "CheckIn"("userId", "occurredOn");

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_id_userId_key" ON "CheckIn"("id", "userId");

-- CreateIndex
CREATE INDEX "Reminder_userId_status_dueOn_idx" ON "Reminder"("userId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "Reminder_userId_mentorId_kind_status_idx" ON "Reminder"("userId", "mentorId", "kind", "status");

-- CreateIndex
CREATE INDEX "Reminder_status_dueOn_idx" ON "Reminder"("status", "dueOn");

-- CreateIndex
CREATE INDEX "ValueExchange_userId_mentorId_occurredOn_idx" ON "ValueExchange"("userId", "mentorId", "occurredOn");

-- CreateIndex
CREATE UNIQUE INDEX "OutreachPlan_mentorId_key" ON "OutreachPlan"("mentorId");

-- CreateIndex
CREATE INDEX "OutreachPlan_userId_idx" ON "OutreachPlan"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "OutreachPlan_mentorId_userId_key" ON "OutreachPlan"("mentorId", "userId");

-- CreateIndex
CREATE INDEX "Introduction_userId_introducedOn_idx" ON "Introduction"("userId", "introducedOn");

-- CreateIndex
CREATE INDEX "Win_userId_occurredOn_idx" ON "Win"("userId", "occurredOn");

-- CreateIndex
CREATE UNIQUE INDEX "Win_id_userId_key" ON "Win"("id", "userId");

-- CreateIndex
CREATE INDEX "WinCredit_userId_mentorId_idx" ON "WinCredit"("userId", "mentorId");

-- CreateIndex
CREATE UNIQUE INDEX "PeerGroup_id_userId_key" ON "PeerGroup"("id", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "PeerGroup_userId_name_key" ON "PeerGroup"("userId", "name");

-- CreateIndex
CREATE INDEX "PeerGroupMember_userId_mentorId_idx" ON "PeerGroupMember"("userId", "mentorId");

-- CreateIndex
CREATE INDEX "DreamTeamSlot_userId_idx" ON "DreamTeamSlot"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "DreamTeamSlot_id_userId_key" ON "DreamTeamSlot"("id", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "DreamTeamSlot_gapAreaId_category_key" ON "DreamTeamSlot"("gapAreaId", "category");

-- CreateIndex
CREATE INDEX "DreamTeamMatch_userId_mentorId_idx" ON "DreamTeamMatch"("userId", "mentorId");

-- CreateIndex
CREATE INDEX "MapSnapshot_userId_takenAt_idx" ON "MapSnapshot"("userId", "takenAt");

-- CreateIndex
CREATE INDEX "Sprint_userId_startOn_idx" ON "Sprint"("userId", "startOn");

-- CreateIndex
CREATE UNIQUE INDEX "Sprint_id_userId_key" ON "Sprint"("id", "userId");

-- CreateIndex
CREATE INDEX "SprintTask_userId_sprintId_idx" ON "SprintTask"("userId", "sprintId");

-- CreateIndex
CREATE INDEX "DigestDelivery_status_nextAttemptAt_idx" ON "DigestDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "DigestDelivery_userId_period_key" ON "DigestDelivery"("userId", "period");

-- CreateIndex
CREATE INDEX "DigestRun_startedAt_idx" ON "DigestRun"("startedAt");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GapArea" ADD CONSTRAINT "GapArea_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mentor" ADD CONSTRAINT "Mentor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorGapArea" ADD CONSTRAINT "MentorGapArea_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorGapArea" ADD CONSTRAINT "MentorGapArea_mentorId_userId_fkey" FOREIGN KEY ("mentorId", "userId") REFERENCES "Mentor"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorGapArea" ADD CONSTRAINT "MentorGapArea_gapAreaId_userId_fkey" FOREIGN KEY ("gapAreaId", "userId") REFERENCES "GapArea"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageChange" ADD CONSTRAINT "StageChange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageChange" ADD CONSTRAINT "StageChange_mentorId_userId_fkey" FOREIGN KEY ("mentorId", "userId") REFERENCES "Mentor"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_mentorId_userId_fkey" FOREIGN KEY ("mentorId", "userId") REFERENCES "Mentor"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_peerGroupId_fkey" FOREIGN KEY ("peerGroupId") REFERENCES "PeerGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_mentorId_userId_fkey" FOREIGN KEY ("mentorId", "userId") REFERENCES "Mentor"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_checkInId_userId_fkey" FOREIGN KEY ("checkInId", "userId") REFERENCES "CheckIn"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ValueExchange" ADD CONSTRAINT "ValueExchange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ValueExchange" ADD CONSTRAINT "ValueExchange_mentorId_userId_fkey" FOREIGN KEY ("mentorId", "userId") REFERENCES "Mentor"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutreachPlan" ADD CONSTRAINT "OutreachPlan_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutreachPlan" ADD CONSTRAINT "OutreachPlan_mentorId_userId_fkey" FOREIGN KEY ("mentorId", "userId") REFERENCES "Mentor"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Introduction" ADD CONSTRAINT "Introduction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Introduction" ADD CONSTRAINT "Introduction_fromMentorId_userId_fkey" FOREIGN KEY ("fromMentorId", "userId") REFERENCES "Mentor"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Introduction" ADD CONSTRAINT "Introduction_toMentorId_userId_fkey" FOREIGN KEY ("toMentorId", "userId") REFERENCES "Mentor"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Win" ADD CONSTRAINT "Win_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WinCredit" ADD CONSTRAINT "WinCredit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WinCredit" ADD CONSTRAINT "WinCredit_winId_userId_fkey" FOREIGN KEY ("winId", "userId") REFERENCES "Win"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WinCredit" ADD CONSTRAINT "WinCredit_mentorId_userId_fkey" FOREIGN KEY ("mentorId", "userId") REFERENCES "Mentor"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerGroup" ADD CONSTRAINT "PeerGroup_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerGroupMember" ADD CONSTRAINT "PeerGroupMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerGroupMember" ADD CONSTRAINT "PeerGroupMember_peerGroupId_userId_fkey" FOREIGN KEY ("peerGroupId", "userId") REFERENCES "PeerGroup"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerGroupMember" ADD CONSTRAINT "PeerGroupMember_mentorId_userId_fkey" FOREIGN KEY ("mentorId", "userId") REFERENCES "Mentor"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DreamTeamSlot" ADD CONSTRAINT "DreamTeamSlot_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DreamTeamSlot" ADD CONSTRAINT "DreamTeamSlot_gapAreaId_userId_fkey" FOREIGN KEY ("gapAreaId", "userId") REFERENCES "GapArea"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DreamTeamMatch" ADD CONSTRAINT "DreamTeamMatch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DreamTeamMatch" ADD CONSTRAINT "DreamTeamMatch_slotId_userId_fkey" FOREIGN KEY ("slotId", "userId") REFERENCES "DreamTeamSlot"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DreamTeamMatch" ADD CONSTRAINT "DreamTeamMatch_mentorId_userId_fkey" FOREIGN KEY ("mentorId", "userId") REFERENCES "Mentor"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MapSnapshot" ADD CONSTRAINT "MapSnapshot_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MapSnapshot" ADD CONSTRAINT "MapSnapshot_sprintId_fkey" FOREIGN KEY ("sprintId") REFERENCES "Sprint"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sprint" ADD CONSTRAINT "Sprint_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SprintTask" ADD CONSTRAINT "SprintTask_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SprintTask" ADD CONSTRAINT "SprintTask_sprintId_userId_fkey" FOREIGN KEY ("sprintId", "userId") REFERENCES "Sprint"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigestDelivery" ADD CONSTRAINT "DigestDelivery_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

