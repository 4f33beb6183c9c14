-- CreateTable
CREATE TABLE "ProviderContract" (
    "id" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "scope" TEXT NOT NULL,

    CONSTRAINT "ProviderContract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProviderAssessment" (
    "id" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "criterion" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "maxScore" INTEGER NOT NULL,

    CONSTRAINT "ProviderAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProviderContract_number_key" ON "ProviderContract"("number");

-- CreateIndex
CREATE UNIQUE INDEX "ProviderAssessment_providerId_year_quarter_criterion_key" ON "ProviderAssessment"("providerId", "year", "quarter", "criterion");

-- AddForeignKey
ALTER TABLE "ProviderContract" ADD CONSTRAINT "ProviderContract_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "ServiceProvider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProviderAssessment" ADD CONSTRAINT "ProviderAssessment_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "ServiceProvider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

