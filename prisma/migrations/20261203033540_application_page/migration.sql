-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('UNCONFIRMED', 'NEW', 'ACCEPTED', 'WAITLISTED', 'DECLINED');

-- CreateTable
CREATE TABLE "ApplicationPage" (
    "userId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "open" BOOLEAN NOT NULL DEFAULT false,
    "introduction" TEXT NOT NULL DEFAULT '',
    "helpWith" TEXT NOT NULL DEFAULT '',
    "placesPerQuarter" INTEGER NOT NULL DEFAULT 3,
    "questions" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApplicationPage_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'UNCONFIRMED',
    "confirmTokenHash" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "menteeId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationPage_slug_key" ON "ApplicationPage"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Application_confirmTokenHash_key" ON "Application"("confirmTokenHash");

-- CreateIndex
CREATE INDEX "Application_userId_status_createdAt_idx" ON "Application"("userId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Application_status_createdAt_idx" ON "Application"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "ApplicationPage" ADD CONSTRAINT "ApplicationPage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
-- Only the mentee's id is cleared when the mentee is deleted (Prisma would clear the user's id too).
ALTER TABLE "Application" ADD CONSTRAINT "Application_menteeId_userId_fkey" FOREIGN KEY ("menteeId", "userId") REFERENCES "Mentee"("id", "userId") ON DELETE SET NULL ("menteeId") ON UPDATE CASCADE;



-- The dashboard's Mentoring panel counts new applications: a confirmed or decided one bumps mapVersion.
DO $$
DECLARE
  op text;
BEGIN
  FOREACH op IN ARRAY ARRAY['insert', 'update', 'delete'] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER %s ON "Application" REFERENCING %s FOR EACH STATEMENT EXECUTE FUNCTION "map_change_outside_cells"(%L)',
      'Application_map_version_' || op, upper(op),
      CASE
        WHEN op = 'insert' THEN 'NEW TABLE AS changed_rows'
        WHEN op = 'delete' THEN 'OLD TABLE AS changed_rows'
        ELSE 'OLD TABLE AS old_rows NEW TABLE AS changed_rows'
      END,
      '{mentoring}');
  END LOOP;
END
$$;
