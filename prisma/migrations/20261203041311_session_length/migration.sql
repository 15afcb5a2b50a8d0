-- AlterTable
ALTER TABLE "CheckIn" ADD COLUMN     "durationMinutes" INTEGER;

