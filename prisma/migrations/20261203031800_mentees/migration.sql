-- CreateEnum
CREATE TYPE "MenteeStage" AS ENUM ('APPLIED', 'ACCEPTED', 'ACTIVE', 'ALUMNI', 'WAITLISTED', 'DECLINED');

-- AlterTable
ALTER TABLE "CheckIn" ADD COLUMN     "menteeId" TEXT,
ALTER COLUMN "mentorId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "ValueExchange" ADD COLUMN     "menteeId" TEXT,
ALTER COLUMN "mentorId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "Mentee" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "headline" TEXT,
    "organisation" TEXT,
    "timeZone" TEXT,
    "workStartHour" INTEGER,
    "workEndHour" INTEGER,
    "goals" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "stage" "MenteeStage" NOT NULL DEFAULT 'ACTIVE',
    "cadenceDays" INTEGER,
    "nextSessionOn" DATE,
    "lastSessionOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Mentee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MenteeStageChange" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "menteeId" TEXT NOT NULL,
    "fromStage" "MenteeStage",
    "toStage" "MenteeStage" NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MenteeStageChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MenteeWin" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "menteeId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "occurredOn" DATE NOT NULL,
    "story" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MenteeWin_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Mentee_userId_stage_name_idx" ON "Mentee"("userId", "stage", "name");

-- CreateIndex
CREATE INDEX "Mentee_userId_nextSessionOn_idx" ON "Mentee"("userId", "nextSessionOn");

-- CreateIndex
CREATE UNIQUE INDEX "Mentee_id_userId_key" ON "Mentee"("id", "userId");

-- CreateIndex
CREATE INDEX "MenteeStageChange_userId_menteeId_changedAt_idx" ON "MenteeStageChange"("userId", "menteeId", "changedAt");

-- CreateIndex
CREATE INDEX "MenteeWin_userId_menteeId_occurredOn_idx" ON "MenteeWin"("userId", "menteeId", "occurredOn");

-- CreateIndex
CREATE INDEX "CheckIn_userId_menteeId_occurredOn_idx" ON "CheckIn"("userId", "menteeId", "occurredOn");

-- CreateIndex
CREATE INDEX "ValueExchange_userId_menteeId_occurredOn_idx" ON "ValueExchange"("userId", "menteeId", "occurredOn");

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_menteeId_userId_fkey" FOREIGN KEY ("menteeId", "userId") REFERENCES "Mentee"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ValueExchange" ADD CONSTRAINT "ValueExchange_menteeId_userId_fkey" FOREIGN KEY ("menteeId", "userId") REFERENCES "Mentee"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mentee" ADD CONSTRAINT "Mentee_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MenteeStageChange" ADD CONSTRAINT "MenteeStageChange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MenteeStageChange" ADD CONSTRAINT "MenteeStageChange_menteeId_userId_fkey" FOREIGN KEY ("menteeId", "userId") REFERENCES "Mentee"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MenteeWin" ADD CONSTRAINT "MenteeWin_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MenteeWin" ADD CONSTRAINT "MenteeWin_menteeId_userId_fkey" FOREIGN KEY ("menteeId", "userId") REFERENCES "Mentee"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;



-- A check-in and a value exchange belong to exactly one person: a mentor or a mentee.
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_one_person" CHECK (num_nonnulls("mentorId", "menteeId") = 1);
ALTER TABLE "ValueExchange" ADD CONSTRAINT "ValueExchange_one_person" CHECK (num_nonnulls("mentorId", "menteeId") = 1);

-- The dashboard's "Mentoring" panel (mentees due a session) is cached under mapVersion
-- like the rest: a write to a mentee bumps it, naming that part alone.
DO $$
DECLARE
  op text;
BEGIN
  FOREACH op IN ARRAY ARRAY['insert', 'update', 'delete'] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER %s ON "Mentee" REFERENCING %s FOR EACH STATEMENT EXECUTE FUNCTION "map_change_outside_cells"(%L)',
      'Mentee_map_version_' || op, upper(op),
      CASE
        WHEN op = 'insert' THEN 'NEW TABLE AS changed_rows'
        WHEN op = 'delete' THEN 'OLD TABLE AS changed_rows'
        ELSE 'OLD TABLE AS old_rows NEW TABLE AS changed_rows'
      END,
      '{mentoring}');
  END LOOP;
END
$$;

-- Value exchanged with a mentee touches no mentor's balance and no map cell.
CREATE OR REPLACE FUNCTION "map_change_value"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[];
  us text[];
  cs text[];
BEGIN
  IF TG_OP = 'UPDATE' THEN
    SELECT array_agg(DISTINCT x) INTO ids FROM (SELECT "mentorId" FROM changed_rows UNION SELECT "mentorId" FROM old_rows) s(x) WHERE x IS NOT NULL;
  ELSE
    SELECT array_agg(DISTINCT "mentorId") INTO ids FROM changed_rows WHERE "mentorId" IS NOT NULL;
  END IF;
  PERFORM "refresh_value_balances"(ids);
  SELECT coalesce(array_agg(m."userId"), '{}'), coalesce(array_agg(mg."gapAreaId" || ':' || m."category"), '{}')
  INTO us, cs
  FROM "Mentor" m JOIN "MentorGapArea" mg ON mg."mentorId" = m."id" WHERE m."id" = ANY(ids);
  PERFORM "record_map_change"((SELECT array_agg(DISTINCT "userId") FROM changed_rows), us, cs, '{value}', coalesce(ids, '{}'));
  RETURN NULL;
END
$$;
