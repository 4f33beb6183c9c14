-- CreateEnum
CREATE TYPE "SecurityActivityKind" AS ENUM ('FIRE_DRILL', 'COUNTER_TERRORISM_DRILL', 'JOINT_MEETING');

-- CreateTable
CREATE TABLE "SecurityActivity" (
    "id" TEXT NOT NULL,
    "kind" "SecurityActivityKind" NOT NULL,
    "heldOn" DATE NOT NULL,
    "buildingId" TEXT,
    "title" TEXT NOT NULL,
    "participants" INTEGER NOT NULL,
    "summary" TEXT,

    CONSTRAINT "SecurityActivity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SecurityActivity_heldOn_idx" ON "SecurityActivity"("heldOn");

