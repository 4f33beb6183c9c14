-- CreateEnum
CREATE TYPE "AccountSetKind" AS ENUM ('BASIC', 'ZERO_BALANCE', 'TRADE_UNION', 'CANTEEN', 'SPECIAL_FUND', 'OTHER');

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "agencyBookkeepingSince" DATE;

-- CreateTable
CREATE TABLE "AccountSet" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "AccountSetKind" NOT NULL,
    "bankName" TEXT NOT NULL,
    "bankAccount" TEXT NOT NULL,
    "openedOn" DATE NOT NULL,
    "bookkeeperPersonId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonthlyClosing" (
    "id" TEXT NOT NULL,
    "accountSetId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "closedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedByPersonId" TEXT NOT NULL,

    CONSTRAINT "MonthlyClosing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FinanceParameter" (
    "key" TEXT NOT NULL,
    "value" DECIMAL(14,2) NOT NULL,
    "unit" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FinanceParameter_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccountSet_code_key" ON "AccountSet"("code");

-- CreateIndex
CREATE INDEX "AccountSet_organizationId_idx" ON "AccountSet"("organizationId");

-- CreateIndex
CREATE INDEX "MonthlyClosing_year_month_idx" ON "MonthlyClosing"("year", "month");

-- CreateIndex
CREATE UNIQUE INDEX "MonthlyClosing_accountSetId_year_month_key" ON "MonthlyClosing"("accountSetId", "year", "month");

-- AddForeignKey
ALTER TABLE "AccountSet" ADD CONSTRAINT "AccountSet_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyClosing" ADD CONSTRAINT "MonthlyClosing_accountSetId_fkey" FOREIGN KEY ("accountSetId") REFERENCES "AccountSet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

