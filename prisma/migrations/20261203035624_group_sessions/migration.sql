-- CreateTable
CREATE TABLE "GroupSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "agenda" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GroupSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupSessionInvite" (
    "userId" TEXT NOT NULL,
    "groupSessionId" TEXT NOT NULL,
    "menteeId" TEXT NOT NULL,
    "invitedAt" TIMESTAMP(3),
    "attended" BOOLEAN NOT NULL DEFAULT false,
    "checkInId" TEXT,

    CONSTRAINT "GroupSessionInvite_pkey" PRIMARY KEY ("groupSessionId","menteeId")
);

-- CreateIndex
CREATE INDEX "GroupSession_userId_startsAt_idx" ON "GroupSession"("userId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "GroupSession_id_userId_key" ON "GroupSession"("id", "userId");

-- CreateIndex
CREATE INDEX "GroupSessionInvite_userId_menteeId_idx" ON "GroupSessionInvite"("userId", "menteeId");

-- AddForeignKey
ALTER TABLE "GroupSession" ADD CONSTRAINT "GroupSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupSessionInvite" ADD CONSTRAINT "GroupSessionInvite_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupSessionInvite" ADD CONSTRAINT "GroupSessionInvite_groupSessionId_userId_fkey" FOREIGN KEY ("groupSessionId", "userId") REFERENCES "GroupSession"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupSessionInvite" ADD CONSTRAINT "GroupSessionInvite_menteeId_userId_fkey" FOREIGN KEY ("menteeId", "userId") REFERENCES "Mentee"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
-- A session deleted from the mentee's timeline clears only the link (Prisma would clear the user's id too).
ALTER TABLE "GroupSessionInvite" ADD CONSTRAINT "GroupSessionInvite_checkInId_userId_fkey" FOREIGN KEY ("checkInId", "userId") REFERENCES "CheckIn"("id", "userId") ON DELETE SET NULL ("checkInId") ON UPDATE CASCADE;

