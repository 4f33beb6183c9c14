-- CreateEnum
CREATE TYPE "DishCategory" AS ENUM ('MEAT', 'VEGETABLE', 'STAPLE', 'SOUP', 'DIM_SUM');

-- AlterTable
ALTER TABLE "MealCount" DROP COLUMN "forecast";

-- CreateTable
CREATE TABLE "MenuDish" (
    "id" TEXT NOT NULL,
    "canteenId" TEXT NOT NULL,
    "servedOn" DATE NOT NULL,
    "sitting" "Sitting" NOT NULL,
    "name" TEXT NOT NULL,
    "category" "DishCategory" NOT NULL,
    "price" DECIMAL(8,2) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MenuDish_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MealOrder" (
    "id" TEXT NOT NULL,
    "canteenId" TEXT NOT NULL,
    "servedOn" DATE NOT NULL,
    "sitting" "Sitting" NOT NULL,
    "personId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "orderedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MealOrder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MenuDish_canteenId_servedOn_sitting_name_key" ON "MenuDish"("canteenId", "servedOn", "sitting", "name");

-- CreateIndex
CREATE INDEX "MealOrder_canteenId_servedOn_sitting_idx" ON "MealOrder"("canteenId", "servedOn", "sitting");

-- CreateIndex
CREATE UNIQUE INDEX "MealOrder_personId_servedOn_sitting_key" ON "MealOrder"("personId", "servedOn", "sitting");

-- AddForeignKey
ALTER TABLE "MenuDish" ADD CONSTRAINT "MenuDish_canteenId_fkey" FOREIGN KEY ("canteenId") REFERENCES "Canteen"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MealOrder" ADD CONSTRAINT "MealOrder_canteenId_fkey" FOREIGN KEY ("canteenId") REFERENCES "Canteen"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MealOrder" ADD CONSTRAINT "MealOrder_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

