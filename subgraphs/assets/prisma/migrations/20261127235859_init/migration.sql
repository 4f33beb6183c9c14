-- CreateEnum
CREATE TYPE "Rank" AS ENUM ('DISTRICT_CHIEF', 'DISTRICT_DEPUTY', 'DIVISION_CHIEF', 'DIVISION_DEPUTY', 'SECTION_CHIEF', 'SECTION_DEPUTY', 'STAFF');

-- CreateEnum
CREATE TYPE "CertificateStatus" AS ENUM ('CERTIFIED', 'UNCERTIFIED', 'MISMATCHED');

-- CreateEnum
CREATE TYPE "TitleRegistration" AS ENUM ('UNREGISTERED', 'IN_PROGRESS', 'REGISTERED');

-- CreateEnum
CREATE TYPE "BuildingUse" AS ENUM ('OFFICE', 'BUSINESS', 'IDLE', 'LEASED_OUT', 'LENT_OUT');

-- CreateEnum
CREATE TYPE "SurveyKind" AS ENUM ('SITE_SURVEY', 'TWO_SURVEYS_ONE_ASSESSMENT', 'LAND_RESURVEY');

-- CreateEnum
CREATE TYPE "ArchiveDocumentKind" AS ENUM ('TITLE_CERTIFICATE', 'LAND_SOURCE_PROOF', 'SURVEY_REPORT', 'DRAWING', 'CONTRACT', 'PHOTO', 'OTHER');

-- CreateEnum
CREATE TYPE "RoomUse" AS ENUM ('OFFICE', 'MEETING', 'ARCHIVE', 'EQUIPMENT', 'SERVICE', 'STORAGE');

-- CreateEnum
CREATE TYPE "ProblemCategory" AS ENUM ('LEASE_OR_LOAN', 'ALLOCATION_AND_USE', 'SAFETY', 'OTHER');

-- CreateEnum
CREATE TYPE "RectificationStatus" AS ENUM ('OPEN', 'RECTIFYING', 'SUBMITTED', 'VERIFIED');

-- CreateEnum
CREATE TYPE "PlanType" AS ENUM ('LEASE', 'REALLOCATE', 'HAND_OVER', 'RENOVATE');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('PLANNED', 'IMPLEMENTED');

-- CreateEnum
CREATE TYPE "LeaseKind" AS ENUM ('LEASE', 'LOAN');

-- CreateEnum
CREATE TYPE "WarehouseKind" AS ENUM ('VIRTUAL', 'PHYSICAL');

-- CreateEnum
CREATE TYPE "ItemCategory" AS ENUM ('FURNITURE', 'OFFICE_EQUIPMENT', 'IT_EQUIPMENT', 'APPLIANCE', 'OTHER');

-- CreateEnum
CREATE TYPE "ItemCondition" AS ENUM ('NEW', 'GOOD', 'FAIR', 'POOR');

-- CreateEnum
CREATE TYPE "ItemOrigin" AS ENUM ('UNIT_TRANSFER', 'OPENING_STOCK');

-- CreateEnum
CREATE TYPE "ItemState" AS ENUM ('LISTED', 'RESERVED', 'ALLOCATED', 'DISPOSED');

-- CreateEnum
CREATE TYPE "RequestStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "IssueKind" AS ENUM ('REALLOCATION', 'DISPOSAL');

-- CreateEnum
CREATE TYPE "DisposalAssetKind" AS ENUM ('PROPERTY', 'VEHICLE', 'WAREHOUSE_ITEM');

-- CreateEnum
CREATE TYPE "DisposalMethod" AS ENUM ('SCRAP', 'SALE', 'TRANSFER', 'DONATION', 'DEMOLITION');

-- CreateEnum
CREATE TYPE "DisposalStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'EXECUTED');

-- CreateEnum
CREATE TYPE "VehicleKind" AS ENUM ('SEDAN', 'SUV', 'MPV', 'ENFORCEMENT', 'SPECIAL');

-- CreateEnum
CREATE TYPE "EnergyType" AS ENUM ('BATTERY_ELECTRIC', 'PLUG_IN_HYBRID', 'FUEL');

-- CreateEnum
CREATE TYPE "VehicleStatus" AS ENUM ('IN_SERVICE', 'DISPOSED');

-- CreateEnum
CREATE TYPE "ApprovalStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ServiceKind" AS ENUM ('MAINTENANCE', 'REPAIR', 'ANNUAL_INSPECTION');

-- CreateEnum
CREATE TYPE "BookingStatus" AS ENUM ('BOOKED', 'CANCELLED');

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Staffing" (
    "organizationId" TEXT NOT NULL,
    "rank" "Rank" NOT NULL,
    "approvedHeadcount" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Staffing_pkey" PRIMARY KEY ("organizationId","rank")
);

-- CreateTable
CREATE TABLE "OfficeSpaceStandard" (
    "rank" "Rank" NOT NULL,
    "areaPerPerson" DECIMAL(8,2) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OfficeSpaceStandard_pkey" PRIMARY KEY ("rank")
);

-- CreateTable
CREATE TABLE "Building" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "owningUnitId" TEXT NOT NULL,
    "usingUnitId" TEXT,
    "landArea" DECIMAL(12,2) NOT NULL,
    "floorArea" DECIMAL(12,2) NOT NULL,
    "certificateStatus" "CertificateStatus" NOT NULL,
    "titleRegistration" "TitleRegistration" NOT NULL,
    "bookValue" DECIMAL(16,2) NOT NULL,
    "currentUse" "BuildingUse" NOT NULL,
    "managedSince" DATE NOT NULL,
    "disposedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Building_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Survey" (
    "id" TEXT NOT NULL,
    "buildingId" TEXT NOT NULL,
    "kind" "SurveyKind" NOT NULL,
    "surveyedOn" DATE NOT NULL,
    "area" DECIMAL(12,2) NOT NULL,
    "surveyor" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Survey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArchiveDocument" (
    "id" TEXT NOT NULL,
    "buildingId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ArchiveDocumentKind" NOT NULL,
    "documentDate" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArchiveDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Floor" (
    "id" TEXT NOT NULL,
    "buildingId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "area" DECIMAL(12,2) NOT NULL,

    CONSTRAINT "Floor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Room" (
    "id" TEXT NOT NULL,
    "floorId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "area" DECIMAL(10,2) NOT NULL,
    "use" "RoomUse" NOT NULL,

    CONSTRAINT "Room_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoomAllocation" (
    "id" TEXT NOT NULL,
    "roomId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "certificateNumber" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoomAllocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inspection" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "inspectedOn" DATE NOT NULL,
    "inspectors" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Inspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionProblem" (
    "id" TEXT NOT NULL,
    "inspectionId" TEXT NOT NULL,
    "buildingId" TEXT,
    "category" "ProblemCategory" NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "InspectionProblem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RectificationItem" (
    "id" TEXT NOT NULL,
    "problemId" TEXT NOT NULL,
    "suggestion" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" "RectificationStatus" NOT NULL DEFAULT 'OPEN',
    "note" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RectificationItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RevitalisationPlan" (
    "id" TEXT NOT NULL,
    "buildingId" TEXT NOT NULL,
    "surveyedOn" DATE NOT NULL,
    "planType" "PlanType" NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'PLANNED',
    "expectedYearlyIncome" DECIMAL(14,2) NOT NULL,
    "description" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RevitalisationPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Handover" (
    "id" TEXT NOT NULL,
    "buildingId" TEXT NOT NULL,
    "planId" TEXT,
    "recipientId" TEXT NOT NULL,
    "handedOverOn" DATE NOT NULL,
    "yearlyRent" DECIMAL(14,2) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Handover_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Lease" (
    "id" TEXT NOT NULL,
    "buildingId" TEXT NOT NULL,
    "kind" "LeaseKind" NOT NULL,
    "counterparty" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "yearlyRent" DECIMAL(14,2) NOT NULL,
    "endedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Lease_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RentedSpace" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "landlord" TEXT NOT NULL,
    "area" DECIMAL(12,2) NOT NULL,
    "yearlyRent" DECIMAL(14,2) NOT NULL,
    "startsOn" DATE NOT NULL,
    "givenUpOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RentedSpace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Warehouse" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "WarehouseKind" NOT NULL,
    "address" TEXT,

    CONSTRAINT "Warehouse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WarehouseItem" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "warehouseId" TEXT NOT NULL,
    "category" "ItemCategory" NOT NULL,
    "name" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "availableQuantity" INTEGER NOT NULL,
    "reservedQuantity" INTEGER NOT NULL DEFAULT 0,
    "originalValue" DECIMAL(12,2) NOT NULL,
    "assessedValue" DECIMAL(12,2) NOT NULL,
    "newPrice" DECIMAL(12,2) NOT NULL,
    "fromUnitId" TEXT,
    "origin" "ItemOrigin" NOT NULL,
    "condition" "ItemCondition" NOT NULL,
    "state" "ItemState" NOT NULL DEFAULT 'LISTED',
    "listedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WarehouseItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WarehouseRequest" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "RequestStatus" NOT NULL DEFAULT 'PENDING',
    "requestedBy" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedBy" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionReason" TEXT,

    CONSTRAINT "WarehouseRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WarehouseIssue" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "kind" "IssueKind" NOT NULL,
    "quantity" INTEGER NOT NULL,
    "receivingId" TEXT,
    "requestId" TEXT,
    "disposalId" TEXT,
    "issuedOn" DATE NOT NULL,
    "value" DECIMAL(14,2) NOT NULL,
    "savings" DECIMAL(14,2) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WarehouseIssue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Disposal" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "assetKind" "DisposalAssetKind" NOT NULL,
    "assetCardNumber" TEXT NOT NULL,
    "assetName" TEXT NOT NULL,
    "buildingId" TEXT,
    "vehicleId" TEXT,
    "itemId" TEXT,
    "value" DECIMAL(16,2) NOT NULL,
    "method" "DisposalMethod" NOT NULL,
    "status" "DisposalStatus" NOT NULL DEFAULT 'DRAFT',
    "decidedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Disposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DisposalStep" (
    "id" TEXT NOT NULL,
    "disposalId" TEXT NOT NULL,
    "fromStatus" "DisposalStatus",
    "toStatus" "DisposalStatus" NOT NULL,
    "actorId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DisposalStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vehicle" (
    "id" TEXT NOT NULL,
    "plateNumber" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "kind" "VehicleKind" NOT NULL,
    "energyType" "EnergyType" NOT NULL,
    "model" TEXT NOT NULL,
    "purchasedOn" DATE NOT NULL,
    "purchasePrice" DECIMAL(12,2) NOT NULL,
    "status" "VehicleStatus" NOT NULL DEFAULT 'IN_SERVICE',
    "timeShare" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Vehicle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VehiclePurchaseApproval" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "vehicleKind" "VehicleKind" NOT NULL,
    "energyType" "EnergyType" NOT NULL,
    "quantity" INTEGER NOT NULL,
    "budget" DECIMAL(12,2) NOT NULL,
    "reason" TEXT NOT NULL,
    "requestedOn" DATE NOT NULL,
    "status" "ApprovalStatus" NOT NULL DEFAULT 'PENDING',
    "decidedOn" DATE,
    "decisionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VehiclePurchaseApproval_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FuelTopUp" (
    "id" TEXT NOT NULL,
    "vehicleId" TEXT NOT NULL,
    "cardNumber" TEXT NOT NULL,
    "toppedUpOn" DATE NOT NULL,
    "amount" DECIMAL(10,2) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FuelTopUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Trip" (
    "id" TEXT NOT NULL,
    "vehicleId" TEXT NOT NULL,
    "tripDate" DATE NOT NULL,
    "distanceKm" DECIMAL(8,1) NOT NULL,
    "purpose" TEXT NOT NULL,
    "driver" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Trip_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceRecord" (
    "id" TEXT NOT NULL,
    "vehicleId" TEXT NOT NULL,
    "servicedOn" DATE NOT NULL,
    "kind" "ServiceKind" NOT NULL,
    "cost" DECIMAL(10,2) NOT NULL,
    "workshop" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServiceRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VehicleBooking" (
    "id" TEXT NOT NULL,
    "vehicleId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "purpose" TEXT NOT NULL,
    "status" "BookingStatus" NOT NULL DEFAULT 'BOOKED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VehicleBooking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditRecord" (
    "id" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Building_code_key" ON "Building"("code");

-- CreateIndex
CREATE INDEX "Building_owningUnitId_idx" ON "Building"("owningUnitId");

-- CreateIndex
CREATE INDEX "Building_usingUnitId_idx" ON "Building"("usingUnitId");

-- CreateIndex
CREATE INDEX "Building_currentUse_idx" ON "Building"("currentUse");

-- CreateIndex
CREATE INDEX "Survey_buildingId_idx" ON "Survey"("buildingId");

-- CreateIndex
CREATE INDEX "Survey_kind_surveyedOn_idx" ON "Survey"("kind", "surveyedOn");

-- CreateIndex
CREATE INDEX "ArchiveDocument_buildingId_idx" ON "ArchiveDocument"("buildingId");

-- CreateIndex
CREATE UNIQUE INDEX "Floor_buildingId_level_key" ON "Floor"("buildingId", "level");

-- CreateIndex
CREATE UNIQUE INDEX "Room_floorId_number_key" ON "Room"("floorId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "RoomAllocation_certificateNumber_key" ON "RoomAllocation"("certificateNumber");

-- CreateIndex
CREATE INDEX "RoomAllocation_organizationId_endedOn_idx" ON "RoomAllocation"("organizationId", "endedOn");

-- CreateIndex
CREATE INDEX "RoomAllocation_roomId_endedOn_idx" ON "RoomAllocation"("roomId", "endedOn");

-- CreateIndex
CREATE INDEX "Inspection_organizationId_idx" ON "Inspection"("organizationId");

-- CreateIndex
CREATE INDEX "Inspection_inspectedOn_idx" ON "Inspection"("inspectedOn");

-- CreateIndex
CREATE INDEX "InspectionProblem_inspectionId_idx" ON "InspectionProblem"("inspectionId");

-- CreateIndex
CREATE INDEX "InspectionProblem_buildingId_idx" ON "InspectionProblem"("buildingId");

-- CreateIndex
CREATE INDEX "RectificationItem_problemId_idx" ON "RectificationItem"("problemId");

-- CreateIndex
CREATE INDEX "RectificationItem_status_dueOn_idx" ON "RectificationItem"("status", "dueOn");

-- CreateIndex
CREATE INDEX "RevitalisationPlan_buildingId_idx" ON "RevitalisationPlan"("buildingId");

-- CreateIndex
CREATE INDEX "RevitalisationPlan_surveyedOn_idx" ON "RevitalisationPlan"("surveyedOn");

-- CreateIndex
CREATE INDEX "Handover_handedOverOn_idx" ON "Handover"("handedOverOn");

-- CreateIndex
CREATE INDEX "Handover_buildingId_idx" ON "Handover"("buildingId");

-- CreateIndex
CREATE INDEX "Lease_buildingId_idx" ON "Lease"("buildingId");

-- CreateIndex
CREATE INDEX "RentedSpace_organizationId_idx" ON "RentedSpace"("organizationId");

-- CreateIndex
CREATE INDEX "RentedSpace_givenUpOn_idx" ON "RentedSpace"("givenUpOn");

-- CreateIndex
CREATE INDEX "RentedSpace_startsOn_idx" ON "RentedSpace"("startsOn");

-- CreateIndex
CREATE UNIQUE INDEX "Warehouse_code_key" ON "Warehouse"("code");

-- CreateIndex
CREATE UNIQUE INDEX "WarehouseItem_code_key" ON "WarehouseItem"("code");

-- CreateIndex
CREATE INDEX "WarehouseItem_warehouseId_state_idx" ON "WarehouseItem"("warehouseId", "state");

-- CreateIndex
CREATE INDEX "WarehouseItem_listedOn_idx" ON "WarehouseItem"("listedOn");

-- CreateIndex
CREATE INDEX "WarehouseItem_fromUnitId_idx" ON "WarehouseItem"("fromUnitId");

-- CreateIndex
CREATE INDEX "WarehouseRequest_itemId_status_idx" ON "WarehouseRequest"("itemId", "status");

-- CreateIndex
CREATE INDEX "WarehouseRequest_organizationId_idx" ON "WarehouseRequest"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "WarehouseIssue_requestId_key" ON "WarehouseIssue"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "WarehouseIssue_disposalId_key" ON "WarehouseIssue"("disposalId");

-- CreateIndex
CREATE INDEX "WarehouseIssue_itemId_idx" ON "WarehouseIssue"("itemId");

-- CreateIndex
CREATE INDEX "WarehouseIssue_kind_issuedOn_idx" ON "WarehouseIssue"("kind", "issuedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Disposal_code_key" ON "Disposal"("code");

-- CreateIndex
CREATE INDEX "Disposal_assetKind_status_decidedOn_idx" ON "Disposal"("assetKind", "status", "decidedOn");

-- CreateIndex
CREATE INDEX "Disposal_organizationId_idx" ON "Disposal"("organizationId");

-- CreateIndex
CREATE INDEX "DisposalStep_disposalId_at_idx" ON "DisposalStep"("disposalId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Vehicle_plateNumber_key" ON "Vehicle"("plateNumber");

-- CreateIndex
CREATE INDEX "Vehicle_organizationId_idx" ON "Vehicle"("organizationId");

-- CreateIndex
CREATE INDEX "VehiclePurchaseApproval_status_decidedOn_idx" ON "VehiclePurchaseApproval"("status", "decidedOn");

-- CreateIndex
CREATE INDEX "VehiclePurchaseApproval_organizationId_idx" ON "VehiclePurchaseApproval"("organizationId");

-- CreateIndex
CREATE INDEX "FuelTopUp_vehicleId_idx" ON "FuelTopUp"("vehicleId");

-- CreateIndex
CREATE INDEX "FuelTopUp_toppedUpOn_idx" ON "FuelTopUp"("toppedUpOn");

-- CreateIndex
CREATE INDEX "Trip_vehicleId_tripDate_idx" ON "Trip"("vehicleId", "tripDate");

-- CreateIndex
CREATE INDEX "ServiceRecord_vehicleId_servicedOn_idx" ON "ServiceRecord"("vehicleId", "servicedOn");

-- CreateIndex
CREATE INDEX "VehicleBooking_vehicleId_startsAt_idx" ON "VehicleBooking"("vehicleId", "startsAt");

-- CreateIndex
CREATE INDEX "VehicleBooking_organizationId_idx" ON "VehicleBooking"("organizationId");

-- CreateIndex
CREATE INDEX "AuditRecord_entity_entityId_idx" ON "AuditRecord"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditRecord_createdAt_idx" ON "AuditRecord"("createdAt");

-- AddForeignKey
ALTER TABLE "Staffing" ADD CONSTRAINT "Staffing_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Building" ADD CONSTRAINT "Building_owningUnitId_fkey" FOREIGN KEY ("owningUnitId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Building" ADD CONSTRAINT "Building_usingUnitId_fkey" FOREIGN KEY ("usingUnitId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_buildingId_fkey" FOREIGN KEY ("buildingId") REFERENCES "Building"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArchiveDocument" ADD CONSTRAINT "ArchiveDocument_buildingId_fkey" FOREIGN KEY ("buildingId") REFERENCES "Building"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Floor" ADD CONSTRAINT "Floor_buildingId_fkey" FOREIGN KEY ("buildingId") REFERENCES "Building"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Room" ADD CONSTRAINT "Room_floorId_fkey" FOREIGN KEY ("floorId") REFERENCES "Floor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomAllocation" ADD CONSTRAINT "RoomAllocation_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomAllocation" ADD CONSTRAINT "RoomAllocation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionProblem" ADD CONSTRAINT "InspectionProblem_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionProblem" ADD CONSTRAINT "InspectionProblem_buildingId_fkey" FOREIGN KEY ("buildingId") REFERENCES "Building"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RectificationItem" ADD CONSTRAINT "RectificationItem_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "InspectionProblem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RevitalisationPlan" ADD CONSTRAINT "RevitalisationPlan_buildingId_fkey" FOREIGN KEY ("buildingId") REFERENCES "Building"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Handover" ADD CONSTRAINT "Handover_buildingId_fkey" FOREIGN KEY ("buildingId") REFERENCES "Building"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Handover" ADD CONSTRAINT "Handover_planId_fkey" FOREIGN KEY ("planId") REFERENCES "RevitalisationPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Handover" ADD CONSTRAINT "Handover_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lease" ADD CONSTRAINT "Lease_buildingId_fkey" FOREIGN KEY ("buildingId") REFERENCES "Building"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RentedSpace" ADD CONSTRAINT "RentedSpace_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarehouseItem" ADD CONSTRAINT "WarehouseItem_warehouseId_fkey" FOREIGN KEY ("warehouseId") REFERENCES "Warehouse"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarehouseItem" ADD CONSTRAINT "WarehouseItem_fromUnitId_fkey" FOREIGN KEY ("fromUnitId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarehouseRequest" ADD CONSTRAINT "WarehouseRequest_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "WarehouseItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarehouseRequest" ADD CONSTRAINT "WarehouseRequest_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarehouseIssue" ADD CONSTRAINT "WarehouseIssue_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "WarehouseItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarehouseIssue" ADD CONSTRAINT "WarehouseIssue_receivingId_fkey" FOREIGN KEY ("receivingId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarehouseIssue" ADD CONSTRAINT "WarehouseIssue_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "WarehouseRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarehouseIssue" ADD CONSTRAINT "WarehouseIssue_disposalId_fkey" FOREIGN KEY ("disposalId") REFERENCES "Disposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Disposal" ADD CONSTRAINT "Disposal_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Disposal" ADD CONSTRAINT "Disposal_buildingId_fkey" FOREIGN KEY ("buildingId") REFERENCES "Building"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Disposal" ADD CONSTRAINT "Disposal_vehicleId_fkey" FOREIGN KEY ("vehicleId") REFERENCES "Vehicle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Disposal" ADD CONSTRAINT "Disposal_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "WarehouseItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisposalStep" ADD CONSTRAINT "DisposalStep_disposalId_fkey" FOREIGN KEY ("disposalId") REFERENCES "Disposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vehicle" ADD CONSTRAINT "Vehicle_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VehiclePurchaseApproval" ADD CONSTRAINT "VehiclePurchaseApproval_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FuelTopUp" ADD CONSTRAINT "FuelTopUp_vehicleId_fkey" FOREIGN KEY ("vehicleId") REFERENCES "Vehicle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Trip" ADD CONSTRAINT "Trip_vehicleId_fkey" FOREIGN KEY ("vehicleId") REFERENCES "Vehicle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceRecord" ADD CONSTRAINT "ServiceRecord_vehicleId_fkey" FOREIGN KEY ("vehicleId") REFERENCES "Vehicle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VehicleBooking" ADD CONSTRAINT "VehicleBooking_vehicleId_fkey" FOREIGN KEY ("vehicleId") REFERENCES "Vehicle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VehicleBooking" ADD CONSTRAINT "VehicleBooking_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

