-- AlterTable
ALTER TABLE "UserAccount" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

