-- AlterTable
ALTER TABLE "User" ADD COLUMN     "digestBounces" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "digestPausedAt" TIMESTAMP(3),
ADD COLUMN     "digestPausedReason" TEXT;

-- AlterTable
ALTER TABLE "DigestDelivery" ADD COLUMN     "giveUpAt" TIMESTAMP(3),
ADD COLUMN     "resentAt" TIMESTAMP(3);


-- Digests already waiting for a retry keep being retried until a day after their hour.
UPDATE "DigestDelivery" SET "giveUpAt" = "scheduledFor" + interval '1 day'
WHERE "status" = 'FAILED' AND "nextAttemptAt" IS NOT NULL;
