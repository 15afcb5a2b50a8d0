-- AlterTable
ALTER TABLE "CheckIn" ADD COLUMN     "links" TEXT[] DEFAULT ARRAY[]::TEXT[];

