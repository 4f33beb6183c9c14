-- CreateEnum
CREATE TYPE "MealCardStatus" AS ENUM ('ACTIVE', 'CLOSED');

-- CreateTable
CREATE TABLE "MealCard" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "balance" DECIMAL(12,2) NOT NULL,
    "status" "MealCardStatus" NOT NULL,
    "openedOn" DATE NOT NULL,
    "lastActivityAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "MealCard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MealCardTopUp" (
    "id" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,
    "toppedUpAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MealCardTopUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MealCardSpending" (
    "id" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,
    "spentAt" TIMESTAMP(3) NOT NULL,
    "canteenName" TEXT NOT NULL,

    CONSTRAINT "MealCardSpending_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MealCardCleanUp" (
    "id" TEXT NOT NULL,
    "runAt" TIMESTAMP(3) NOT NULL,
    "idleMonths" INTEGER NOT NULL,
    "idleBefore" TIMESTAMP(3) NOT NULL,
    "cards" INTEGER NOT NULL,
    "total" DECIMAL(14,2) NOT NULL,
    "byPersonId" TEXT NOT NULL,

    CONSTRAINT "MealCardCleanUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MealCardRefund" (
    "id" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "cleanUpId" TEXT NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,

    CONSTRAINT "MealCardRefund_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MealCard_personId_key" ON "MealCard"("personId");

-- CreateIndex
CREATE INDEX "MealCard_status_lastActivityAt_idx" ON "MealCard"("status", "lastActivityAt");

-- CreateIndex
CREATE INDEX "MealCard_organizationId_idx" ON "MealCard"("organizationId");

-- CreateIndex
CREATE INDEX "MealCardTopUp_cardId_idx" ON "MealCardTopUp"("cardId");

-- CreateIndex
CREATE INDEX "MealCardTopUp_toppedUpAt_idx" ON "MealCardTopUp"("toppedUpAt");

-- CreateIndex
CREATE INDEX "MealCardSpending_cardId_idx" ON "MealCardSpending"("cardId");

-- CreateIndex
CREATE INDEX "MealCardCleanUp_runAt_idx" ON "MealCardCleanUp"("runAt");

-- CreateIndex
CREATE UNIQUE INDEX "MealCardRefund_cardId_key" ON "MealCardRefund"("cardId");

-- AddForeignKey
ALTER TABLE "MealCard" ADD CONSTRAINT "MealCard_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MealCardTopUp" ADD CONSTRAINT "MealCardTopUp_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "MealCard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MealCardSpending" ADD CONSTRAINT "MealCardSpending_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "MealCard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MealCardRefund" ADD CONSTRAINT "MealCardRefund_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "MealCard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MealCardRefund" ADD CONSTRAINT "MealCardRefund_cleanUpId_fkey" FOREIGN KEY ("cleanUpId") REFERENCES "MealCardCleanUp"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

