-- CreateTable
CREATE TABLE "BiApiKey" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "datasets" TEXT[],
    "unitIds" TEXT[],
    "expiresAt" TIMESTAMP(3),
    "secretHash" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "revokedBy" TEXT,
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "BiApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BiApiKey_createdAt_idx" ON "BiApiKey"("createdAt");

