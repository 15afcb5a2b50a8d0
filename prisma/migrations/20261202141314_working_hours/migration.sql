-- AlterTable
ALTER TABLE "User" ADD COLUMN     "workEndHour" INTEGER NOT NULL DEFAULT 18,
ADD COLUMN     "workStartHour" INTEGER NOT NULL DEFAULT 9;

-- AlterTable
ALTER TABLE "Mentor" ADD COLUMN     "workEndHour" INTEGER,
ADD COLUMN     "workStartHour" INTEGER;

