-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('SUBMITTED', 'REVIEWED', 'PAID', 'RETURNED');

-- CreateTable
CREATE TABLE "EconomicClassification" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "EconomicClassification_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "PaymentRequest" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "accountSetId" TEXT NOT NULL,
    "payeeName" TEXT NOT NULL,
    "payeeAccount" TEXT,
    "amount" DECIMAL(14,2) NOT NULL,
    "economicClassificationCode" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "attachmentNames" TEXT[],
    "status" "PaymentStatus" NOT NULL,
    "submittedByPersonId" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "reviewedByPersonId" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "paidByPersonId" TEXT,
    "paidAt" TIMESTAMP(3),
    "returnedByPersonId" TEXT,
    "returnedAt" TIMESTAMP(3),
    "returnReason" TEXT,

    CONSTRAINT "PaymentRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PaymentRequest_number_key" ON "PaymentRequest"("number");

-- CreateIndex
CREATE INDEX "PaymentRequest_organizationId_submittedAt_idx" ON "PaymentRequest"("organizationId", "submittedAt");

-- CreateIndex
CREATE INDEX "PaymentRequest_status_paidAt_idx" ON "PaymentRequest"("status", "paidAt");

-- CreateIndex
CREATE INDEX "PaymentRequest_accountSetId_idx" ON "PaymentRequest"("accountSetId");

-- AddForeignKey
ALTER TABLE "PaymentRequest" ADD CONSTRAINT "PaymentRequest_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentRequest" ADD CONSTRAINT "PaymentRequest_accountSetId_fkey" FOREIGN KEY ("accountSetId") REFERENCES "AccountSet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentRequest" ADD CONSTRAINT "PaymentRequest_economicClassificationCode_fkey" FOREIGN KEY ("economicClassificationCode") REFERENCES "EconomicClassification"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

