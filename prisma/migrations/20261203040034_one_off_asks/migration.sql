-- CreateEnum
CREATE TYPE "AskStatus" AS ENUM ('ASKED', 'ANSWERED', 'THANKED');

-- AlterTable
ALTER TABLE "Reminder" ADD COLUMN     "askId" TEXT;

-- AlterTable
ALTER TABLE "ValueExchange" ADD COLUMN     "askId" TEXT;

-- CreateTable
CREATE TABLE "Ask" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "organisation" TEXT,
    "question" TEXT NOT NULL,
    "askedOn" DATE NOT NULL,
    "status" "AskStatus" NOT NULL DEFAULT 'ASKED',
    "answer" TEXT NOT NULL DEFAULT '',
    "answeredOn" DATE,
    "thankedOn" DATE,
    "mentorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Ask_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Ask_userId_status_askedOn_idx" ON "Ask"("userId", "status", "askedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Ask_id_userId_key" ON "Ask"("id", "userId");

-- CreateIndex
CREATE INDEX "ValueExchange_userId_askId_idx" ON "ValueExchange"("userId", "askId");

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_askId_userId_fkey" FOREIGN KEY ("askId", "userId") REFERENCES "Ask"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ValueExchange" ADD CONSTRAINT "ValueExchange_askId_userId_fkey" FOREIGN KEY ("askId", "userId") REFERENCES "Ask"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ask" ADD CONSTRAINT "Ask_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
-- Only the link is cleared when the mentor goes (Prisma would clear the user's id too).
ALTER TABLE "Ask" ADD CONSTRAINT "Ask_mentorId_userId_fkey" FOREIGN KEY ("mentorId", "userId") REFERENCES "Mentor"("id", "userId") ON DELETE SET NULL ("mentorId") ON UPDATE CASCADE;



-- A value exchange belongs to exactly one: a mentor, a mentee or a one-off ask.
ALTER TABLE "ValueExchange" DROP CONSTRAINT "ValueExchange_one_person";
ALTER TABLE "ValueExchange" ADD CONSTRAINT "ValueExchange_one_person" CHECK (num_nonnulls("mentorId", "menteeId", "askId") = 1);
