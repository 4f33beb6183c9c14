-- CreateEnum
CREATE TYPE "VisitStatus" AS ENUM ('EXPECTED', 'CHECKED_IN', 'CHECKED_OUT', 'NO_SHOW', 'CANCELLED');

-- CreateTable
CREATE TABLE "Visit" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "hostPersonId" TEXT NOT NULL,
    "buildingId" TEXT,
    "visitorName" TEXT,
    "visitorOrganization" TEXT,
    "phoneLast4" TEXT,
    "phoneEncrypted" TEXT,
    "idNumberLast4" TEXT,
    "idNumberEncrypted" TEXT,
    "carPlate" TEXT,
    "expectedAt" TIMESTAMPTZ(3) NOT NULL,
    "purpose" TEXT NOT NULL,
    "status" "VisitStatus" NOT NULL,
    "checkedInAt" TIMESTAMPTZ(3),
    "checkedOutAt" TIMESTAMPTZ(3),
    "purgedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Visit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Visit_organizationId_expectedAt_idx" ON "Visit"("organizationId", "expectedAt");

-- CreateIndex
CREATE INDEX "Visit_expectedAt_idx" ON "Visit"("expectedAt");

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

