-- CreateEnum
CREATE TYPE "Sitting" AS ENUM ('BREAKFAST', 'LUNCH', 'DINNER');

-- CreateEnum
CREATE TYPE "ProviderKind" AS ENUM ('PROPERTY', 'CATERING', 'SECURITY', 'CLEANING', 'MAINTENANCE');

-- CreateEnum
CREATE TYPE "VehicleEventKind" AS ENUM ('COMPLAINT', 'TRAFFIC_VIOLATION', 'ACCIDENT', 'PARK_DAY', 'DRIVER_TRAINING');

-- CreateTable
CREATE TABLE "Canteen" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "buildingId" TEXT NOT NULL,
    "seats" INTEGER NOT NULL,

    CONSTRAINT "Canteen_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MealCount" (
    "id" TEXT NOT NULL,
    "canteenId" TEXT NOT NULL,
    "servedOn" DATE NOT NULL,
    "sitting" "Sitting" NOT NULL,
    "diners" INTEGER NOT NULL,
    "forecast" INTEGER,

    CONSTRAINT "MealCount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WasteSample" (
    "id" TEXT NOT NULL,
    "canteenId" TEXT NOT NULL,
    "sampledOn" DATE NOT NULL,
    "servedGrams" INTEGER NOT NULL,
    "leftoverGrams" INTEGER NOT NULL,

    CONSTRAINT "WasteSample_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KitchenWasteWeighing" (
    "id" TEXT NOT NULL,
    "canteenId" TEXT NOT NULL,
    "weighedOn" DATE NOT NULL,
    "kilograms" DECIMAL(10,1) NOT NULL,

    CONSTRAINT "KitchenWasteWeighing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IngredientPurchase" (
    "id" TEXT NOT NULL,
    "canteenId" TEXT NOT NULL,
    "supplier" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "quantity" DECIMAL(12,2) NOT NULL,
    "unit" TEXT NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,
    "purchasedOn" DATE NOT NULL,

    CONSTRAINT "IngredientPurchase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceProvider" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ProviderKind" NOT NULL,

    CONSTRAINT "ServiceProvider_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProviderTraining" (
    "id" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "topic" TEXT NOT NULL,
    "attendees" INTEGER NOT NULL,

    CONSTRAINT "ProviderTraining_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VehicleRecordEvent" (
    "id" TEXT NOT NULL,
    "vehicleId" TEXT,
    "kind" "VehicleEventKind" NOT NULL,
    "occurredOn" DATE NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "VehicleRecordEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Canteen_name_key" ON "Canteen"("name");

-- CreateIndex
CREATE UNIQUE INDEX "MealCount_canteenId_servedOn_sitting_key" ON "MealCount"("canteenId", "servedOn", "sitting");

-- CreateIndex
CREATE INDEX "WasteSample_canteenId_sampledOn_idx" ON "WasteSample"("canteenId", "sampledOn");

-- CreateIndex
CREATE INDEX "KitchenWasteWeighing_weighedOn_idx" ON "KitchenWasteWeighing"("weighedOn");

-- CreateIndex
CREATE INDEX "IngredientPurchase_purchasedOn_idx" ON "IngredientPurchase"("purchasedOn");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceProvider_name_key" ON "ServiceProvider"("name");

-- CreateIndex
CREATE INDEX "ProviderTraining_heldOn_idx" ON "ProviderTraining"("heldOn");

-- CreateIndex
CREATE INDEX "VehicleRecordEvent_occurredOn_idx" ON "VehicleRecordEvent"("occurredOn");

-- AddForeignKey
ALTER TABLE "MealCount" ADD CONSTRAINT "MealCount_canteenId_fkey" FOREIGN KEY ("canteenId") REFERENCES "Canteen"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WasteSample" ADD CONSTRAINT "WasteSample_canteenId_fkey" FOREIGN KEY ("canteenId") REFERENCES "Canteen"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KitchenWasteWeighing" ADD CONSTRAINT "KitchenWasteWeighing_canteenId_fkey" FOREIGN KEY ("canteenId") REFERENCES "Canteen"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IngredientPurchase" ADD CONSTRAINT "IngredientPurchase_canteenId_fkey" FOREIGN KEY ("canteenId") REFERENCES "Canteen"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProviderTraining" ADD CONSTRAINT "ProviderTraining_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "ServiceProvider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

